/**
 * The two ways the command runs the targets give exactly the files of
 * generateArtifacts: in process, and with the TypeScript target in a worker
 * thread with the targets of WORKER_TARGETS (used for catalogs from 1 MiB up,
 * exercised here on small ones).
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateArtifacts } from "../generators/targets/index.ts";
import { generateArtifactsInParallel, generateArtifactsInProcess } from "../generators/targets/parallel.ts";
import { startTargetWorker } from "../generators/targets/worker/client.ts";
import type { OutputFile } from "../generators/catalog/types.ts";
import { fixture, loadFile, ROOT } from "./helpers.ts";

const catalogs = [
  ["Coinone", loadFile(join(ROOT, "spec", "errors.yaml"))],
  ["hostile", loadFile(fixture("hostile.yaml"), "test/fixtures/hostile.yaml")],
] as const;

/** Path and text: some targets hand over bytes (their text is decoded when read), others text. */
const texts = (files: readonly OutputFile[]) => files.map(({ path, content }) => ({ path, content }));

describe.each(catalogs)("%s catalog", (_name, catalog) => {
  it("in process: the same files", async () => {
    expect(texts(await generateArtifactsInProcess(catalog))).toEqual(texts(generateArtifacts(catalog)));
  });

  it("with the target worker (TypeScript, Rust, Python): the same files", async () => {
    const worker = startTargetWorker();
    try {
      const files = await generateArtifactsInParallel(catalog, worker);
      // Files from the worker carry their bytes and decode their text when read.
      expect(texts(files)).toEqual(texts(generateArtifacts(catalog)));
      for (const file of files.filter((f) => f.bytes !== undefined)) expect(Buffer.from(file.bytes as Uint8Array).toString("utf8")).toBe(file.content);
      // The worker's files (TypeScript, Rust, Python) arrive as bytes.
      const fromWorker = files.filter((f) => /^(index\.|rust\/|python\/)/.test(f.path));
      expect(fromWorker.length).toBeGreaterThan(10);
      expect(fromWorker.filter((f) => f.bytes === undefined).map((f) => f.path)).toEqual([]);
    } finally {
      await worker.stop();
    }
  });
});

it("a worker stopped unused does not fail the process", async () => {
  await startTargetWorker().stop();
});
