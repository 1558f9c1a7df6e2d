/**
 * Generates every artifact with the TypeScript target in a worker thread, so
 * the machine's second core loads ts-morph and emits the module while the
 * main thread parses the catalog and runs the text targets. Gives exactly
 * the files of generateArtifacts (generate.ts), in the same order.
 */
import { Worker } from "node:worker_threads";
import { sortFiles, TEXT_TARGETS } from "./text-targets.ts";
import type { Catalog, OutputFile } from "./types.ts";

export interface TypeScriptWorker {
  /** Sends the catalog and resolves with the TypeScript files. */
  generate(catalog: Catalog): Promise<OutputFile[]>;
  /** Stops the worker when the catalog turned out invalid. */
  stop(): Promise<void>;
}

type Reply = { ready: true } | { files: OutputFile[] } | { error: string };

/** Starts the worker at once; it begins loading ts-morph before it has work. */
export function startTypeScriptWorker(): TypeScriptWorker {
  // The entry is plain JavaScript that registers tsx's loader, then imports the worker module.
  const worker = new Worker(new URL("./typescript-worker-boot.mjs", import.meta.url));
  const result = new Promise<OutputFile[]>((resolve, reject) => {
    worker.on("message", (reply: Reply) => {
      if ("files" in reply) resolve(reply.files);
      else if ("error" in reply) reject(new Error(`the TypeScript target failed:\n${reply.error}`));
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

export async function generateArtifactsInParallel(catalog: Catalog, worker: TypeScriptWorker): Promise<OutputFile[]> {
  const typescript = worker.generate(catalog);
  const text = Object.values(TEXT_TARGETS).flatMap((target) => target(catalog));
  return sortFiles([...text, ...(await typescript)]);
}
