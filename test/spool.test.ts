/**
 * The spool (generators/output/spool.ts): a large catalog's files wait on
 * disk in `<out>/.coinone-spool-<pid>-<random>/` until the writer takes
 * them. What it must never do: leave its folder behind after a run, remove
 * the spool of a run that is still alive, keep the spool of a killed run,
 * or leave an output folder it made when nothing was written.
 */
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../generators/commands/generate.ts";
import { OutputError } from "../generators/output/paths.ts";
import { Spool, spoolOwner } from "../generators/output/spool.ts";
import { PARALLEL_MIN_BYTES } from "../generators/targets/worker/client.ts";
import { syntheticCatalog } from "../scripts/synthetic-catalog.ts";

let work: string;
const io = () => {
  const out = { stdout: "", stderr: "" };
  return { out, io: { cwd: work, stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t) } };
};
const spools = (dir: string) => readdirSync(dir).filter((name) => name.startsWith(".coinone-spool-"));

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "coinone-spool-"));
  const text = syntheticCatalog(3_000);
  expect(Buffer.byteLength(text)).toBeGreaterThan(PARALLEL_MIN_BYTES);
  writeFileSync(join(work, "large.yaml"), text);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the spool of a large catalog", () => {
  it("is gone after the run, and a second run finds every file unchanged", async () => {
    const first = io();
    const added = vi.spyOn(Spool.prototype, "add");
    const adopted = vi.spyOn(Spool.prototype, "adopt");
    try {
      expect(await main(["--spec", "large.yaml", "--out", "out"], first.io)).toBe(0);
      // Every generated file went through the spool (the manifest is made by the writer).
      expect(added).toHaveBeenCalledTimes(39);
      // Each written there once, as it was made: by this thread (names 0, 1, ...) or by the worker (w0, w1, ...), which sent only the name.
      const names = adopted.mock.calls.map(([, name]) => name);
      expect(new Set(names).size).toBe(39);
      expect(names.filter((name) => name.startsWith("w")).length).toBeGreaterThanOrEqual(5);
      expect(names.every((name) => /^w?\d+$/.test(name))).toBe(true);
    } finally {
      added.mockRestore();
      adopted.mockRestore();
    }
    expect(first.out.stdout).toBe("out: wrote 40 files, 0 unchanged\n");
    expect(spools(join(work, "out"))).toEqual([]);
    const second = io();
    expect(await main(["--spec", "large.yaml", "--out", "out"], second.io)).toBe(0);
    expect(second.out.stdout).toBe("out: wrote 0 files, 40 unchanged\n");
    const check = io();
    expect(await main(["--check", "--spec", "large.yaml", "--out", "out"], check.io)).toBe(0);
    // --check keeps only hashes, from this thread's targets and the worker's: a changed file of either is still found.
    for (const file of ["catalog.json", "index.js", "rust/src/code.rs"]) appendFileSync(join(work, "out", file), " ");
    const stale = io();
    expect(await main(["--check", "--spec", "large.yaml", "--out", "out"], stale.io)).toBe(1);
    expect(stale.out.stderr).toContain("stale: out/catalog.json\nstale: out/index.js\nstale: out/rust/src/code.rs\n");
    expect(await main(["--spec", "large.yaml", "--out", "out"], io().io)).toBe(0);
  }, 120_000);

  it("of a killed run is removed by the next run, with a note; the spool of a live run is left alone", async () => {
    const dead = join(work, "out", ".coinone-spool-999999999-abc");
    const live = join(work, "out", `.coinone-spool-${process.pid}-def`);
    for (const folder of [dead, live]) {
      mkdirSync(folder);
      writeFileSync(join(folder, "0"), "left over");
    }
    expect(spoolOwner(".coinone-spool-999999999-abc")).toBe(999999999);
    const run = io();
    expect(await main(["--spec", "large.yaml", "--out", "out"], run.io)).toBe(0);
    expect(run.out.stderr).toBe("note: removed out/.coinone-spool-999999999-abc, left by an interrupted run\n");
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(live)).toBe(true);
    // Neither is ever an unknown file for --check.
    const check = io();
    expect(await main(["--check", "--spec", "large.yaml", "--out", "out"], check.io)).toBe(0);
    rmSync(live, { recursive: true });
  }, 120_000);

  it("leaves no output folder behind when it made one and nothing was written", async () => {
    writeFileSync(join(work, "bad-targets.yaml"), "targets:\n  - name: x\n    builtin: no-such-target\n");
    const run = io();
    const opened = vi.spyOn(Spool, "open");
    try {
      expect(await main(["--spec", "large.yaml", "--out", "new/deeper/out", "--targets", "bad-targets.yaml"], run.io)).toBe(1);
      expect(opened).toHaveBeenCalledTimes(1);
    } finally {
      opened.mockRestore();
    }
    expect(run.out.stderr).toMatch(/unknown-target/);
    expect(existsSync(join(work, "new"))).toBe(false);
  }, 120_000);

  it("reports a file it cannot keep as an output error, not a crash", () => {
    const spool = Spool.open(join(work, "gone"));
    rmSync(join(work, "gone"), { recursive: true });
    expect(() => spool.add({ path: "x.txt", content: "x" }, "gone")).toThrow(OutputError);
    spool.close();
  });
});
