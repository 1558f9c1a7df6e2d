/**
 * The target worker thread (client.ts starts it). It turns the compile cache
 * on in the main thread's folder, starts loading the TypeScript target (and
 * with it ts-morph) at once, then answers each request with the target's
 * files or an error message. The catalog comes with the first request.
 */
import { parentPort, workerData } from "node:worker_threads";
import { sha256 } from "../../output/hashes.ts";
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

/** UTF-8 in a buffer of its own, so it can be moved: Buffer.from shares one pool among small results (and encodes faster than TextEncoder). */
function ownBytes(text: string): Uint8Array {
  const bytes = Buffer.from(text, "utf8");
  return bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.byteLength ? bytes : Uint8Array.prototype.slice.call(bytes);
}

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
      const files = run(catalog as Catalog, request.options).map(({ path, content }) => ({ path, bytes: ownBytes(content) }));
      reply = { id: request.id, files, hashes: files.map((file) => sha256(file.bytes)) };
    } catch (error) {
      reply = { id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply, "files" in reply ? reply.files.map((file) => file.bytes.buffer as ArrayBuffer) : []);
  });
});
