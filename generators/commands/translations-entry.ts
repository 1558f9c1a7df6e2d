/** Entry point of `npm run translations` from the build (scripts/run-built.mjs); the command is translations.ts. */
import { main } from "./translations.ts";
import { quietOnClosedPipe, runAsProcess } from "./process-entry.ts";

quietOnClosedPipe();
runAsProcess(main);
