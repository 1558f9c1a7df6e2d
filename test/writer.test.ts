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
import type { OutputFile } from "../generators/output/files.ts";
import { recoverOutputs, targetPath, withManifest, writeOutputs } from "../generators/output/writer.ts";
import type { WriterFs } from "../generators/output/writer.ts";
import { fixture, listFiles, loadFile, ROOT, generateArtifacts } from "./helpers.ts";

/**
 * The artifacts of two catalogs, less the HTML reference's page per code: the writer treats every file alike, and
 * each tried step reads every artifact path, so 180 more pages only make the every-step tests quadratically slower.
 */
const artifacts = (path: string, shown?: string) =>
  generateArtifacts(loadFile(path, shown)).filter((file) => !file.path.startsWith("html/"));
const previous = artifacts(fixture("minimal.yaml"), "test/fixtures/minimal.yaml");
const next = artifacts(join(ROOT, "spec", "errors.yaml"));

let out: string;
beforeEach(async () => {
  out = mkdtempSync(join(tmpdir(), "coinone-writer-"));
  await writeOutputs(out, previous);
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

/**
 * The two every-step tests try steps 1, 1 + stride, 1 + 2 * stride, ... (and the last): every 8th by
 * default, so that `npm test` stays fast; WRITER_STEP_STRIDE=1 tries every step (minutes: each try
 * reads every artifact path at each step).
 */
const STRIDE = Math.max(1, Number(process.env.WRITER_STEP_STRIDE ?? 8));
const sampledSteps = (total: number) => [
  ...new Set([...Array.from({ length: Math.ceil(total / STRIDE) }, (_, i) => 1 + i * STRIDE), total]),
];

const snapshot = () => Object.fromEntries(listFiles(out).map((path) => [path, readFileSync(join(out, path), "utf8")]));

/** A file system that fails on the n-th write or rename, and checks every artifact path before each step. */
function failingFs(failAt: number, sets: readonly (readonly OutputFile[])[]): { fs: WriterFs; steps: () => number } {
  let step = 0;
  const allowed = new Map<string, Set<string>>();
  for (const set of sets)
    for (const file of set) allowed.set(file.path, (allowed.get(file.path) ?? new Set()).add(file.content));
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

  it(
    `a failure at any write or rename leaves the complete previous set ` +
      `(${STRIDE === 1 ? "every step" : `one step in ${STRIDE}`})`,
    async () => {
      const before = snapshot();
      const dryRun = failingFs(Number.POSITIVE_INFINITY, [previous, next]);
      await writeOutputs(out, next, { fs: dryRun.fs });
      const total = dryRun.steps();
      // Every changed file is staged and renamed once, every replaced one kept by a link, plus the journal.
      expect(total).toBeGreaterThan(2 * next.length);
      rmSync(out, { recursive: true, force: true });
      for (const failAt of sampledSteps(total)) {
        out = mkdtempSync(join(tmpdir(), "coinone-writer-"));
        await writeOutputs(out, previous);
        const { fs: failing } = failingFs(failAt, [previous, next]);
        await expect(writeOutputs(out, next, { fs: failing }), `failure at step ${failAt}`).rejects.toThrow(
          `injected failure at step ${failAt}`,
        );
        expect(snapshot(), `failure at step ${failAt}`).toEqual(before);
        rmSync(out, { recursive: true, force: true });
      }
      out = mkdtempSync(join(tmpdir(), "coinone-writer-"));
    },
  );

  it(
    `a death at any step (no undo: every later operation fails too) is finished or cleaned by the next start ` +
      `(${STRIDE === 1 ? "every step" : `one step in ${STRIDE}`})`,
    async () => {
      const sets = [previous, next].map((set) =>
        JSON.stringify(
          Object.fromEntries(
            withManifest(set)
              .map((f) => [f.path, f.content])
              .sort(([a], [b]) => ((a as string) < (b as string) ? -1 : 1)),
          ),
        ),
      );
      const ends = new Set<string>();
      for (let deathAt = 1; ; deathAt += STRIDE) {
        rmSync(out, { recursive: true, force: true });
        out = mkdtempSync(join(tmpdir(), "coinone-writer-"));
        await writeOutputs(out, previous);
        let step = 0;
        const die = async () => {
          step += 1;
          if (step >= deathAt) throw Object.assign(new Error("killed"), { code: "EIO" });
        };
        const dying: WriterFs = {
          ...fs,
          writeFile: async (path, data, options) => (await die(), fs.writeFile(path, data, options)),
          rename: async (from, to) => (await die(), fs.rename(from, to)),
          link: async (from, to) => (await die(), fs.link(from, to)),
          rm: async (path, options) => (await die(), fs.rm(path, options)),
          rmdir: async (path) => (await die(), fs.rmdir(path)),
          mkdir: async (path, options) => (await die(), fs.mkdir(path, options)),
        };
        const finished = await writeOutputs(out, next, { fs: dying }).then(
          () => true,
          () => false,
        );
        // What the next generate does first: finish or remove what the dead run left.
        await recoverOutputs(out);
        const end = JSON.stringify(snapshot());
        expect(sets.includes(end), `death at step ${deathAt}`).toBe(true);
        ends.add(end === sets[0] ? "previous" : "next");
        if (finished) break;
      }
      expect([...ends].sort()).toEqual(["next", "previous"]);
    },
  );

  it("a permission error is a located one-line OutputError and leaves the previous set", async () => {
    const before = snapshot();
    const denied: WriterFs = {
      ...fs,
      writeFile: async () => {
        throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
      },
    };
    await expect(writeOutputs(out, next, { fs: denied, shown: "out" })).rejects.toThrow(
      /^out: error output-permission: permission denied \(EACCES\) \(check the permissions of the output folder\)$/,
    );
    expect(snapshot()).toEqual(before);
  });

  it("never writes outside the output folder", () => {
    expect(() => targetPath(out, "../escape.json")).toThrow("refusing to write");
    expect(() => targetPath(out, "/etc/passwd")).toThrow("refusing to write");
    expect(targetPath(out, "i18n/ko.json")).toBe(join(out, "i18n", "ko.json"));
  });
});
