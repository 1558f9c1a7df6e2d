/**
 * The fast tier (`npm test`) must pass on a machine with nothing but Node and
 * npm: no test file in it may start a language toolchain, python3, or another
 * Node from the npm registry. A file that does belongs in test/tiers.ts
 * (the full tier); this test names it. It reads the sources, so it catches a
 * new test file before a machine without the toolchain does. It also holds
 * docs/testing.md's table of full-tier files to FULL_TIER, both ways.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.ts";
import { FULL_FILES, FULL_TIER } from "./tiers.ts";

/** Commands a fresh machine lacks: the language toolchains, python3 (and its PyYAML), Maven. */
const TOOLS =
  "python3 python pip pip3 mypy go gofmt javac java mvn cargo rustc rustfmt clippy-driver kotlinc kotlin".split(" ");
const STARTS_TOOL = new RegExp(
  `\\b(?:spawn|spawnSync|exec|execSync|execFile|execFileSync|run|runOk|runTool)\\(\\s*["'\`](?:` +
    `${TOOLS.join("|")})["'\` ]`,
);
/** Helpers that start one of them, or the npm registry's Node 22 and 24. */
const HELPERS = [
  /from "\.\/toolchain\.ts"/,
  /from "\.\/language-builds\.ts"/,
  /from "\.\/consumers\/(?:node-runtime|tools)\.ts"/,
  /\bnodeBinary\(/,
  /\bpyYamlLoad\(/,
  /\breaderProblems\(/,
];

const testFiles = readdirSync(join(ROOT, "test"))
  .filter((name) => name.endsWith(".test.ts"))
  .map((name) => `test/${name}`)
  .sort();
const fast = testFiles.filter((file) => !FULL_FILES.includes(file));

describe("test tiers", () => {
  it("every full-tier entry says what it needs", () => {
    for (const [file, needs] of Object.entries(FULL_TIER)) expect(needs.length, file).toBeGreaterThan(0);
    expect(fast.length).toBeGreaterThan(0);
  });

  it.each(fast)("%s (fast tier) starts no toolchain, no python3 and no registry Node", (file) => {
    const source = readFileSync(join(ROOT, file), "utf8");
    const found = [STARTS_TOOL, ...HELPERS].flatMap((pattern) => source.match(pattern)?.[0] ?? []);
    expect(found, `${file} needs more than Node: list it in test/tiers.ts (full tier) or split the test out`).toEqual(
      [],
    );
  });
});

describe("docs/testing.md", () => {
  it("lists exactly the full-tier files of test/tiers.ts, each with what it needs", () => {
    const page = readFileSync(join(ROOT, "docs", "testing.md"), "utf8");
    const table = /^\| full-tier file \| needs \|\n\| --- \| --- \|\n((?:\|.*\n)*)/m.exec(page);
    expect(table, "docs/testing.md has the table `| full-tier file | needs |`").not.toBeNull();
    const rows = [...table![1]!.matchAll(/^\| `([^`]+)` \| (.*\S) \|$/gm)].map((m) => [m[1]!, m[2]!] as const);
    expect(rows.length, "every row is | `test/<file>` | <needs> |").toBe(table![1]!.trim().split("\n").length);
    const listed = rows.map(([file]) => file);
    expect(
      listed.filter((file) => !FULL_FILES.includes(file)),
      "listed in docs/testing.md but not in test/tiers.ts",
    ).toEqual([]);
    expect(
      FULL_FILES.filter((file) => !listed.includes(file)),
      "in test/tiers.ts but missing from docs/testing.md",
    ).toEqual([]);
    expect(new Set(listed).size, "each file once").toBe(listed.length);
  });
});
