/**
 * The code is formatted by prettier (pinned, .prettierrc.json) and keeps its
 * lines within 120 characters, as the model codebases do. Prettier breaks
 * code but never a regular expression literal or a URL in a comment: those
 * are the only lines allowed past 120.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { ROOT } from "./helpers.ts";

const SOURCES = execFileSync("git", ["ls-files", "-z", "generators", "scripts", "test", ".ci"], {
  cwd: ROOT,
  encoding: "utf8",
})
  .split("\0")
  .filter((path) => /\.(ts|mts|mjs|cjs)$/.test(path) && !/^test\/(golden|fixtures)\//.test(path));

/** A line prettier cannot break: a regular expression literal (and its comma), or a URL in a comment. */
const UNBREAKABLE = /^\s*(\/(?:\\.|[^/\\\n])+\/[dgimsuy]*[,;)]*|(?:\/\/|\*) https?:\/\/\S+)$/;

it("has no line over 120 characters but a regular expression or a URL", () => {
  const long = SOURCES.flatMap((path) =>
    readFileSync(join(ROOT, path), "utf8")
      .split("\n")
      .flatMap((line, index) => ([...line].length > 120 && !UNBREAKABLE.test(line) ? [`${path}:${index + 1}`] : [])),
  );
  expect(long).toEqual([]);
});

it("is formatted by prettier", () => {
  const prettier = join(ROOT, "node_modules", "prettier", "bin", "prettier.cjs");
  const run = execFileSync(process.execPath, [prettier, "--list-different", ...SOURCES], {
    cwd: ROOT,
    encoding: "utf8",
  });
  expect(run).toBe("");
});
