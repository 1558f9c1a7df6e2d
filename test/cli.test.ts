/** The generate command as a user runs it: exit codes, --check, and what it leaves on disk. */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadCatalog } from "../generators/catalog/load-catalog.ts";
import { syntheticCatalog, targetsWithoutJava } from "../scripts/synthetic-catalog.ts";
import { BUILTIN_TARGETS } from "../generators/targets/builtins.ts";
import { listFiles, loadFile, ROOT, runCli, generateArtifacts } from "./helpers.ts";

/** What the real catalog generates, computed in-process, and the writer's list of them: the CLI must write exactly
 * these. */
const FILES = [
  ...generateArtifacts(loadFile(join(ROOT, "spec", "errors.yaml"))).map((file) => file.path),
  ".coinone-files",
].sort();
const N = FILES.length;

let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "coinone-cli-"));
  mkdirSync(join(work, "spec"));
  cpSync(join(ROOT, "spec", "errors.yaml"), join(work, "spec", "errors.yaml"));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** Every file under a folder with its bytes and modification time. */
function snapshot(dir: string): Record<string, { bytes: string; mtime: number }> {
  const out: Record<string, { bytes: string; mtime: number }> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[path.slice(dir.length + 1)] = { bytes: readFileSync(path, "base64"), mtime: statSync(path).mtimeMs };
  }
  return out;
}

const NO_STACK = /^\s+at\s/m;

describe("generate CLI", () => {
  it("--help prints usage and the exit codes, exit 0", () => {
    const run = runCli(["--help"], work);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Usage: generate [options]");
    expect(run.stdout).toContain("--check");
    expect(run.stdout).toContain("Exit codes: 0 success, 1 invalid catalog or stale output, 2 wrong usage.");
  });

  it.each([
    [["--frobnicate"], "unknown option '--frobnicate'"],
    [["extra-argument"], "too many arguments"],
    [["--spec"], "option '--spec <file>' argument missing"],
    [["--spec", "missing.yaml"], "cannot read the catalog missing.yaml: no such file"],
  ])("wrong usage %j exits 2", (args, message) => {
    const run = runCli(args, work);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(NO_STACK);
    expect(readdirSync(work)).toEqual(["spec"]);
  });

  it("writes dist/catalog.json, then --check passes", () => {
    const first = runCli([], work);
    expect(first.status).toBe(0);
    expect(first.stdout).toBe(`dist: wrote ${N} files, 0 unchanged\n`);
    expect(JSON.parse(readFileSync(join(work, "dist", "catalog.json"), "utf8")).errors).toHaveLength(90);
    const check = runCli(["--check"], work);
    expect(check.status).toBe(0);
    expect(check.stdout).toBe(`dist: all ${N} generated files are up to date\n`);
  });

  it("--check fails naming the file after one byte of dist/catalog.json changes, and writes nothing", () => {
    expect(runCli([], work).status).toBe(0);
    const path = join(work, "dist", "catalog.json");
    const bytes = readFileSync(path);
    bytes[10] = bytes[10] === 0x41 ? 0x42 : 0x41;
    writeFileSync(path, bytes);
    const check = runCli(["--check"], work);
    expect(check.status).toBe(1);
    expect(check.stderr).toBe(
      `stale: dist/catalog.json\n1 of ${N} generated files are stale or missing; run \`npm run generate\` and commit ` +
        `the result\n`,
    );
    expect(readFileSync(path)).toEqual(bytes);
  });

  it("--check fails naming a deleted file, with the command for a custom --out", () => {
    expect(runCli(["--out", "build/errors"], work).status).toBe(0);
    rmSync(join(work, "build", "errors", "catalog.json"));
    const check = runCli(["--check", "--out", "build/errors"], work);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain("missing: build/errors/catalog.json\n");
    expect(check.stderr).toContain("run `npm run generate -- --out build/errors`");
    expect(listFiles(join(work, "build", "errors"))).toEqual(FILES.filter((f) => f !== "catalog.json"));
  });

  it("an invalid catalog exits 1 with located diagnostics and leaves the output folder byte-identical", () => {
    expect(runCli([], work).status).toBe(0);
    const before = snapshot(join(work, "dist"));
    const spec = join(work, "spec", "errors.yaml");
    const text = readFileSync(spec, "utf8");
    writeFileSync(
      spec,
      text.replace('code: "105"', "code: 105").replace("name: ORDER_NOT_FOUND", "name: PRICE_NOT_CORRECT"),
    );
    const run = runCli([], work);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^spec\/errors\.yaml:\d+:11 error duplicate-name: name "PRICE_NOT_CORRECT" is already used at \d+:11$/m,
    );
    expect(run.stderr).toMatch(
      /^spec\/errors\.yaml:\d+:11 error unquoted-code: errors\[23\]\.code is the number 105;/m,
    );
    expect(run.stderr).toContain("spec/errors.yaml: 2 errors; nothing was written\n");
    expect(run.stderr).not.toMatch(NO_STACK);
    expect(run.stdout).toBe("");
    expect(snapshot(join(work, "dist"))).toEqual(before);
  });

  it("an invalid catalog writes nothing into an empty output folder either", () => {
    writeFileSync(join(work, "spec", "errors.yaml"), "catalog: [\n");
    const run = runCli([], work);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^spec\/errors\.yaml:\d+:\d+ error yaml-syntax: /m);
    expect(readdirSync(work)).toEqual(["spec"]);
  });

  it("gives identical bytes on every run, and a second run rewrites nothing", () => {
    expect(runCli(["--out", "a"], work).status).toBe(0);
    expect(runCli(["--out", "b"], work).status).toBe(0);
    const a = snapshot(join(work, "a"));
    const b = snapshot(join(work, "b"));
    expect(Object.keys(b)).toEqual(Object.keys(a));
    for (const path of Object.keys(a)) expect(b[path]?.bytes).toBe(a[path]?.bytes);
    const before = snapshot(join(work, "a"));
    const again = runCli(["--out", "a"], work);
    expect(again.stdout).toBe(`a: wrote 0 files, ${N} unchanged\n`);
    expect(snapshot(join(work, "a"))).toEqual(before);
  });

  it("--package checks the catalog version against package.json", () => {
    writeFileSync(join(work, "package.json"), JSON.stringify({ name: "x", version: "9.9.9" }));
    const run = runCli(["--package", "package.json"], work);
    expect(run.status).toBe(1);
    // The spec copied into the work folder carries the repository's version, which package.json states.
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(run.stderr).toContain(
      `error version-mismatch: catalog.version "${version}" differs from the version "9.9.9" in package.json\n`,
    );
    expect(run.stderr).toMatch(/^spec\/errors\.yaml:\d+:12 error version-mismatch: /m);
    writeFileSync(join(work, "package.json"), JSON.stringify({ name: "x", version }));
    expect(runCli(["--package", "package.json"], work).status).toBe(0);
    const missing = runCli(["--package", "nope.json"], work);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("error: cannot read the version of nope.json");
  });

  it("a file where the output folder should be is a located error without a stack trace, exit 1", () => {
    writeFileSync(join(work, "blocked"), "a file where the output folder should be");
    const run = runCli(["--out", "blocked"], work);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      "blocked: error output-not-folder: is a file where the output folder should be (remove it or pass another " +
        "--out); nothing was written, blocked holds the previous files\n",
    );
    expect(readFileSync(join(work, "blocked"), "utf8")).toBe("a file where the output folder should be");
    const check = runCli(["--check", "--out", "blocked"], work);
    expect(check.status).toBe(1);
    expect(check.stderr).toMatch(/^blocked: error output-not-folder: /);
    expect(check.stderr).not.toMatch(NO_STACK);
  });

  it("writes for a large catalog exactly the files the targets make in process", () => {
    const text = syntheticCatalog(3_000);
    writeFileSync(join(work, "spec", "errors.yaml"), text);
    const run = runCli(["--out", "large"], work);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    // No package.json above it: the spec's own folder is the project, so artifacts name it errors.yaml.
    const { catalog } = loadCatalog(text, "errors.yaml");
    for (const file of generateArtifacts(catalog!))
      expect(readFileSync(join(work, "large", file.path), "utf8"), file.path).toBe(file.content);
  });

  it("leaves no temporary files behind", () => {
    expect(runCli([], work).status).toBe(0);
    expect(listFiles(join(work, "dist"))).toEqual(FILES);
  });

  it("--check passes on the committed dist/", () => {
    const run = runCli(["--check"], ROOT);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});

describe("a reader that stops early", () => {
  it.each([["generate"], ["diff"]])("%s --help piped into a reader that closes the pipe exits quietly", (command) => {
    const run = spawnSync(
      "sh",
      ["-c", `"${process.execPath}" "${join(ROOT, "scripts", "run-built.mjs")}" ${command} --help | head -1`],
      { encoding: "utf8" },
    );
    expect(run.stdout.startsWith("Usage:")).toBe(true);
    expect(run.stderr).toBe("");
  });
});

describe("progress", () => {
  it("shows on a terminal once a run takes over two seconds, and is erased before the summary; never in CI", () => {
    const work = mkdtempSync(join(tmpdir(), "coinone-progress-"));
    try {
      writeFileSync(join(work, "big.yaml"), syntheticCatalog(10_000));
      // Without the HTML reference's page per code too: 20,000 pages would only slow the test down.
      const targets = Object.keys(BUILTIN_TARGETS).filter((name) => name !== "html");
      writeFileSync(join(work, "targets.yaml"), targetsWithoutJava(targets));
      const command =
        `"${process.execPath}" "${join(ROOT, "scripts", "run-built.mjs")}" generate --spec big.yaml ` +
        `--targets targets.yaml --out out`;
      // `script` gives the command a terminal; its output is what the terminal received.
      const onTerminal = spawnSync("script", ["-qec", command, "/dev/null"], {
        cwd: work,
        encoding: "utf8",
        env: { ...process.env, CI: "" },
      });
      expect(onTerminal.status, onTerminal.stdout).toBe(0);
      expect(onTerminal.stdout).toMatch(/\r\u001b\[2Krunning \S+ \(\d+ of \d+\)\.\.\./);
      expect(onTerminal.stdout).toMatch(/\r\u001b\[2Kout: wrote \d+ files/);
      rmSync(join(work, "out"), { recursive: true });
      const inCi = spawnSync("script", ["-qec", command, "/dev/null"], {
        cwd: work,
        encoding: "utf8",
        env: { ...process.env, CI: "true" },
      });
      expect(inCi.stdout).not.toContain("running ");
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe("the language packages' build by-products", () => {
  it("are left alone by generate and --check stays green (pip install, cargo build, mvn package in dist/)", () => {
    expect(runCli([], work).status).toBe(0);
    const made = [
      "python/build/lib/x.py",
      "python/src/coinone_error_codes.egg-info/PKG-INFO",
      "rust/target/debug/x",
      "rust/Cargo.lock",
      "java/target/classes/X.class",
    ];
    for (const path of made) {
      mkdirSync(join(work, "dist", path, ".."), { recursive: true });
      writeFileSync(join(work, "dist", path), "built\n");
    }
    expect(runCli(["--check"], work)).toMatchObject({ status: 0, stderr: "" });
    expect(runCli([], work).status).toBe(0);
    for (const path of made) expect(readFileSync(join(work, "dist", path), "utf8")).toBe("built\n");
    // Anything else is still reported.
    writeFileSync(join(work, "dist", "python", "notes.txt"), "mine\n");
    expect(runCli(["--check"], work).stderr).toContain("unknown (not generated, left alone): dist/python/notes.txt\n");
  });
});
