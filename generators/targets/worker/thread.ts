/**
 * The target worker thread (client.ts starts it). It turns the compile cache
 * on in the main thread's folder, starts loading the TypeScript target (and
 * with it ts-morph) at once, then answers each request with the target's
 * files or an error message. The catalog comes with the first request.
 */
import { parentPort, workerData } from "node:worker_threads";
import { encoded, sha256Of } from "../../output/hashes.ts";
import { enableCompileCache, flushCompileCache } from "../../runtime/compile-cache.ts";
import type { Catalog, OutputFile } from "../../catalog/types.ts";
import type { TargetOptions } from "../builtins.ts";
import type { Reply, Request, WorkerTarget } from "./client.ts";

if (parentPort === null) throw new Error("thread.ts runs only as a worker thread");
const port = parentPort;
// Before anything loads ts-morph; none when run from source.
const folder = (workerData as { compileCacheFolder?: unknown } | null)?.compileCacheFolder;
if (typeof folder === "string") enableCompileCache(folder);

const TARGETS: Record<WorkerTarget, () => Promise<(catalog: Catalog, options: TargetOptions) => OutputFile[]>> = {
  typescript: async () => (await import("../typescript/index.ts")).generateTypeScript,
  rust: async () => (await import("../rust/index.ts")).generateRust,
  python: async () => (await import("../python/index.ts")).generatePython,
};
const typescript = TARGETS.typescript();
// A failure to load is reported with the request that needs it.
typescript.catch(() => undefined);

let catalog: Catalog | undefined;
let queue: Promise<void> = Promise.resolve();
port.on("message", (request: Request | "finish") => {
  if (request === "finish") {
    // After the last target: keep the compiled code for the next run, then end.
    queue = queue.then(() => {
      flushCompileCache();
      port.close();
    });
    return;
  }
  if (request.catalog !== undefined) catalog = request.catalog;
  // One target at a time, in the order asked.
  queue = queue.then(async () => {
    let reply: Reply;
    try {
      const run = request.target === "typescript" ? await typescript : await TARGETS[request.target]();
      // A target that made bytes already (TypeScript) has hashed them too.
      const made = run(catalog as Catalog, request.options).map(encoded);
      reply = { id: request.id, files: made.map(({ path, bytes }) => ({ path, bytes: bytes as Uint8Array })), hashes: made.map(sha256Of) };
    } catch (error) {
      reply = { id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    try {
      port.postMessage(reply, "files" in reply ? reply.files.map((file) => file.bytes.buffer as ArrayBuffer) : []);
    } catch (error) {
      // A reply that cannot be sent (two files sharing one buffer cannot both move) fails its request with the reason.
      port.postMessage({ id: request.id, error: `the target's files could not be sent to the main thread: ${error instanceof Error ? error.message : String(error)}` });
    }
  });
});
