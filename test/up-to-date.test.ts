/**
 * The up-to-date fast path (generators/output/up-to-date.ts): after a full
 * run, `generate` and `--check` with nothing changed are answered from the
 * manifest's hashes alone; any change to an input or to the output folder
 * (an edited, deleted or extra file, a writer's leftover) goes to the full
 * run, which still reports it. The manifest is deterministic.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { inputsKey, upToDate } from "../generators/output/up-to-date.ts";
import { ROOT, runCli } from "./helpers.ts";

let work: string;
const generate = (...args: string[]) => runCli(args, work);
const manifest = () => readFileSync(join(work, "dist", ".coinone-files"), "utf8");

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "coinone-fast-"));
  cpSync(join(ROOT, "spec"), join(work, "spec"), { recursive: true });
  cpSync(join(ROOT, "templates"), join(work, "templates"), { recursive: true });
  // The project root (and so the provenance in every output) is the folder of the nearest package.json.
  writeFileSync(join(work, "package.json"), readFileSync(join(ROOT, "package.json")));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeEach(() => {
  rmSync(join(work, "dist"), { recursive: true, force: true });
  const first = generate();
  expect(first.status, first.stderr).toBe(0);
}, 120_000);

describe("with nothing changed", () => {
  it("answers generate and --check from the manifest, with the full run's messages", async () => {
    const total = readFileSync(join(work, "dist", ".coinone-files"), "utf8").split("\n").filter((l) => /^[0-9a-f]{64} {2}/.test(l)).length + 1;
    expect(await upToDate([], work)).toBe(`dist: wrote 0 files, ${total} unchanged\n`);
    expect(await upToDate(["--check"], work)).toBe(`dist: all ${total} generated files are up to date\n`);
    expect(generate("--check")).toMatchObject({ status: 0, stdout: `dist: all ${total} generated files are up to date\n`, stderr: "" });
    expect(generate()).toMatchObject({ status: 0, stdout: `dist: wrote 0 files, ${total} unchanged\n`, stderr: "" });
  }, 120_000);

  it("records a deterministic manifest: a key, the input files, a sha256 per output", () => {
    const before = manifest();
    expect(before).toMatch(/^# The files generate .*\n# inputs [0-9a-f]{64}\n/);
    rmSync(join(work, "dist"), { recursive: true });
    expect(generate().status).toBe(0);
    expect(manifest()).toBe(before);
  }, 120_000);

  it("leaves options it does not handle to the full run", async () => {
    expect(await upToDate(["--list"], work)).toBeUndefined();
    expect(await upToDate(["--out"], work)).toBeUndefined();
    expect(await upToDate(["--only", "i18n"], work)).toBeUndefined();
  });
});

describe("still finds", () => {
  it("a hand-edited output file", async () => {
    appendFileSync(join(work, "dist", "catalog.json"), " ");
    expect(await upToDate(["--check"], work)).toBeUndefined();
    expect(generate("--check")).toMatchObject({ status: 1, stderr: expect.stringContaining("stale: dist/catalog.json\n") });
  }, 120_000);

  it("a deleted output file", async () => {
    unlinkSync(join(work, "dist", "i18n", "ko.json"));
    expect(await upToDate(["--check"], work)).toBeUndefined();
    expect(generate("--check")).toMatchObject({ status: 1, stderr: expect.stringContaining("missing: dist/i18n/ko.json\n") });
  }, 120_000);

  it("an extra file", async () => {
    writeFileSync(join(work, "dist", "extra.txt"), "x");
    expect(await upToDate(["--check"], work)).toBeUndefined();
    expect(generate("--check")).toMatchObject({ status: 1, stderr: expect.stringContaining("unknown (not generated, left alone): dist/extra.txt\n") });
  }, 120_000);

  it("a changed spec, targets file or template", async () => {
    for (const file of ["spec/errors.yaml", "spec/targets.yaml", "templates/markdown/reference.md.hbs"]) {
      const path = join(work, file);
      const text = readFileSync(path, "utf8");
      appendFileSync(path, "\n");
      expect(await upToDate(["--check"], work), file).toBeUndefined();
      writeFileSync(path, text);
    }
    expect(await upToDate(["--check"], work)).toBeDefined();
  });

  it("a package version that differs from the catalog's (--package)", async () => {
    const version = /^# version (.*)$/m.exec(manifest())?.[1];
    const original = readFileSync(join(work, "package.json"), "utf8");
    writeFileSync(join(work, "package.json"), JSON.stringify({ version }));
    expect(await upToDate(["--package", "package.json", "--check"], work)).toBeDefined();
    writeFileSync(join(work, "package.json"), JSON.stringify({ version: "0.0.1" }));
    expect(await upToDate(["--package", "package.json", "--check"], work)).toBeUndefined();
    expect(generate("--package", "package.json", "--check")).toMatchObject({ status: 1, stderr: expect.stringContaining("version-mismatch") });
    writeFileSync(join(work, "package.json"), original);
  }, 120_000);

  it("a leftover of a killed run", async () => {
    writeFileSync(join(work, "dist", ".lock"), "");
    expect(await upToDate(["--check"], work)).toBeUndefined();
  });
});

describe("the committed dist/", () => {
  // A generator change committed without `npm run generate` still passes --check (the inputs lines are not
  // compared), but every fresh clone, CI's included, then loses the fast path without a word.
  it("records the inputs key of the current sources, so a fresh clone gets the fast path", async () => {
    const manifest = readFileSync(join(ROOT, "dist", ".coinone-files"), "utf8");
    const recorded = /^# inputs ([0-9a-f]{64})$/m.exec(manifest)?.[1];
    const inputFiles = [...manifest.matchAll(/^# input (.*)$/gm)].map((match) => match[1] as string);
    expect(inputFiles).toEqual(["templates/markdown/reference.md.hbs"]);
    expect(recorded, "run `npm run generate` and commit dist/.coinone-files").toBe(await inputsKey(ROOT, { spec: "spec/errors.yaml", package: "package.json" }, inputFiles));
  });
});
