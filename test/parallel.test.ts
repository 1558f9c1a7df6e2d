/**
 * The two ways the command runs the targets give the same files: in
 * process, and with the targets of WORKER_TARGETS in the worker thread
 * (used for catalogs from 1 MiB up, exercised here on small ones), through
 * runTargets with the worker's overrides, as generate.ts runs them; and
 * both are exactly generateArtifacts.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { OutputFile } from "../generators/catalog/types.ts";
import { encoded } from "../generators/output/hashes.ts";
import { generateArtifacts } from "../generators/targets/index.ts";
import { startTargetWorker, WORKER_TARGETS, workerOverrides } from "../generators/targets/worker/client.ts";
import { defaultEntries } from "../generators/targets-file/load-targets.ts";
import { runTargets } from "../generators/targets-file/run-targets.ts";
import { fixture, loadFile, ROOT } from "./helpers.ts";

const catalogs = [
  ["Coinone", loadFile(join(ROOT, "spec", "errors.yaml"))],
  ["hostile", loadFile(fixture("hostile.yaml"), "test/fixtures/hostile.yaml")],
] as const;

/** Path and text: some targets hand over bytes (their text is decoded when read), others text. */
const texts = (files: readonly OutputFile[]) => files.map(({ path, content }) => ({ path, content }));
const context = { cwd: ROOT, file: "(built-in targets)", onFiles: (files: OutputFile[]) => files.map(encoded) };

describe.each(catalogs)("%s catalog", (_name, catalog) => {
  it("in process: the files of generateArtifacts", async () => {
    const result = await runTargets(catalog, defaultEntries(), context);
    expect(result.diagnostics).toEqual([]);
    expect(texts(result.files)).toEqual(texts(generateArtifacts(catalog)));
  });

  it(`with the target worker (${WORKER_TARGETS.join(", ")}): the same files, the worker's as bytes`, async () => {
    const worker = startTargetWorker();
    try {
      const requested: string[] = [];
      const overrides = Object.fromEntries(
        Object.entries(workerOverrides(worker)).map(([target, run]) => [target, (...args: Parameters<typeof run>) => (requested.push(target), run(...args))]),
      );
      const result = await runTargets(catalog, defaultEntries(), { ...context, overrides });
      expect(result.diagnostics).toEqual([]);
      expect(texts(result.files)).toEqual(texts(generateArtifacts(catalog)));
      expect(requested.sort()).toEqual([...WORKER_TARGETS].sort());
      for (const file of result.files) expect(Buffer.from(file.bytes as Uint8Array).toString("utf8"), file.path).toBe(file.content);
    } finally {
      await worker.stop();
    }
  });
});

it("a worker stopped unused does not fail the process", async () => {
  await startTargetWorker().stop();
});
