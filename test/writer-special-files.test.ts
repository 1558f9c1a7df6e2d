/**
 * Issue 23, finding 3: special files neither hang nor crash the tool. A FIFO
 * or a folder where the tool expects a file it reads (the journal, the
 * inventory, an output file, the lock, --spec, --targets, --package, a
 * template, diff's --spec) is a one-line error, exit 2 for an input and 1 for
 * the output folder, on the up-to-date path and on the full run alike, and
 * nothing is read past the 64 MiB limit. Real processes with a timeout: a
 * hang is what is tested.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ROOT } from "./helpers.ts";

const LAUNCHER = join(ROOT, "scripts", "run-built.mjs");

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "coinone-special-"));
  // A catalog without warnings: a run with warnings records no key for the up-to-date path.
  cpSync(join(ROOT, "spec", "errors.yaml"), join(work, "spec.yaml"));
  const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
  writeFileSync(join(work, "package.json"), `${JSON.stringify({ name: "x", version })}\n`);
  writeFileSync(join(work, "t.hbs"), "x\n");
  for (const name of ["pipe.yaml", "pipe.json", "pipe.hbs"]) mkfifo(name);
  writeFileSync(
    join(work, "targets.yaml"),
    "targets:\n  - name: json\n    builtin: catalog-json\n  - name: t\n    template: t.hbs\n    path: t.txt\n",
  );
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the built command; a run still going after 60 s is killed and reported as a hang. */
function run(args: readonly string[], command = "generate") {
  const result = spawnSync(process.execPath, [LAUNCHER, command, ...args], {
    cwd: work,
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "" },
    timeout: 60_000,
  });
  return { status: result.signal === null ? result.status : `hang (${result.signal})`, stderr: result.stderr };
}

const mkfifo = (path: string) => expect(spawnSync("mkfifo", [join(work, path)]).status).toBe(0);
// Two small entries keep each run short.
const base = ["--spec", "spec.yaml", "--out", "out", "--targets", "targets.yaml"];

/** One located error line and nothing else (no stack, no "internal error"). */
function expectOneLine(result: { status: number | string | null; stderr: string }, status: number, line: RegExp): void {
  expect(result.status).toBe(status);
  expect(result.stderr).toMatch(line);
  expect(result.stderr).not.toContain("internal error");
  expect(result.stderr).not.toMatch(/^\s+at\s/m);
}

describe("3: special files in the output folder", () => {
  beforeEach(() => {
    rmSync(join(work, "out"), { recursive: true, force: true });
    // A complete, up-to-date output folder: the next run would take the up-to-date path.
    expect(run(base).status).toBe(0);
  });

  it.each([
    [
      ".coinone-journal",
      /^out\/\.coinone-journal: error output-special-file: /m,
      /^out\/\.coinone-journal: error output-interrupted: /m,
    ],
    [
      ".coinone-files",
      /^out\/\.coinone-files: error output-special-file: /m,
      /^out\/\.coinone-files: error output-special-file: /m,
    ],
    [
      "catalog.json",
      /^out\/catalog\.json: error output-special-file: /m,
      /^out\/catalog\.json: error output-special-file: /m,
    ],
  ])("3: a FIFO as out/%s is a one-line error, exit 1, for generate and --check", (name, generate, check) => {
    rmSync(join(work, "out", name), { force: true });
    mkfifo(join("out", name));
    expectOneLine(run(base), 1, generate);
    expectOneLine(run([...base, "--check"]), 1, check);
  });

  it("3: a FIFO or a folder as out/.lock is no live run: generate reclaims it; --check names it", () => {
    mkfifo("out/.lock");
    expectOneLine(run([...base, "--check"]), 1, /^out\/\.lock: error output-interrupted: /m);
    expect(run(base).status).toBe(0);
    mkdirSync(join(work, "out", ".lock"));
    writeFileSync(join(work, "out", ".lock", "owner"), "pid 1 since 2026-01-01T00:00:00.000Z\n");
    expect(run(base).status).toBe(0);
    expect(run([...base, "--check"]).status).toBe(0);
  });
});

describe("3: special files as inputs", () => {
  beforeAll(() => {
    rmSync(join(work, "out"), { recursive: true, force: true });
    expect(run([...base, "--package", "package.json"]).status).toBe(0);
  });

  it.each([
    [
      "--spec",
      ["--spec", "pipe.yaml", "--out", "out", "--targets", "targets.yaml"],
      /^error: cannot read the catalog pipe\.yaml: it is a FIFO/m,
    ],
    [
      "--spec /dev/zero",
      ["--spec", "/dev/zero", "--out", "out", "--targets", "targets.yaml"],
      /^error: cannot read the catalog \S+: it is a device/m,
    ],
    [
      "--targets",
      ["--spec", "spec.yaml", "--out", "out", "--targets", "pipe.yaml"],
      /^error: cannot read the targets file pipe\.yaml: it is a FIFO/m,
    ],
    ["--package", [...base, "--package", "pipe.json"], /^error: cannot read the version of pipe\.json: it is a FIFO/m],
  ])("3: a FIFO or device as %s is a usage error, exit 2, for generate and --check", (_name, args, line) => {
    expectOneLine(run(args), 2, line);
    expectOneLine(run([...args, "--check"]), 2, line);
  });

  it("3: a FIFO as a template is a located targets-file error", () => {
    writeFileSync(join(work, "fifo-targets.yaml"), "targets:\n  - name: t\n    template: pipe.hbs\n    path: t.txt\n");
    expectOneLine(
      run(["--spec", "spec.yaml", "--out", "out", "--targets", "fifo-targets.yaml"]),
      1,
      /^fifo-targets\.yaml:3:15 error template-missing: cannot read the template "pipe\.hbs": it is a FIFO/m,
    );
  });

  it("3: diff reads --spec as a regular file only: a FIFO or /dev/zero is a usage error, exit 2", () => {
    expectOneLine(
      run(["spec.yaml", "--spec", "pipe.yaml"], "diff"),
      2,
      /^error: cannot read pipe\.yaml from the working tree: it is a FIFO/m,
    );
    expectOneLine(
      run(["spec.yaml", "--spec", "/dev/zero"], "diff"),
      2,
      /^error: cannot read \/dev\/zero from the working tree: it is a device/m,
    );
  });
});
