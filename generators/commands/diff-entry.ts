/** Entry point of `npm run diff` from the build (scripts/run-built.mjs); the command itself is diff.ts. */
import { main } from "./diff.ts";
import { quietOnClosedPipe, runAsProcess } from "./process-entry.ts";

quietOnClosedPipe();
runAsProcess((argv, io) => main(argv, io, () => new Date().toISOString().slice(0, 10)));
