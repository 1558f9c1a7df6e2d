/** Entry point of `npm run diff` from the build (scripts/run-built.mjs); the command itself is diff.ts. */
import { main } from "./diff.ts";
import { runAsProcess } from "./process-entry.ts";

runAsProcess((argv, io) => main(argv, io, () => new Date().toISOString().slice(0, 10)));
