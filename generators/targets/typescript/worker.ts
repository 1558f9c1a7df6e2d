/**
 * Worker thread for the TypeScript target. The CLI starts it before reading
 * the catalog, so loading ts-morph overlaps with parsing and checking; it
 * then receives the catalog, and answers with the generated files or an
 * error message.
 */
import { parentPort, workerData } from "node:worker_threads";
import { enableCompileCache } from "../../runtime/compile-cache.ts";
import type { Catalog } from "../../catalog/types.ts";

if (parentPort === null) throw new Error("typescript-worker.ts runs only as a worker thread");
const port = parentPort;
// The V8 code cache in the main thread's folder (none when run from source), on before ts-morph loads.
const folder = (workerData as { compileCacheFolder?: unknown } | null)?.compileCacheFolder;
if (typeof folder === "string") enableCompileCache(folder);
const { generateTypeScript } = await import("./index.ts");

port.on("message", (catalog: Catalog) => {
  try {
    port.postMessage({ files: generateTypeScript(catalog) });
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
  port.close();
});
