/**
 * The built command's caches (generators/runtime/): V8's compiled code of
 * the CommonJS libraries and Handlebars' precompiled templates, kept in the
 * build's folder. They may only make runs faster: the output is the same
 * bytes with and without them, with a damaged cache, on Node 22's built-in
 * cache, and after a template or library file changes under the same name.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./helpers.ts";
import { nodeBinary } from "./consumers/node-runtime.ts";
import { syntheticCatalog } from "../scripts/synthetic-catalog.ts";

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "coinone-cache-"));
  for (const part of ["generators", "scripts", "spec", "templates", "package.json"]) cpSync(join(ROOT, part), join(work, part), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(work, "node_modules"), "dir");
  expect(spawnSync(process.execPath, [join(work, "scripts", "run-built.mjs"), "--build"], { cwd: work }).status).toBe(0);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const buildFolder = () => join(work, "build", readdirSync(join(work, "build"))[0] as string);
const cacheFiles = () => readdirSync(buildFolder()).filter((name) => !name.endsWith(".mjs")).sort();

function generate(out: string, env: Record<string, string> = {}, extra: string[] = [], node = process.execPath) {
  const result = spawnSync(node, [join(work, "scripts", "run-built.mjs"), "generate", "--out", out, ...extra], { cwd: work, encoding: "utf8", env: { ...process.env, ...env } });
  expect([result.status, result.stderr]).toEqual([0, ""]);
}

/** Every file below `dir` with its bytes, the manifest without its inputs key. */
function tree(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(
    files.map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [path.slice(dir.length + 1), readFileSync(path, "latin1")];
    }),
  );
}

describe("the built command's caches", () => {
  it("are made on the first run, used on the next, and change no output byte", () => {
    const off = join(work, "out-off");
    generate(off, { COINONE_NO_COMPILE_CACHE: "1" });
    expect(cacheFiles()).toEqual([]);

    const first = join(work, "out-first");
    generate(first);
    expect(cacheFiles()).toEqual(["handlebars-templates.json", `v8-${process.versions.v8}-main.cache`]);
    const second = join(work, "out-second");
    generate(second);
    expect(tree(first)).toEqual(tree(off));
    expect(tree(second)).toEqual(tree(off));
  }, 300_000);

  it("a damaged cache is only a slower run", () => {
    for (const name of cacheFiles()) writeFileSync(join(buildFolder(), name), "not a cache\n{");
    const out = join(work, "out-damaged");
    generate(out);
    expect(tree(out)).toEqual(tree(join(work, "out-off")));
    // The next run wrote good caches again.
    expect(readFileSync(join(buildFolder(), "handlebars-templates.json"), "utf8")).toMatch(/^\{"[0-9a-f]{64}":/);
  }, 300_000);

  it("the TypeScript worker thread (a large catalog) keeps its own cache", () => {
    const spec = join(work, "large.yaml");
    writeFileSync(spec, syntheticCatalog(2500));
    expect(readFileSync(spec).length).toBeGreaterThan(1024 * 1024);
    generate(join(work, "out-large"), {}, ["--spec", spec]);
    expect(cacheFiles()).toContain(`v8-${process.versions.v8}-worker.cache`);
  }, 300_000);

  it("a changed template is compiled again, not taken from the cache", () => {
    mkdirSync(join(work, "tpl"), { recursive: true });
    const template = join(work, "tpl", "codes.txt.hbs");
    const targets = join(work, "tpl", "targets.yaml");
    writeFileSync(targets, "targets:\n  - name: codes\n    template: tpl/codes.txt.hbs\n    path: codes.txt\n");
    writeFileSync(template, "{{#each errors}}{{code}} {{/each}}\n");
    generate(join(work, "out-tpl-1"), {}, ["--targets", targets]);
    writeFileSync(template, "{{#each errors}}{{name}} {{/each}}\n");
    generate(join(work, "out-tpl-2"), {}, ["--targets", targets]);
    expect(readFileSync(join(work, "out-tpl-1", "codes.txt"), "utf8")).toMatch(/^4 8 10 11 12 /);
    expect(readFileSync(join(work, "out-tpl-2", "codes.txt"), "utf8")).toMatch(/^USER_BLOCKED REQUEST_TOKEN_REQUIRED /);
  }, 300_000);

  it("on Node 22 the built-in module.enableCompileCache serves the same run", () => {
    const node22 = nodeBinary(22);
    const out = join(work, "out-node22");
    generate(out, {}, [], node22);
    generate(join(work, "out-node22-again"), {}, [], node22);
    expect(existsSync(join(buildFolder(), "node"))).toBe(true);
    expect(tree(out)).toEqual(tree(join(work, "out-off")));
    expect(tree(join(work, "out-node22-again"))).toEqual(tree(out));
  }, 600_000);
});

describe("the Node 20 code cache for CommonJS files", () => {
  /** One process: cache in `cache`, require the fixture package, print its export and the cache's counts. */
  function load(cache: string, modules: string): { value: unknown; fromCache: number; compiled: number } {
    const cacheModule = pathToFileURL(join(buildFolder(), "compile-cache.mjs")).href;
    const script = [
      `const { enableCompileCache, compileCacheStats } = await import(${JSON.stringify(cacheModule)});`,
      `enableCompileCache(${JSON.stringify(cache)});`,
      `const { createRequire } = await import("node:module");`,
      `const value = createRequire(${JSON.stringify(join(modules, "x.js"))})("fixture");`,
      `console.log(JSON.stringify({ value, ...compileCacheStats() }));`,
    ].join("\n");
    const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    return JSON.parse(result.stdout) as { value: unknown; fromCache: number; compiled: number };
  }

  it.skipIf(process.versions.node.split(".")[0] !== "20")("serves a file from the cache only while its text is the same", () => {
    const base = mkdtempSync(join(tmpdir(), "coinone-v8cache-"));
    const modules = join(base, "node_modules");
    mkdirSync(join(modules, "fixture"), { recursive: true });
    const file = join(modules, "fixture", "index.js");
    writeFileSync(file, 'module.exports = { answer: "aaaa", twice: [1, 2].map((n) => n * 2) };\n');
    const cache = join(base, "cache");
    expect(load(cache, modules)).toEqual({ value: { answer: "aaaa", twice: [2, 4] }, fromCache: 0, compiled: 1 });
    expect(load(cache, modules)).toEqual({ value: { answer: "aaaa", twice: [2, 4] }, fromCache: 1, compiled: 0 });
    // Same name and length, other text: V8 alone would accept the old code (it checks the length).
    writeFileSync(file, 'module.exports = { answer: "bbbb", twice: [1, 2].map((n) => n * 2) };\n');
    expect(load(cache, modules)).toEqual({ value: { answer: "bbbb", twice: [2, 4] }, fromCache: 0, compiled: 1 });
    rmSync(base, { recursive: true, force: true });
  }, 120_000);
});
