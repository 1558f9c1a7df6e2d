/**
 * Starts the TypeScript worker thread (typescript-worker.ts). This module
 * imports only node:worker_threads and the compile cache (node built-ins), so the command can start the
 * worker before it loads anything else: ts-morph then loads on the second
 * core while the main thread loads the rest and reads the catalog.
 */
import { Worker } from "node:worker_threads";
import { compileCacheFolder } from "../../runtime/compile-cache.ts";
import type { Catalog, OutputFile } from "../../catalog/types.ts";

export interface TypeScriptWorker {
  /** Sends the catalog and resolves with the TypeScript files. */
  generate(catalog: Catalog): Promise<OutputFile[]>;
  /** Stops the worker when the catalog turned out invalid. */
  stop(): Promise<void>;
}

type Reply = { files: OutputFile[] } | { error: string };

/** Starts the worker at once; it begins loading ts-morph before it has work. */
export function startTypeScriptWorker(): TypeScriptWorker {
  // The entry is plain JavaScript that registers tsx's loader, then imports the worker module.
  const worker = new Worker(new URL("./worker-boot.mjs", import.meta.url), { workerData: { compileCacheFolder: compileCacheFolder() } });
  const result = new Promise<OutputFile[]>((resolve, reject) => {
    worker.on("message", (reply: Reply) => {
      if ("files" in reply) resolve(reply.files);
      else reject(new Error(`the TypeScript target failed:\n${reply.error}`));
    });
    worker.on("error", reject);
    worker.on("exit", (code) => reject(new Error(`the TypeScript worker stopped (exit code ${code})`)));
  });
  // An unhandled rejection must not surface when the worker is stopped unused.
  result.catch(() => undefined);
  return {
    generate(catalog) {
      worker.postMessage(catalog);
      return result;
    },
    async stop() {
      await worker.terminate();
    },
  };
}

