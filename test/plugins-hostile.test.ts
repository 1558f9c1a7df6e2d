/**
 * Plugins that misbehave, run as `npm run generate` runs them (a real
 * process): a promise that never settles, thrown values that cannot be
 * printed, results that cannot be read, promises rejected and left alone,
 * exceptions thrown from timers. Each is one located `plugin-...` diagnostic
 * naming the entry, exit 1 and nothing written; never exit 0, a hang or an
 * "internal error" with a stack. And TypeScript plugins, loaded through tsx.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkPluginOutput } from "../generators/targets-file/plugins.ts";
import { thrownText } from "../generators/targets-file/plugin-guard.ts";
import { loadTargets } from "../generators/targets-file/load-targets.ts";
import { formatDiagnostic } from "../generators/catalog/diagnostics.ts";
import { ROOT, runCli } from "./helpers.ts";

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "coinone-plugins-"));
  mkdirSync(join(work, "spec"));
  cpSync(join(ROOT, "spec", "errors.yaml"), join(work, "spec", "errors.yaml"));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

function generate(files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(work, path)), { recursive: true });
    writeFileSync(join(work, path), text);
  }
  const run = runCli([], work);
  // The first run after a source change builds the command first and says so.
  return {
    ...run,
    stderr: run.stderr.replace(/^note: the generators changed since the last build; .*\n/, "").replaceAll(work, "WORK"),
  };
}

/** A targets file with one plugin entry named `x`; `extra` lines go under it. */
const targets = (plugin: string, extra = "") => `targets:\n  - name: x\n    plugin: ${plugin}\n${extra}`;
const FAILED = "  hint: fix the plugin; it receives the catalog view documented in dist/catalog.schema.json\n";
const ESCAPED = "  hint: fix the plugin: await every promise it makes and catch what its callbacks throw\n";
const SHAPE = "  hint: the default export must return (or resolve to) an array of { path: string, content: string }\n";
const TIMEOUT =
  "  hint: the default export must return its files or settle its promise; give a slow plugin more time with " +
  "`timeout: SECONDS` on its entry\n";
const ONE = "spec/targets.yaml: 1 error in the targets; nothing was written\n";

describe.each([
  [
    "a promise that never settles, with `timeout: 0.5`",
    "p.mjs",
    "export default () => new Promise(() => {});\n",
    "    timeout: 0.5\n",
    `spec/targets.yaml:3:13 error plugin-timeout: plugin "x" (p.mjs) did not finish within 0.5 s\n${TIMEOUT}${ONE}`,
  ],
  [
    "a module whose top-level await never settles",
    "p.mjs",
    "await new Promise(() => {});\nexport default () => [];\n",
    "    timeout: 0.5\n",
    `spec/targets.yaml:3:13 error plugin-timeout: plugin "x" (p.mjs) did not finish within 0.5 s\n${TIMEOUT}${ONE}`,
  ],
  [
    "throwing Object.create(null)",
    "p.mjs",
    "export default () => { throw Object.create(null); };\n",
    "",
    `spec/targets.yaml:3:13 error plugin-failed: plugin "x" (p.mjs) threw [Object: null prototype] {}\n${FAILED}${ONE}`,
  ],
  [
    "throwing an object whose toString throws",
    "p.mjs",
    "export default () => { throw { toString() { throw new Error('no'); } }; };\n",
    "",
    `spec/targets.yaml:3:13 error plugin-failed: plugin "x" (p.mjs) threw { toString: [Function: toString] ` +
      `}\n${FAILED}${ONE}`,
  ],
  [
    "throwing an Error whose message getter throws",
    "p.mjs",
    "export default () => { const e = new Error('x'); Object.defineProperty(e, 'message', { get() { throw e; } " +
      "}); throw e; };\n",
    "",
    /^spec\/targets\.yaml:3:13 error plugin-failed: plugin "x" \(p\.mjs\) threw .+\n  hint: fix the plugin/,
  ],
  [
    "returning a sparse array",
    "p.mjs",
    "export default () => { const a = []; a[2] = { path: 'x', content: 'y' }; return a; };\n",
    "",
    `spec/targets.yaml:3:13 error plugin-bad-output: plugin "x" (p.mjs) item 0 is missing: the array has a hole ` +
      `there\n${SHAPE}${ONE}`,
  ],
  [
    "returning an array of length 2**32 - 1",
    "p.mjs",
    "export default () => new Array(2 ** 32 - 1);\n",
    "",
    `spec/targets.yaml:3:13 error plugin-bad-output: plugin "x" (p.mjs) item 0 is missing: the array has a hole ` +
      `there\n${SHAPE}${ONE}`,
  ],
  [
    "returning an object with a throwing getter",
    "p.mjs",
    "export default () => [{ get path() { throw new Error('getter'); }, content: 'y' }];\n",
    "",
    `spec/targets.yaml:3:13 error plugin-bad-output: plugin "x" (p.mjs) item 0's path could not be read: it threw ` +
      `getter\n${SHAPE}${ONE}`,
  ],
  [
    "returning a Proxy whose length throws",
    "p.mjs",
    "export default () => new Proxy([], { get(t, k) { if (k === 'length') throw new Error('no length'); return " +
      "t[k]; } });\n",
    "",
    `spec/targets.yaml:3:13 error plugin-bad-output: plugin "x" (p.mjs) the result's length could not be read: it ` +
      `threw no length\n${SHAPE}${ONE}`,
  ],
  [
    "leaving a rejected promise unhandled",
    "p.mjs",
    "export default () => { Promise.reject(new Error('lost')); return [{ path: 'a.txt', content: 'a' }]; };\n",
    "",
    `spec/targets.yaml:3:13 error plugin-failed: plugin "x" (p.mjs) left a promise rejected with nothing to handle ` +
      `it: lost\n${ESCAPED}${ONE}`,
  ],
  [
    "leaving a rejected promise unhandled while it waits",
    "p.mjs",
    "export default async () => { Promise.reject(new TypeError('lost')); await new Promise((r) => setTimeout(r, " +
      "50)); return []; };\n",
    "",
    `spec/targets.yaml:3:13 error plugin-failed: plugin "x" (p.mjs) left a promise rejected with nothing to handle ` +
      `it: TypeError: lost\n${ESCAPED}${ONE}`,
  ],
  [
    "throwing from a timer",
    "p.mjs",
    "export default () => new Promise((resolve) => { setTimeout(() => { throw new RangeError('late'); }, 10); " +
      "setTimeout(() => resolve([]), 200); });\n",
    "",
    `spec/targets.yaml:3:13 error plugin-failed: plugin "x" (p.mjs) threw RangeError: late outside its call (in a ` +
      `callback or timer)\n${ESCAPED}${ONE}`,
  ],
  [
    "a TypeScript module that does not compile",
    "p.ts",
    "export default (): string[] => { const x: number = ; return []; };\n",
    "",
    `spec/targets.yaml:3:13 error plugin-load-failed: plugin "x" (p.ts) cannot load the module: TransformError: ` +
      `Transform failed with 1 error: WORK/p.ts:1:51: ERROR: Unexpected ";"\n  hint: check the \`plugin:\` path ` +
      `(relative to the folder the command runs in) and the module's syntax\n${ONE}`,
  ],
] as const)("a plugin %s", (_name, file, module, extra, want) => {
  it("is one located diagnostic naming the entry, exit 1, nothing written", () => {
    const run = generate({ "spec/targets.yaml": targets(file, extra), [file]: module });
    if (typeof want === "string") expect(run.stderr).toBe(want);
    else expect(run.stderr).toMatch(want);
    expect(run.stderr).not.toContain("internal error");
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(existsSync(join(work, "dist"))).toBe(false);
  });
});

describe("TypeScript plugins", () => {
  const plugin = [
    'import type { Files } from "./types.ts";',
    'import { render } from "./render.ts";',
    "export default (catalog: { errors: { code: string }[] }, options: { prefix?: string }): Files =>",
    '  [{ path: "codes.txt", content: render(catalog.errors.map((e) => e.code), options.prefix ?? "") }];',
    "",
  ].join("\n");
  const helpers = {
    "types.ts": "export type Files = { path: string; content: string }[];\n",
    "render.ts":
      "export function render(codes: readonly string[], prefix: string): string {\n  return codes.map((code) => " +
      '`${prefix}${code}\\n`).join("");\n}\n',
  };
  const codes = (prefix: string) =>
    readFileSync(join(ROOT, "spec", "errors.yaml"), "utf8")
      .split("\n")
      .flatMap((line) => /^ {2}- code: "(.*)"$/.exec(line)?.[1] ?? [])
      .map((code) => `${prefix}${code}\n`)
      .join("");

  it.each([
    ["outside any package (tsx reads it as CommonJS)", "plugins/", {}],
    ['in a "type": "module" package', "esm/", { "esm/package.json": '{ "type": "module" }\n' }],
  ])("a .ts plugin that imports other .ts files runs, %s", (_name, folder, extra) => {
    const files: Record<string, string> = { ...extra, [`${folder}plugin.ts`]: plugin };
    for (const [name, text] of Object.entries(helpers)) files[`${folder}${name}`] = text;
    const run = generate({
      ...files,
      "spec/targets.yaml": targets(`${folder}plugin.ts`, "    options: { prefix: E }\n"),
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(readFileSync(join(work, "dist", "codes.txt"), "utf8")).toBe(codes("E"));
  });
});

describe("timeout", () => {
  it("is an option of plugin entries: 60 s by default, from 0.1 to 3600", () => {
    const load = (extra: string) => loadTargets(targets("p.mjs", extra), "spec/targets.yaml");
    expect(load("").entries?.[0]).toMatchObject({ kind: "plugin", timeout: 60 });
    expect(load("    timeout: 1.5\n").entries?.[0]).toMatchObject({ kind: "plugin", timeout: 1.5 });
    const hint =
      "  hint: Seconds (0.1 to 3600) the plugin may take to load and return (or resolve) its files; 60 when " +
      "absent. A plugin still running then fails the run with `plugin-timeout`.";
    expect(load("    timeout: 0\n").diagnostics.map(formatDiagnostic)).toEqual([
      `spec/targets.yaml:4:14 error out-of-range: targets[0].timeout 0 must be >= 0.1\n${hint}`,
    ]);
    expect(load("    timeout: 3601\n").diagnostics.map(formatDiagnostic)).toEqual([
      `spec/targets.yaml:4:14 error out-of-range: targets[0].timeout 3601 must be <= 3600\n${hint}`,
    ]);
    expect(load('    timeout: "5"\n').diagnostics.map((d) => d.rule)).toEqual(["wrong-type"]);
    expect(
      loadTargets("targets:\n  - builtin: i18n\n    timeout: 5\n", "spec/targets.yaml").diagnostics.map((d) => d.rule),
    ).toEqual(["unknown-property"]);
  });

  it("a plugin that finishes within its time is not held back by the limit's timer", () => {
    const started = Date.now();
    const run = generate({
      "spec/targets.yaml": targets("p.mjs", "    timeout: 30\n"),
      "p.mjs": "export default async () => [{ path: 'a.txt', content: 'a' }];\n",
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(readFileSync(join(work, "dist", "a.txt"), "utf8")).toBe("a");
  });
});

describe("checkPluginOutput and thrownText never throw anything but a PluginError", () => {
  const revoked = Proxy.revocable([], {});
  revoked.revoke();
  it.each([
    [
      "a revoked Proxy",
      revoked.proxy,
      "the result could not be read: it threw TypeError: Cannot perform 'IsArray' on a proxy that has been revoked",
    ],
    [
      "an item that is a revoked Proxy",
      [
        (() => {
          const p = Proxy.revocable({}, {});
          p.revoke();
          return p.proxy;
        })(),
      ],
      "item 0 could not be read: it threw TypeError: Cannot perform 'IsArray' on a proxy that has been revoked",
    ],
    [
      "an item whose keys cannot be listed",
      [
        new Proxy(
          { path: "a", content: "b" },
          {
            ownKeys() {
              throw new Error("no keys");
            },
          },
        ),
      ],
      "item 0's keys could not be read: it threw no keys",
    ],
    [
      "a hole after good items",
      [{ path: "a", content: "b" }, , { path: "c", content: "d" }],
      "item 1 is missing: the array has a hole there",
    ],
  ])("%s", (_name, result, message) => {
    expect(() => checkPluginOutput(result)).toThrow(message);
  });

  it("reads each value once, so what is checked is what is kept", () => {
    let reads = 0;
    const item = {
      get path() {
        reads++;
        return reads === 1 ? "a.txt" : 42;
      },
      content: "x",
    };
    expect(checkPluginOutput([item])).toEqual([{ path: "a.txt", content: "x" }]);
  });

  it.each([
    ["an Error", new TypeError("bad\nsecond line"), "TypeError: bad"],
    ["a string", "kaput", "kaput"],
    ["a number", 42, "42"],
    ["Object.create(null)", Object.create(null), "[Object: null prototype] {}"],
    ["a symbol", Symbol("s"), "Symbol(s)"],
    ["undefined", undefined, "undefined"],
  ])("thrownText of %s", (_name, value, text) => {
    expect(thrownText(value)).toBe(text);
  });
});
