// Entry of the target worker thread when run from source: registers tsx's
// loader, as the main thread has it, then runs the worker module written in
// TypeScript. The build (scripts/run-built.mjs) puts the built thread.ts
// under this name instead.
import { register } from "tsx/esm/api";

register();
await import("./thread.ts");
