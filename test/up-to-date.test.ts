/**
 * The up-to-date fast path (generators/commands/up-to-date.ts): after a full
 * run, `generate` and `--check` with nothing changed are answered from the
 * manifest's hashes alone; any change to an input, to the tool or to the
 * output folder goes to the full run, which still reports it. Each case the
 * earlier fast path answered wrongly ("up to date" while a full run differs
 * or fails) has a test here.
 */
import { execFileSync } from "node:child_process";
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { inputsKey, upToDate } from "../generators/commands/up-to-date.ts";
import type { Tool } from "../generators/commands/up-to-date.ts";
import { boundKey, entryLines } from "../generators/output/inventory.ts";
import { buildHash } from "../scripts/run-built.mjs";
import { buildInputs } from "../scripts/build-inputs.mjs";
import { ROOT, runCli } from "./helpers.ts";

let work: string;
/** The build the CLI runs in, and so the key it records. */
const tool: Tool = { build: buildHash(), root: ROOT };
const generate = (...args: string[]) => runCli(args, work);
const manifest = () => readFileSync(join(work, "dist", ".coinone-files"), "utf8");
const fast = (...args: string[]) => upToDate(args, work, tool);

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
});

describe("with nothing changed", () => {
  it("answers generate and --check from the manifest, with the full run's messages", async () => {
    const total =
      manifest()
        .split("\n")
        .filter((l) => /^[0-9a-f]{64} {2}/.test(l)).length + 1;
    expect(await fast()).toBe(`dist: wrote 0 files, ${total} unchanged\n`);
    expect(await fast("--check")).toBe(`dist: all ${total} generated files are up to date\n`);
    expect(generate("--check")).toMatchObject({
      status: 0,
      stdout: `dist: all ${total} generated files are up to date\n`,
      stderr: "",
    });
    expect(generate()).toMatchObject({ status: 0, stdout: `dist: wrote 0 files, ${total} unchanged\n`, stderr: "" });
  });

  it("records a deterministic manifest: a key, the input files, a sha256 per output", () => {
    const before = manifest();
    expect(before).toMatch(/^# The files generate .*\n# inputs [0-9a-f]{64}\n/);
    rmSync(join(work, "dist"), { recursive: true });
    expect(generate().status).toBe(0);
    expect(manifest()).toBe(before);
  });

  it("leaves options it does not handle to the full run", async () => {
    expect(await fast("--list")).toBeUndefined();
    expect(await fast("--out")).toBeUndefined();
    expect(await fast("--only", "i18n")).toBeUndefined();
  });
});

describe("goes to the full run after", () => {
  it("a hand-edited output file", async () => {
    appendFileSync(join(work, "dist", "catalog.json"), " ");
    expect(await fast("--check")).toBeUndefined();
    expect(generate("--check")).toMatchObject({
      status: 1,
      stderr: expect.stringContaining("stale: dist/catalog.json\n"),
    });
  });

  it("a deleted output file, also together with its manifest line", async () => {
    unlinkSync(join(work, "dist", "i18n", "ko.json"));
    expect(await fast("--check")).toBeUndefined();
    writeFileSync(join(work, "dist", ".coinone-files"), manifest().replace(/^.*  i18n\/ko\.json\n/m, ""));
    expect(await fast("--check")).toBeUndefined();
    expect(generate("--check")).toMatchObject({
      status: 1,
      stderr: expect.stringContaining("missing: dist/i18n/ko.json\n"),
    });
  });

  it("an extra file", async () => {
    writeFileSync(join(work, "dist", "extra.txt"), "x");
    expect(await fast("--check")).toBeUndefined();
    expect(generate("--check")).toMatchObject({
      status: 1,
      stderr: expect.stringContaining("unknown (not generated, left alone): dist/extra.txt\n"),
    });
  });

  it("an output replaced by a symbolic link to the same bytes", async () => {
    const path = join(work, "dist", "i18n", "en.json");
    const copy = join(work, "en-copy.json");
    cpSync(path, copy);
    unlinkSync(path);
    symlinkSync(copy, path);
    expect(await fast("--check")).toBeUndefined();
    expect(generate("--check").status).toBe(1);
    unlinkSync(path);
  });

  it("a FIFO in the output folder or as the manifest, without hanging", async () => {
    execFileSync("mkfifo", [join(work, "dist", "pipe")]);
    expect(await fast("--check")).toBeUndefined();
    unlinkSync(join(work, "dist", "pipe"));
    unlinkSync(join(work, "dist", ".coinone-files"));
    execFileSync("mkfifo", [join(work, "dist", ".coinone-files")]);
    expect(await fast("--check")).toBeUndefined();
    unlinkSync(join(work, "dist", ".coinone-files"));
  });

  it("a changed spec, targets file or template", async () => {
    for (const file of ["spec/errors.yaml", "spec/targets.yaml", "templates/markdown/reference.md.hbs"]) {
      const path = join(work, file);
      const text = readFileSync(path, "utf8");
      appendFileSync(path, "\n");
      expect(await fast("--check"), file).toBeUndefined();
      writeFileSync(path, text);
    }
    expect(await fast("--check")).toBeDefined();
  });

  it("a package version that differs from the catalog's (--package)", async () => {
    const version = /^# version (.*)$/m.exec(manifest())?.[1];
    const original = readFileSync(join(work, "package.json"), "utf8");
    writeFileSync(join(work, "package.json"), JSON.stringify({ version }));
    expect(await fast("--package", "package.json", "--check")).toBeDefined();
    writeFileSync(join(work, "package.json"), JSON.stringify({ version: "0.0.1" }));
    expect(await fast("--package", "package.json", "--check")).toBeUndefined();
    expect(generate("--package", "package.json", "--check")).toMatchObject({
      status: 1,
      stderr: expect.stringContaining("version-mismatch"),
    });
    writeFileSync(join(work, "package.json"), original);
  });

  it("a leftover of a killed run", async () => {
    writeFileSync(join(work, "dist", ".lock"), "");
    expect(await fast("--check")).toBeUndefined();
  });

  it("a run with --only, which records no key", async () => {
    expect(generate("--only", "i18n").status).toBe(0);
    expect(manifest()).toMatch(/^# inputs none$/m);
    expect(await fast("--check")).toBeUndefined();
    expect(await fast()).toBeUndefined();
  });

  it("another lock file (a runtime library upgraded), another Node version, another build", async () => {
    const entries = entryLines(manifest());
    const recorded = /^# inputs ([0-9a-f]{64})$/m.exec(manifest())?.[1];
    const key = async (with_: Tool) =>
      boundKey(
        (await inputsKey(work, { spec: "spec/errors.yaml" }, ["templates/markdown/reference.md.hbs"], with_)) ?? "",
        entries,
      );
    expect(await key(tool)).toBe(recorded);
    const other = mkdtempSync(join(tmpdir(), "coinone-tool-"));
    try {
      const lock = readFileSync(join(ROOT, "package-lock.json"), "utf8");
      writeFileSync(
        join(other, "package-lock.json"),
        lock.replace(/"node_modules\/@formatjs\/icu-messageformat-parser": \{\n(\s+)"version": "[^"]+"/, "$&-upgraded"),
      );
      expect(readFileSync(join(other, "package-lock.json"), "utf8")).not.toBe(lock);
      expect(await key({ ...tool, root: other })).not.toBe(recorded);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
    expect(await key({ ...tool, build: "0".repeat(16) })).not.toBe(recorded);
    const version = process.version;
    Object.defineProperty(process, "version", { value: "v22.99.0", configurable: true });
    try {
      expect(await key(tool)).not.toBe(recorded);
    } finally {
      Object.defineProperty(process, "version", { value: version, configurable: true });
    }
  });
});

describe("the build's inputs", () => {
  it("count a generator source that is a symbolic link, by the file it points to", () => {
    const root = mkdtempSync(join(tmpdir(), "coinone-inputs-"));
    try {
      for (const dir of ["generators", "templates", "spec"]) mkdirSync(join(root, dir));
      writeFileSync(join(root, "elsewhere.ts"), "export {};\n");
      symlinkSync(join(root, "elsewhere.ts"), join(root, "generators", "linked.ts"));
      expect(buildInputs(root)).toContain("generators/linked.ts");
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("the committed dist/", () => {
  // A generator change committed without `npm run generate` still passes --check (the inputs lines are not
  // compared), but every fresh clone, CI's included, then loses the fast path without a word.
  it("records the inputs key of the current sources, so a fresh clone gets the fast path", async () => {
    const committed = readFileSync(join(ROOT, "dist", ".coinone-files"), "utf8");
    const recorded = /^# inputs ([0-9a-f]{64})$/m.exec(committed)?.[1];
    const inputFiles = [...committed.matchAll(/^# input (.*)$/gm)].map((match) => match[1] as string);
    expect(inputFiles).toEqual(["templates/markdown/reference.md.hbs"]);
    const key = await inputsKey(ROOT, { spec: "spec/errors.yaml", package: "package.json" }, inputFiles, tool);
    expect(recorded, "run `npm run generate` and commit dist/.coinone-files").toBe(
      boundKey(key ?? "", entryLines(committed)),
    );
  });
});
