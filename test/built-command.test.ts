/**
 * The built command (scripts/run-built.mjs): `npm run generate` runs the
 * esbuild build of exactly the current sources. Checked in a scratch copy
 * of the generators: a source change gives a new build (announced on
 * stderr) instead of running the old one, and an unchanged tree reuses its
 * build silently.
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ROOT } from "./helpers.ts";

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "coinone-built-"));
  for (const part of ["generators", "scripts", "spec", "templates", "dist", "package.json"])
    cpSync(join(ROOT, part), join(work, part), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(work, "node_modules"), "dir");
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(work, "scripts", "run-built.mjs"), ...args], { cwd: work, encoding: "utf8" });
const builds = () => readdirSync(join(work, "build")).sort();
/** Whether `name` is the build of the current sources (the newest one). */
const changedBuild = (name: string) =>
  builds()
    .map((b) => ({ b, t: statSync(join(work, "build", b)).mtimeMs }))
    .sort((x, y) => y.t - x.t)[0]?.b === name;

it("builds once, reuses the build, and rebuilds after a source change instead of running stale code", () => {
  const first = run("generate", "--check");
  expect(first.stderr).toMatch(
    /^note: the generators changed since the last build; building build\/[0-9a-f]{16} first\n/,
  );
  expect(first.status, first.stderr).toBe(0);
  expect(builds()).toHaveLength(1);

  const again = run("generate", "--check");
  expect([again.status, again.stderr]).toEqual([0, ""]);

  appendFileSync(join(work, "generators", "commands", "generate.ts"), "\n// a change\n");
  const changed = run("generate", "--check");
  expect(changed.stderr).toContain("note: the generators changed since the last build");
  expect(changed.status, changed.stderr).toBe(0);
  expect(builds()).toHaveLength(2);

  // `npm run build` keeps a build a running command may still be loading, and drops builds untouched for a day.
  expect(run("--build").status).toBe(0);
  expect(builds()).toHaveLength(2);
  const old = builds().find((name) => !changedBuild(name)) as string;
  const dayAgo = new Date(Date.now() - 25 * 3600 * 1000);
  utimesSync(join(work, "build", old), dayAgo, dayAgo);
  expect(run("--build").status).toBe(0);
  expect(builds()).toHaveLength(1);
}, 300_000);

it("runs the diff and translations commands and rejects an unknown one", () => {
  expect(run("diff", "--help").stdout).toContain("Usage: diff");
  expect(run("translations", "--help").stdout).toContain("Usage: translations");
  const unknown = run("bogus");
  expect([unknown.status, unknown.stderr]).toEqual([
    2,
    "usage: node scripts/run-built.mjs (generate | diff | translations | --build) [arguments]\n",
  ]);
}, 300_000);
