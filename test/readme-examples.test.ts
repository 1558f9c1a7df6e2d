/**
 * Every TypeScript and JavaScript example in README.md, as a user would paste
 * it into a project that installed the packed tarball: each ```ts block is
 * type-checked (strict, NodeNext) in an ESM project, each ```js block (the
 * README's CommonJS forms) is type-checked with checkJs in a CommonJS project;
 * blocks that need no network are also run, and what they print is checked
 * against the comment beside it.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installTarball, linkDevDependency, packToScratch } from "./consumers/scratch.ts";
import { ROOT } from "./helpers.ts";

interface Block {
  readonly lang: "ts" | "js";
  readonly line: number;
  readonly code: string;
}

function readmeBlocks(): Block[] {
  const lines = readFileSync(join(ROOT, "README.md"), "utf8").split("\n");
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(ts|js)$/.exec(lines[i]!);
    if (!open) continue;
    const end = lines.indexOf("```", i + 1);
    // A block under a line naming a file ("`docs/examples/csv-plugin.mjs`:") is
    // that file verbatim; test/adding-a-target.test.ts checks and runs it.
    const caption = lines.slice(0, i).reverse().find((line) => line.trim() !== "") ?? "";
    if (/^`[^`]+\.[a-z]+`:$/.test(caption)) {
      i = end;
      continue;
    }
    blocks.push({ lang: open[1] as "ts" | "js", line: i + 1, code: `${lines.slice(i + 1, end).join("\n")}\n` });
    i = end;
  }
  return blocks;
}

const blocks = readmeBlocks();
const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");
const TSX = pathToFileURL(join(ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;
const DEPENDENCIES = ["i18next", "intl-messageformat"];
const COMMON = ["--noEmit", "--strict", "--module", "NodeNext", "--moduleResolution", "NodeNext", "--target", "ES2022", "--lib", "ES2022,DOM", "--resolveJsonModule", "--skipLibCheck"];
const projects = { esm: "", cjs: "" };
const fileOf = (block: Block) => `readme-${block.line}.${block.lang === "ts" ? "ts" : "cjs"}`;

beforeAll(() => {
  const scratch = packToScratch("coinone-readme-", "module");
  projects.esm = scratch.root;
  projects.cjs = join(dirname(scratch.root), "cjs");
  installTarball(projects.cjs, scratch.tarball, "commonjs");
  for (const project of Object.values(projects)) for (const dep of DEPENDENCIES) linkDevDependency(project, dep);
  for (const block of blocks) writeFileSync(join(block.lang === "ts" ? projects.esm : projects.cjs, fileOf(block)), block.code);
}, 300_000);
afterAll(() => rmSync(dirname(projects.esm), { recursive: true, force: true }));

/** The text a block's `console.log` line promises in its trailing comment, e.g. `// "올바르지 않은 가격입니다."`. */
const promised = (code: string) => [...code.matchAll(/console\.log\(.*\/\/ "([^"]+)"/g)].map((m) => m[1]);

it("finds the README's examples: ESM and CommonJS forms", () => {
  expect(blocks.filter((b) => b.lang === "ts").length).toBeGreaterThanOrEqual(3);
  expect(blocks.filter((b) => b.lang === "js").length).toBeGreaterThanOrEqual(3);
});

describe.each(blocks.map((b) => [`${b.lang} block at README.md:${b.line}`, b] as const))("%s", (_name, block) => {
  const project = () => (block.lang === "ts" ? projects.esm : projects.cjs);

  it(`type-checks in the ${block.lang === "ts" ? "ESM" : "CommonJS"} project`, () => {
    const args = block.lang === "ts" ? [TSC, ...COMMON, fileOf(block)] : [TSC, ...COMMON, "--allowJs", "--checkJs", fileOf(block)];
    const tsc = spawnSync(process.execPath, args, { cwd: project(), encoding: "utf8" });
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
  }, 600_000);

  it.runIf(!block.code.includes("fetch("))("runs and prints what its comments say", () => {
    const args = block.lang === "ts" ? ["--import", TSX, fileOf(block)] : [fileOf(block)];
    const run = spawnSync(process.execPath, args, { cwd: project(), encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" } });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split("\n").filter(Boolean)).toEqual(promised(block.code));
  }, 600_000);
});
