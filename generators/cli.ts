/** Entry point of `npm run generate`; the command itself is cli-main.ts. */
import { main } from "./cli-main.ts";
import { runAsProcess } from "./process-entry.ts";

runAsProcess(main);
