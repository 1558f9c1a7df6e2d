/**
 * Every TypeScript and JavaScript example of the documentation (README.md,
 * docs/consumers/typescript.md and i18n.md), as a user would paste it into a
 * project that installed the packed tarball: each ```ts block is type-checked
 * (strict, NodeNext) in an ESM project, each ```js block (the CommonJS forms)
 * is type-checked with checkJs in a CommonJS project;
 * blocks that need no network are also run, and what they print is checked
 * against the comment beside it.
 */
import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installTarball, linkDevDependency, packToScratch } from "./consumers/scratch.ts";
import { docBlocks } from "./doc-blocks.ts";
import type { DocBlock } from "./doc-blocks.ts";
import { ROOT } from "./helpers.ts";

/**
 * The blocks this test runs; test/docs-blocks.test.ts checks that every ```ts
 * and ```js block of the documentation is one of them. Blocks that show a
 * file verbatim (```js file=...) are test/adding-a-target.test.ts's.
 */
const blocks: DocBlock[] = [
  ...docBlocks("README.md", "ts"),
  ...docBlocks("docs/consumers/typescript.md", "ts"),
  ...docBlocks("docs/consumers/typescript.md", "js"),
  ...docBlocks("docs/consumers/i18n.md", "ts"),
  ...docBlocks("docs/consumers/i18n.md", "js"),
];
const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");
const TSX = pathToFileURL(join(ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;
const DEPENDENCIES = ["i18next", "intl-messageformat"];
const COMMON = [
  "--noEmit",
  "--strict",
  "--module",
  "NodeNext",
  "--moduleResolution",
  "NodeNext",
  "--target",
  "ES2022",
  "--lib",
  "ES2022,DOM",
  "--resolveJsonModule",
  "--skipLibCheck",
];
const projects = { esm: "", cjs: "" };
const isTs = (block: DocBlock) => block.info === "ts";
const fileOf = (block: DocBlock) => `${block.file.replace(/\W+/g, "-")}-${block.line}.${isTs(block) ? "ts" : "cjs"}`;

beforeAll(() => {
  const scratch = packToScratch("coinone-readme-", "module");
  projects.esm = scratch.root;
  projects.cjs = join(dirname(scratch.root), "cjs");
  installTarball(projects.cjs, scratch.tarball, "commonjs");
  for (const project of Object.values(projects)) for (const dep of DEPENDENCIES) linkDevDependency(project, dep);
  for (const block of blocks) writeFileSync(join(isTs(block) ? projects.esm : projects.cjs, fileOf(block)), block.code);
}, 300_000);
afterAll(() => rmSync(dirname(projects.esm), { recursive: true, force: true }));

/** The text a block's `console.log` line promises in its trailing comment, e.g. `// "올바르지 않은 가격입니다."`. */
const promised = (code: string) => [...code.matchAll(/console\.log\(.*\/\/ "([^"]+)"/g)].map((m) => m[1]);

describe.each(blocks.map((b) => [`${b.info} block at ${b.file}:${b.line}`, b] as const))("%s", (_name, block) => {
  const project = () => (isTs(block) ? projects.esm : projects.cjs);

  it(`type-checks in the ${isTs(block) ? "ESM" : "CommonJS"} project`, () => {
    const args = isTs(block)
      ? [TSC, ...COMMON, fileOf(block)]
      : [TSC, ...COMMON, "--allowJs", "--checkJs", fileOf(block)];
    const tsc = spawnSync(process.execPath, args, { cwd: project(), encoding: "utf8" });
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
  }, 600_000);

  it.runIf(!block.code.includes("fetch("))(
    "runs and prints what its comments say",
    () => {
      const args = isTs(block) ? ["--import", TSX, fileOf(block)] : [fileOf(block)];
      const run = spawnSync(process.execPath, args, {
        cwd: project(),
        encoding: "utf8",
        env: { ...process.env, NODE_OPTIONS: "" },
      });
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      expect(run.stdout.trim().split("\n").filter(Boolean)).toEqual(promised(block.code));
    },
    600_000,
  );
});
