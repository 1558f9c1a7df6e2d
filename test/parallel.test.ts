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
import { fixture, loadFile, ROOT } from "./helpers.ts";

const catalogs = [
  ["Coinone", loadFile(join(ROOT, "spec", "errors.yaml"))],
  ["hostile", loadFile(fixture("hostile.yaml"), "test/fixtures/hostile.yaml")],
] as const;

describe.each(catalogs)("%s catalog", (_name, catalog) => {
  it("in process: the same files", async () => {
    expect(await generateArtifactsInProcess(catalog)).toEqual(generateArtifacts(catalog));
  });

  it("with the target worker (TypeScript, Rust, Python): the same files", async () => {
    const worker = startTargetWorker();
    try {
      const files = await generateArtifactsInParallel(catalog, worker);
      // Files from the worker carry their bytes and decode their text when read.
      expect(files.map(({ path, content }) => ({ path, content }))).toEqual(generateArtifacts(catalog));
      for (const file of files.filter((f) => f.bytes !== undefined)) expect(Buffer.from(file.bytes as Uint8Array).toString("utf8")).toBe(file.content);
      expect(files.filter((f) => f.bytes !== undefined).map((f) => f.path)).toEqual(files.filter((f) => /^(index\.|rust\/|python\/)/.test(f.path)).map((f) => f.path));
    } finally {
      await worker.stop();
    }
  });
});

it("a worker stopped unused does not fail the process", async () => {
  await startTargetWorker().stop();
});
