/**
 * Atomic output: a failure injected at every write, link and rename of a
 * replacement leaves the output folder holding the complete previous set,
 * with no temporary file or staging folder left, and no artifact path ever
 * holds anything but a complete old or new file.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import * as fs from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { generateArtifacts } from "../generators/targets/index.ts";
import type { OutputFile } from "../generators/catalog/types.ts";
import { targetPath, withManifest, writeOutputs } from "../generators/output/writer.ts";
import type { WriterFs } from "../generators/output/writer.ts";
import { fixture, listFiles, loadFile, ROOT } from "./helpers.ts";

const previous = generateArtifacts(loadFile(fixture("minimal.yaml"), "test/fixtures/minimal.yaml"));
const next = generateArtifacts(loadFile(join(ROOT, "spec", "errors.yaml")));

let out: string;
beforeEach(async () => {
  out = mkdtempSync(join(tmpdir(), "coinone-writer-"));
  await writeOutputs(out, previous);
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

const snapshot = () => Object.fromEntries(listFiles(out).map((path) => [path, readFileSync(join(out, path), "utf8")]));

/** A file system that fails on the n-th write or rename, and checks every artifact path before each step. */
function failingFs(failAt: number, sets: readonly (readonly OutputFile[])[]): { fs: WriterFs; steps: () => number } {
  let step = 0;
  const allowed = new Map<string, Set<string>>();
  for (const set of sets) for (const file of set) allowed.set(file.path, (allowed.get(file.path) ?? new Set()).add(file.content));
  const checkVisible = async () => {
    for (const [path, contents] of allowed) {
      const text = await fs.readFile(targetPath(out, path), "utf8").catch(() => undefined);
      if (text !== undefined && !contents.has(text)) throw new Error(`half-written content visible at ${path}`);
    }
  };
  const tick = async () => {
    await checkVisible();
    step += 1;
    if (step === failAt) throw Object.assign(new Error(`injected failure at step ${step}`), { code: "EIO" });
  };
  return {
    steps: () => step,
    fs: {
      ...fs,
      writeFile: async (path, data, options) => {
        await tick();
        await fs.writeFile(path, data, options);
      },
      rename: async (from, to) => {
        await tick();
        await fs.rename(from, to);
      },
      link: async (from, to) => {
        await tick();
        await fs.link(from, to);
      },
    },
  };
}

describe("writeOutputs", () => {
  it("replaces the set and leaves no temporary file", async () => {
    await writeOutputs(out, next);
    expect(snapshot()).toEqual(Object.fromEntries(withManifest(next).map((f) => [f.path, f.content])));
  });

  it("a failure at any write or rename leaves the complete previous set", async () => {
    const before = snapshot();
    const dryRun = failingFs(Number.POSITIVE_INFINITY, [previous, next]);
    await writeOutputs(out, next, { fs: dryRun.fs });
    const total = dryRun.steps();
    // Every changed file is staged and renamed once, every replaced one kept by a link, plus the journal.
    expect(total).toBeGreaterThan(2 * next.length);
    rmSync(out, { recursive: true, force: true });
    for (let failAt = 1; failAt <= total; failAt += 1) {
      out = mkdtempSync(join(tmpdir(), "coinone-writer-"));
      await writeOutputs(out, previous);
      const { fs: failing } = failingFs(failAt, [previous, next]);
      await expect(writeOutputs(out, next, { fs: failing }), `failure at step ${failAt}`).rejects.toThrow(`injected failure at step ${failAt}`);
      expect(snapshot(), `failure at step ${failAt}`).toEqual(before);
      rmSync(out, { recursive: true, force: true });
    }
    out = mkdtempSync(join(tmpdir(), "coinone-writer-"));
  });

  it("never writes outside the output folder", () => {
    expect(() => targetPath(out, "../escape.json")).toThrow("refusing to write");
    expect(() => targetPath(out, "/etc/passwd")).toThrow("refusing to write");
    expect(targetPath(out, "i18n/ko.json")).toBe(join(out, "i18n", "ko.json"));
  });
});
