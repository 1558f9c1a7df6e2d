/**
 * The target worker thread (client.ts starts it). It turns the compile cache
 * on in the main thread's folder, starts loading the TypeScript target (and
 * with it ts-morph) at once, then answers each request with the target's
 * files or an error message. The catalog comes with the first request.
 */
import { parentPort, workerData } from "node:worker_threads";
import { sha256Of } from "../../output/hashes.ts";
import { keepBytes, keepHashes, sinkingFiles } from "../../output/made-files.ts";
import { Spool, spooledName } from "../../output/spool.ts";
import { enableCompileCache, flushCompileCache } from "../../runtime/compile-cache.ts";
import type { Catalog, OutputFile } from "../../catalog/types.ts";
import type { TargetOptions } from "../builtins.ts";
import type { Reply, Request, SentFile, WorkerTarget } from "./client.ts";

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
/** The run's spool folder, written under names of this thread's own (`w<n>`). */
let spool: Spool | undefined;
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
      const keep = request.keep;
      if (keep !== undefined && keep !== "hashes" && spool?.folder !== keep.folder) spool = Spool.into(keep.folder, "w");
      // With a spool, each file goes there as it is made (made-files.ts) and only its name is sent; for --check, only its hash.
      const { sink, take } = keep === undefined ? keepBytes : keep === "hashes" ? keepHashes : (spool as Spool).keeper(keep.shown);
      const files = (await sinkingFiles(sink, () => run(catalog as Catalog, request.options))).map(take);
      const sent = files.map((file): SentFile => {
        if (keep === "hashes") return { path: file.path, hashed: true };
        const name = spooledName(file);
        return name === undefined ? { path: file.path, bytes: file.bytes as Uint8Array } : { path: file.path, spooled: name };
      });
      reply = { id: request.id, files: sent, hashes: files.map(sha256Of) };
    } catch (error) {
      reply = { id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    try {
      port.postMessage(reply, "files" in reply ? reply.files.flatMap((file) => ("bytes" in file ? [file.bytes.buffer as ArrayBuffer] : [])) : []);
    } catch (error) {
      // A reply that cannot be sent (two files sharing one buffer cannot both move) fails its request with the reason.
      port.postMessage({ id: request.id, error: `the target's files could not be sent to the main thread: ${error instanceof Error ? error.message : String(error)}` });
    }
  });
});
