// Entry of the TypeScript worker thread: registers tsx's loader, as the main
// thread has it, then runs the worker module written in TypeScript.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
