/**
 * Two ways to run every built-in target with default options; both give
 * exactly the files of generateArtifacts (index.ts), in the same order. The
 * command itself runs the entries of spec/targets.yaml
 * (generators/targets-file/run-targets.ts), with the same worker for the
 * targets of WORKER_TARGETS; these stay for tests.
 * - In process, for ordinary catalogs: ts-morph is imported only once the
 *   catalog is valid.
 * - With the worker thread, for large catalogs: the second core loads
 *   ts-morph while the main thread parses and checks the catalog, then runs
 *   WORKER_TARGETS (TypeScript, Rust, Python) while the main thread runs
 *   the rest. For a small catalog the worker costs more than it saves (its
 *   start competes with the main thread's), so it is used only from
 *   PARALLEL_MIN_BYTES up.
 */
import { sortFiles, TEXT_TARGETS } from "./text-targets.ts";
import type { Catalog, OutputFile } from "../catalog/types.ts";
import { WORKER_TARGETS } from "./worker/client.ts";
import type { TargetWorker } from "./worker/client.ts";

/**
 * Catalog files at least this large use the worker thread (about 2,700
 * Coinone-sized codes). Measured when it was introduced: for the 22 KB
 * Coinone catalog the worker made `generate` slower (2.3 s against 2.0 s);
 * for a 10,000-code catalog (3.8 MB) it took 10.3 s against 12.6 s for the
 * same stages one after the other.
 */
export const PARALLEL_MIN_BYTES = 1024 * 1024;

/** generateArtifacts itself, imported only now because its TypeScript target loads ts-morph. */
export async function generateArtifactsInProcess(catalog: Catalog): Promise<OutputFile[]> {
  const { generateArtifacts } = await import("./index.ts");
  return generateArtifacts(catalog);
}

export async function generateArtifactsInParallel(catalog: Catalog, worker: TargetWorker): Promise<OutputFile[]> {
  const offThread = Promise.all(WORKER_TARGETS.map((target) => worker.generate(target, catalog)));
  const text = Object.entries(TEXT_TARGETS)
    .filter(([name]) => !(WORKER_TARGETS as readonly string[]).includes(name))
    .flatMap(([, target]) => target(catalog));
  return sortFiles([...text, ...(await offThread).flat()]);
}
