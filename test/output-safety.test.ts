/**
 * Issue 11, findings 1, 2 and 6: every write stays inside --out. A symbolic
 * link below --out (a folder, a file, a loop), a folder where a file should
 * be, or symlinks planted at the old writer's predictable temporary names:
 * the victim outside --out keeps its bytes, and generate and --check report
 * a located one-line error, exit 1, never "internal error".
 */
import { spawnSync } from "node:child_process";
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fixture, runCli } from "./helpers.ts";

let work: string;
const VICTIM = "victim bytes: must never change\n";

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "coinone-safety-"));
  cpSync(fixture("minimal.yaml"), join(work, "spec.yaml"));
  writeFileSync(join(work, "victim"), VICTIM);
  mkdirSync(join(work, "victimdir"));
  for (const name of ["errors.en.md", "errors.ko.md"]) writeFileSync(join(work, "victimdir", name), VICTIM);
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const run = (...args: string[]) => runCli(["--spec", "spec.yaml", "--out", "out", ...args], work);
const victims = () =>
  ["victim", "victimdir/errors.en.md", "victimdir/errors.ko.md"].map((p) => readFileSync(join(work, p), "utf8"));
/** Changes the catalog so that a run has files to write. */
const changeCatalog = () =>
  writeFileSync(
    join(work, "spec.yaml"),
    readFileSync(join(work, "spec.yaml"), "utf8").replace("title:", "title: Changed"),
  );

function expectLocatedError(result: { status: number | null; stderr: string }, located: RegExp): void {
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(located);
  expect(result.stderr).not.toContain("internal error");
  expect(result.stderr).not.toMatch(/^\s+at\s/m);
  // One line per problem: the error is the only line (warnings of the catalog aside).
  expect(result.stderr.split("\n").filter((line) => line.includes(" error output-"))).toHaveLength(1);
}

describe("writes stay inside --out", () => {
  it("1: a folder of the output replaced by a symlink is refused, and the folder it points to keeps its bytes", () => {
    expect(run().status).toBe(0);
    rmSync(join(work, "out", "docs"), { recursive: true });
    symlinkSync("../victimdir", join(work, "out", "docs"));
    changeCatalog();
    const before = readFileSync(join(work, "out", "catalog.json"), "utf8");
    expectLocatedError(
      run(),
      /^out\/docs: error output-symlink: is a symbolic link.*; nothing was written, out holds the previous files$/m,
    );
    expect(victims()).toEqual([VICTIM, VICTIM, VICTIM]);
    expect(readFileSync(join(work, "out", "catalog.json"), "utf8")).toBe(before);
    expectLocatedError(run("--check"), /^out\/docs: error output-symlink: /m);
  });

  it("1: a generated file replaced by a symlink is refused", () => {
    expect(run().status).toBe(0);
    rmSync(join(work, "out", "catalog.json"));
    symlinkSync("../victim", join(work, "out", "catalog.json"));
    changeCatalog();
    expectLocatedError(run(), /^out\/catalog\.json: error output-symlink: /m);
    expect(victims()).toEqual([VICTIM, VICTIM, VICTIM]);
    expect(lstatSync(join(work, "out", "catalog.json")).isSymbolicLink()).toBe(true);
  });

  it("2: symlinks planted at predictable temporary names for the next pids write nothing outside", () => {
    expect(run().status).toBe(0);
    changeCatalog();
    // The next pids the system hands out: the CLI below gets one of them.
    const last = spawnSync("true").pid ?? 0;
    for (let pid = last + 1; pid <= last + 400; pid += 1) {
      symlinkSync("../victim", join(work, "out", `catalog.json.new.${pid}.tmp`));
      symlinkSync("../victim", join(work, "out", `catalog.json.old.${pid}.tmp`));
    }
    const result = run();
    expect(result.stderr).not.toContain("internal error");
    expect(victims()).toEqual([VICTIM, VICTIM, VICTIM]);
    expect(lstatSync(join(work, "out", "catalog.json")).isFile()).toBe(true);
    expect(readFileSync(join(work, "out", "catalog.json"), "utf8")).toContain("Changed");
  });

  it("6: --check and generate report a folder where a file should be as a located error", () => {
    expect(run().status).toBe(0);
    rmSync(join(work, "out", "catalog.json"));
    mkdirSync(join(work, "out", "catalog.json"));
    expectLocatedError(
      run("--check"),
      /^out\/catalog\.json: error output-is-folder: is a folder where a generated file should be/m,
    );
    expectLocatedError(run(), /^out\/catalog\.json: error output-is-folder: /m);
  });

  it("6: --check and generate report a symlink loop as a located error", () => {
    expect(run().status).toBe(0);
    rmSync(join(work, "out", "i18n", "en.json"));
    symlinkSync("en.json", join(work, "out", "i18n", "en.json"));
    expectLocatedError(run("--check"), /^out\/i18n\/en\.json: error output-symlink: /m);
    expectLocatedError(run(), /^out\/i18n\/en\.json: error output-symlink: /m);
  });

  it("a file where the output folder should be is a located error", () => {
    writeFileSync(join(work, "out"), "not a folder");
    expectLocatedError(run(), /^out: error output-not-folder: /m);
    expectLocatedError(run("--check"), /^out: error output-not-folder: /m);
    expect(readFileSync(join(work, "out"), "utf8")).toBe("not a folder");
  });
});
