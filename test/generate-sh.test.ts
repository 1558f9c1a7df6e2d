/**
 * `npm run generate` runs scripts/generate.sh, which answers an up-to-date
 * `generate` or `--check` from the node fast path's stamp without starting
 * node (generators/output/stamp.ts). Checked in a scratch copy of the
 * project, with `node` on the PATH replaced by a wrapper that notes each
 * start: the shell answers alone only while nothing the stamp covers has
 * changed; after any change node runs, and its full run reports the change.
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ROOT } from "./helpers.ts";

let work: string;
let bin: string;
const starts = () => join(work, "node-starts");
const stamp = () => join(work, "build", "up-to-date.b2");

/** Runs `npm run generate [-- extra]` as npm runs it (sh scripts/generate.sh --package package.json ...), with the wrapped node. */
function generate(extra: string[] = [], options: { path?: string; script?: string } = {}) {
  rmSync(starts(), { force: true });
  const result = spawnSync("/bin/sh", [options.script ?? "scripts/generate.sh", "--package", "package.json", ...extra], {
    cwd: work,
    encoding: "utf8",
    env: { ...process.env, PATH: options.path ?? `${bin}:${process.env.PATH}`, NODE_OPTIONS: "" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, node: existsSync(starts()) };
}

const outputs = () => readFileSync(join(work, "dist", ".coinone-files"), "utf8").split("\n").filter((line) => /^[0-9a-f]{64} {2}/.test(line)).length + 1;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "coinone-sh-"));
  for (const part of ["generators", "scripts", "spec", "templates", "dist", "package.json"]) cpSync(join(ROOT, part), join(work, part), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(work, "node_modules"), "dir");
  bin = join(work, "bin");
  mkdirSync(bin);
  writeFileSync(join(bin, "node"), `#!/bin/sh\necho start >> ${JSON.stringify(starts())}\nexec ${JSON.stringify(process.execPath)} "$@"\n`);
  chmodSync(join(bin, "node"), 0o755);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeEach(() => {
  // A full run leaves dist/ up to date; the next run (node's fast path) writes the stamp.
  rmSync(join(work, "dist"), { recursive: true, force: true });
  rmSync(stamp(), { force: true });
  expect(generate().status).toBe(0);
  const viaNode = generate();
  expect([viaNode.status, viaNode.node, viaNode.stdout]).toEqual([0, true, `dist: wrote 0 files, ${outputs()} unchanged\n`]);
  expect(existsSync(stamp())).toBe(true);
}, 300_000);

describe("with nothing changed", () => {
  it("answers generate and --check without starting node, with node's messages", () => {
    expect(generate()).toEqual({ status: 0, stdout: `dist: wrote 0 files, ${outputs()} unchanged\n`, stderr: "", node: false });
    expect(generate(["--check"])).toEqual({ status: 0, stdout: `dist: all ${outputs()} generated files are up to date\n`, stderr: "", node: false });
  });

  it("stamps every file the decision read: sources, libraries, spec, package.json, outputs; and spec/package.json as absent", () => {
    const text = readFileSync(stamp(), "utf8");
    expect(text.split("\n")[0]).toMatch(new RegExp(`^# outputs ${outputs()} listing [0-9a-f]{128} absent spec/package.json$`));
    const paths = text.split("\n").slice(1, -1).map((line) => line.slice(130));
    expect(paths).toEqual([...paths].sort());
    for (const path of ["dist/.coinone-files", "dist/index.js", "generators/output/stamp.ts", "node_modules/yaml/package.json", "package.json", "scripts/run-built.mjs", "spec/errors.schema.json", "spec/errors.yaml", "spec/targets.yaml", "templates/markdown/reference.md.hbs"]) {
      expect(paths).toContain(path);
    }
  });

  it("leaves other arguments, another working folder and a machine without b2sum to node", () => {
    expect(generate(["--out", "dist"]).node).toBe(true);
    expect(generate(["--check", "--check"]).node).toBe(true);
    expect(generate(["--list"]).node).toBe(true);
    expect(generate([], { script: join(work, "scripts", "generate.sh") }).node).toBe(true);
    // A PATH with everything the script uses but b2sum.
    const tools = join(work, "tools");
    mkdirSync(tools, { recursive: true });
    for (const tool of ["find", "sort", "sed", "dirname"]) {
      const found = spawnSync("sh", ["-c", `command -v ${tool}`], { encoding: "utf8" }).stdout.trim();
      if (!existsSync(join(tools, tool))) symlinkSync(found, join(tools, tool));
    }
    const withoutB2sum = generate([], { path: `${bin}:${tools}` });
    expect([withoutB2sum.status, withoutB2sum.node]).toEqual([0, true]);
  });
});

describe("runs node, which reports, after", () => {
  it("a hand-edited, deleted or extra output file", () => {
    appendFileSync(join(work, "dist", "catalog.json"), " ");
    expect(generate(["--check"])).toMatchObject({ status: 1, node: true, stderr: expect.stringContaining("stale: dist/catalog.json\n") });
    expect(generate().node).toBe(true);
    unlinkSync(join(work, "dist", "i18n", "ko.json"));
    expect(generate(["--check"])).toMatchObject({ status: 1, node: true, stderr: expect.stringContaining("missing: dist/i18n/ko.json\n") });
    expect(generate().node).toBe(true);
    writeFileSync(join(work, "dist", "extra.txt"), "x");
    expect(generate(["--check"])).toMatchObject({ status: 1, node: true, stderr: expect.stringContaining("unknown (not generated, left alone): dist/extra.txt\n") });
  }, 120_000);

  it("a killed run's leftovers: a lock, or an empty staging folder", () => {
    writeFileSync(join(work, "dist", ".lock"), "");
    expect(generate(["--check"]).node).toBe(true);
    rmSync(join(work, "dist", ".lock"));
    mkdirSync(join(work, "dist", ".coinone-staging-1"));
    expect(generate(["--check"]).node).toBe(true);
  }, 120_000);

  it("a changed spec, targets file, template, schema or package.json", () => {
    for (const file of ["spec/errors.yaml", "spec/targets.yaml", "templates/markdown/reference.md.hbs", "spec/errors.schema.json", "package.json"]) {
      const path = join(work, file);
      const text = readFileSync(path, "utf8");
      appendFileSync(path, "\n");
      expect(generate(["--check"]).node, file).toBe(true);
      writeFileSync(path, text);
      // Restored: node's fast path answers again and writes a new stamp, then the shell answers.
      expect(generate(["--check"]).status, file).toBe(0);
      expect(generate(["--check"]).node, file).toBe(false);
    }
  }, 300_000);

  it("a file added to the generators or templates, a new schema, and a package.json in spec/", () => {
    for (const file of ["generators/extra.ts", "templates/extra.hbs", "spec/extra.schema.json", "spec/package.json"]) {
      writeFileSync(join(work, file), "{}\n");
      expect(generate(["--check"]).node, file).toBe(true);
      unlinkSync(join(work, file));
      expect(generate(["--check"]).node, file).toBe(false);
    }
  }, 300_000);

  it("a stamp it cannot read as its own", () => {
    const text = readFileSync(stamp(), "utf8");
    for (const broken of [text.replace(/^# outputs \d+/, "# outputs 4x"), text.replace(/^# outputs/, "# output"), text.replace(/^[0-9a-f]{128} {2}dist\/index\.js$/m, "corrupt  dist/index.js"), text.replace(/ listing [0-9a-f]{128} /, ` listing ${"0".repeat(128)} `), ""]) {
      writeFileSync(stamp(), broken);
      expect(generate(["--check"]).node).toBe(true);
    }
  }, 120_000);
});
