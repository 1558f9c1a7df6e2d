/** Entry point of `npm run generate`; the command itself is generate.ts. */
import { main } from "./generate.ts";
import { runAsProcess } from "./process-entry.ts";

runAsProcess(main);
