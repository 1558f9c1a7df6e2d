/**
 * Issue 12, items 7 and 8, through the real commands: the output folder may
 * never contain the spec (exit 2, spec untouched), and a revision given to
 * `diff` is never read by git as an option (it goes after
 * `--end-of-options` and must name a commit).
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fixture, runCli } from "./helpers.ts";

const GIT_ENV = {
  GIT_AUTHOR_NAME: "Test",
  GIT_AUTHOR_EMAIL: "test@example.invalid",
  GIT_COMMITTER_NAME: "Test",
  GIT_COMMITTER_EMAIL: "test@example.invalid",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
};

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "hostile-cli-"));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe("item 7: the spec inside the output folder", () => {
  it.each([
    [["--spec", "build/catalog.yaml", "--out", "build"]],
    [["--spec", "build/catalog.yaml", "--out", "."]],
    [["--spec", "build/sub/catalog.yaml", "--out", "build/"]],
    [["--spec", "link/catalog.yaml", "--out", "build"]],
  ])("%j exits 2 and leaves the spec as it was", (args) => {
    mkdirSync(join(work, "build", "sub"), { recursive: true });
    execFileSync("ln", ["-s", "build", join(work, "link")]);
    copyFileSync(fixture("minimal.yaml"), join(work, "build", "catalog.yaml"));
    copyFileSync(fixture("minimal.yaml"), join(work, "build", "sub", "catalog.yaml"));
    const before = readFileSync(join(work, "build", "catalog.yaml"));
    const run = runCli(args, work);
    expect(run.stderr).toContain("lies inside the output folder");
    expect(run.status).toBe(2);
    expect(readFileSync(join(work, "build", "catalog.yaml"))).toEqual(before);
    expect(readdirSync(join(work, "build")).sort()).toEqual(["catalog.yaml", "sub"]);
  });

  it("a spec next to the output folder is fine", () => {
    copyFileSync(fixture("minimal.yaml"), join(work, "catalog.yaml"));
    const run = runCli(["--spec", "catalog.yaml", "--out", "build"], work);
    expect(run.stderr).not.toContain("output folder");
    expect(run.status).toBe(0);
  });
});

describe("item 8: revisions given to diff", () => {
  const git = (...args: string[]) =>
    execFileSync("git", args, { cwd: work, env: { ...process.env, ...GIT_ENV }, stdio: "pipe" }).toString();
  const diff = (args: string[]) => runCli(args, work, "commands/diff.ts", GIT_ENV);
  beforeEach(() => {
    git("init", "-q", "-b", "main");
    mkdirSync(join(work, "spec"));
    copyFileSync(fixture("minimal.yaml"), join(work, "spec", "errors.yaml"));
    git("add", "spec/errors.yaml");
    git("commit", "-q", "-m", "catalog");
  });

  it.each([
    [["--", "--output=x", "HEAD"]],
    [["--", "--output=x"]],
    [["--", "--format=%H", "HEAD"]],
    [["HEAD", "--", "--output=y"]],
    [["HEAD^{tree}"]],
    [["HEAD:spec"]],
  ])("%j is a usage error, and git writes no file", (args) => {
    const run = diff(args);
    expect(run.stderr).toMatch(/is neither a catalog file nor a git revision holding spec\/errors.yaml/);
    expect(run.status).toBe(2);
    expect(readdirSync(work).sort()).toEqual([".git", "spec"]);
  });

  it("--output=x as a revision never makes git write a file (the issue's reproduction)", () => {
    // `git show --output=x:./spec/errors.yaml` writes into the folder `x:.` when it exists.
    mkdirSync(join(work, "x:.", "spec"), { recursive: true });
    const run = diff(["--", "--output=x", "HEAD"]);
    expect(run.status).toBe(2);
    expect(readdirSync(join(work, "x:.", "spec"))).toEqual([]);
  });

  it("an option-looking argument without `--` is refused by the option parser", () => {
    const run = diff(["--output=x", "HEAD"]);
    expect(run.status).toBe(2);
    expect(readdirSync(work).sort()).toEqual([".git", "spec"]);
  });

  it("--format=json and --format json both work; --format= is refused", () => {
    expect(JSON.parse(diff(["HEAD", "--format=json"]).stdout).bump).toBe("none");
    expect(JSON.parse(diff(["HEAD", "--format", "json"]).stdout).bump).toBe("none");
    const empty = diff(["HEAD", "--format="]);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain("argument '' is invalid");
  });

  it("a commit named by hash, tag or expression still works", () => {
    git("tag", "v1");
    const hash = git("rev-parse", "HEAD").trim();
    writeFileSync(join(work, "other.yaml"), readFileSync(fixture("minimal.yaml")));
    for (const rev of [hash, "v1", "HEAD", "main~0"]) expect(diff([rev]).status, rev).toBe(0);
  });
});
