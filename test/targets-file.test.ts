/**
 * spec/targets.yaml: the committed file (and no file at all) give exactly the
 * committed dist/; invalid targets files, templates and plugins give exact
 * located diagnostics, exit 1 and write nothing; --only and --list.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import schema from "../spec/targets.schema.json" with { type: "json" };
import { main } from "../generators/commands/generate.ts";
import { BUILTIN_TARGETS } from "../generators/targets/builtins.ts";
import { TEMPLATE_VIEWS } from "../generators/targets/views.ts";
import { defaultEntries, loadTargets } from "../generators/targets-file/load-targets.ts";
import { runTargets } from "../generators/targets-file/run-targets.ts";
import type { OutputFile } from "../generators/output/files.ts";
import { listFiles, loadFile, ROOT, runCli } from "./helpers.ts";

const catalog = loadFile(join(ROOT, "spec", "errors.yaml"));
/** The files the entries write: the writer's own record of them (.coinone-files) is no entry's output. */
const artifacts = (dir: string) => listFiles(dir).filter((path) => path !== ".coinone-files");
const DIST = artifacts(join(ROOT, "dist"));

describe("the committed targets file", () => {
  it("and the built-in defaults both give exactly the committed dist/, byte for byte", async () => {
    const { entries, diagnostics } = loadTargets(
      readFileSync(join(ROOT, "spec", "targets.yaml"), "utf8"),
      "spec/targets.yaml",
    );
    expect(diagnostics).toEqual([]);
    for (const list of [entries!, defaultEntries()]) {
      const result = await runTargets(catalog, list, { cwd: ROOT, file: "spec/targets.yaml" });
      expect(result.diagnostics).toEqual([]);
      expect(result.files.map((f) => f.path)).toEqual(DIST);
      for (const file of result.files)
        expect(file.content, file.path).toBe(readFileSync(join(ROOT, "dist", file.path), "utf8"));
    }
  });

  it("spec/targets.schema.json knows exactly the built-in targets, and the options of each", () => {
    expect(schema.$defs.builtinName.enum).toEqual(Object.keys(BUILTIN_TARGETS));
    const covered = schema.$defs.builtinEntry.allOf.flatMap((rule) => {
      const builtin = rule.if.properties.builtin as { const?: string; enum?: string[] };
      return builtin.enum ?? [builtin.const];
    });
    expect([...covered].sort()).toEqual(Object.keys(BUILTIN_TARGETS).sort());
    for (const [name, target] of Object.entries(BUILTIN_TARGETS)) {
      if (target.options) expect(schema.$defs, name).toHaveProperty(target.options);
    }
    expect(schema.$defs.templateEntry.properties.view.enum).toEqual(Object.keys(TEMPLATE_VIEWS));
  });

  it("has a description on every property of its schema", () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (node === null || typeof node !== "object") return;
      const record = node as Record<string, unknown>;
      for (const [key, value] of Object.entries((record.properties ?? {}) as Record<string, Record<string, unknown>>)) {
        if (typeof value.description !== "string") missing.push(`${path}.${key}`);
      }
      for (const [key, value] of Object.entries(record)) walk(value, `${path}/${key}`);
    };
    walk(schema, "#");
    expect(missing).toEqual([]);
  });
});

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "coinone-targets-"));
  mkdirSync(join(work, "spec"));
  cpSync(join(ROOT, "spec", "errors.yaml"), join(work, "spec", "errors.yaml"));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

async function generate(files: Record<string, string>, args: string[] = []) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(work, path)), { recursive: true });
    writeFileSync(join(work, path), text);
  }
  let stdout = "";
  let stderr = "";
  const status = await main(args, { cwd: work, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { status, stdout, stderr };
}

const KT = "targets:\n  - name: kt\n    template: t/x.hbs\n    path: x.kt\n";
// The hint lists the built-ins in the schema's order (checked above to equal builtins.ts).
const BUILTINS = schema.$defs.builtinName.enum.join(", ");

describe.each<[string, Record<string, string>, string]>([
  [
    "unknown target, as a name and as `builtin:`",
    { "spec/targets.yaml": "targets:\n  - catalog-json\n  - typscript\n  - builtin: opnapi\n" },
    `spec/targets.yaml:3:5 error unknown-target: unknown target "typscript"\n  hint: did you mean typescript? ` +
      `built-in targets: ${BUILTINS}; for your own output use \`template:\` or \`plugin:\`\n` +
      `spec/targets.yaml:4:14 error unknown-target: unknown target "opnapi"\n  hint: did you mean openapi? built-in ` +
      `targets: ${BUILTINS}; for your own output use \`template:\` or \`plugin:\`\n` +
      "spec/targets.yaml: 2 errors; nothing was written\n",
  ],
  [
    "unknown helper",
    { "spec/targets.yaml": KT, "t/x.hbs": "{{pascal name}}\n  {{kotlinStrin name}}\n" },
    't/x.hbs:2:3 error unknown-helper: unknown helper "kotlinStrin"\n  hint: did you mean kotlinString? the ' +
      'helpers are listed in README.md, "Adding a target" (entry "kt" of spec/targets.yaml)\n' +
      "spec/targets.yaml: 1 error in the targets; nothing was written\n",
  ],
  [
    "unknown field in strict mode",
    { "spec/targets.yaml": KT, "t/x.hbs": "{{#each errors}}\n{{code}} {{nmae}}\n{{/each}}\n" },
    't/x.hbs:2:12 error unknown-field: field "nmae" is not defined here\n  hint: the fields are documented in ' +
      'dist/catalog.schema.json; inside #each, reach the outer object with ../ (entry "kt" of spec/targets.yaml)\n' +
      "spec/targets.yaml: 1 error in the targets; nothing was written\n",
  ],
  [
    "unknown field given to a helper",
    { "spec/targets.yaml": KT, "t/x.hbs": "{{#each errors}}\n  {{kotlinString mesage}}\n{{/each}}\n" },
    't/x.hbs:2:3 error helper-argument: helper "kotlinString" argument 1 is undefined (a misspelt or missing ' +
      "field?); it takes text\n  hint: pass a field that exists and holds text; the fields are documented in " +
      'dist/catalog.schema.json (entry "kt" of spec/targets.yaml)\n' +
      "spec/targets.yaml: 1 error in the targets; nothing was written\n",
  ],
  [
    "template that does not compile",
    { "spec/targets.yaml": KT, "t/x.hbs": "line one\n{{#each errors}}\n  {{code}\n{{/each}}\n" },
    "t/x.hbs:3:9 error template-syntax: syntax error (Handlebars found INVALID)\n  hint: check that every {{ has " +
      'its }} and every {{#block}} its {{/block}} (entry "kt" of spec/targets.yaml)\n' +
      "spec/targets.yaml: 1 error in the targets; nothing was written\n",
  ],
  [
    "template paths escaping --out",
    {
      "spec/targets.yaml":
        "targets:\n  - name: up\n    template: t/x.hbs\n    path: ../outside.txt\n  - name: abs\n    template: " +
        "t/x.hbs\n    path: /tmp/x.txt\n",
      "t/x.hbs": "x\n",
    },
    'spec/targets.yaml:4:11 error path-outside-out: output path "../outside.txt" holds `..`: it would be written ' +
      "outside --out\n  hint: write a relative path inside --out, such as `kotlin/ErrorCode.kt`\n" +
      'spec/targets.yaml:7:11 error path-outside-out: output path "/tmp/x.txt" is absolute: it would be written ' +
      "outside --out\n  hint: write a relative path inside --out, such as `kotlin/ErrorCode.kt`\n" +
      "spec/targets.yaml: 2 errors; nothing was written\n",
  ],
  [
    "two entries on one path (case-insensitively)",
    {
      "spec/targets.yaml":
        "targets:\n  - catalog-json\n  - name: mine\n    template: t/x.hbs\n    path: Catalog.json\n",
      "t/x.hbs": "x\n",
    },
    'spec/targets.yaml:4:15 error duplicate-output: entry "mine" writes "Catalog.json", which entry ' +
      '"catalog-json" (2:5) already writes as "catalog.json"\n  hint: give each output its own path; paths that ' +
      "differ only in case count as the same\n" +
      "spec/targets.yaml: 1 error in the targets; nothing was written\n",
  ],
  [
    "plugin that throws",
    {
      "spec/targets.yaml": "targets:\n  - name: boom\n    plugin: p/boom.mjs\n",
      "p/boom.mjs": "export default () => { throw new TypeError('no rows'); };\n",
    },
    'spec/targets.yaml:3:13 error plugin-failed: plugin "boom" (p/boom.mjs) threw TypeError: no rows\n  hint: ' +
      "fix the plugin; it receives the catalog view documented in dist/catalog.schema.json\n" +
      "spec/targets.yaml: 1 error in the targets; nothing was written\n",
  ],
  [
    "plugins returning bad data and a path outside --out",
    {
      "spec/targets.yaml":
        "targets:\n  - name: bad\n    plugin: p/bad.mjs\n  - name: escape\n    plugin: p/esc.mjs\n  - name: " +
        "nothing\n    plugin: p/none.mjs\n",
      "p/bad.mjs": "export default async () => [{ path: 'a.txt', content: 'x' }, { path: 'b.txt' }];\n",
      "p/esc.mjs": "export default () => [{ path: '../../etc/passwd', content: 'x' }];\n",
      "p/none.mjs": "export default () => ({ path: 'a', content: 'b' });\n",
    },
    'spec/targets.yaml:3:13 error plugin-bad-output: plugin "bad" (p/bad.mjs) item 1 ("b.txt") has undefined as ' +
      "its content, not a string\n  hint: the default export must return (or resolve to) an array of { path: " +
      "string, content: string }\n" +
      'spec/targets.yaml:5:13 error path-outside-out: entry "escape" writes "../../etc/passwd", which holds ' +
      "`..`: it would be written outside --out\n  hint: every output path must be relative and inside --out\n" +
      'spec/targets.yaml:7:13 error plugin-bad-output: plugin "nothing" (p/none.mjs) returned an object, not an ' +
      "array of files\n  hint: the default export must return (or resolve to) an array of { path: string, " +
      "content: string }\n" +
      "spec/targets.yaml: 3 errors in the targets; nothing was written\n",
  ],
  [
    "plugin module that is not a function, or missing",
    {
      "spec/targets.yaml":
        "targets:\n  - name: value\n    plugin: p/value.mjs\n  - name: gone\n    plugin: p/gone.mjs\n",
      "p/value.mjs": "export default 42;\n",
    },
    'spec/targets.yaml:3:13 error plugin-not-a-function: plugin "value" (p/value.mjs) the module\'s default ' +
      "export is a number, not a function\n  hint: export a function: export default function (catalog, options) { " +
      "return [{ path, content }]; }\n" +
      'spec/targets.yaml:5:13 error plugin-load-failed: plugin "gone" (p/gone.mjs) cannot load the module: no ' +
      "such file\n  hint: the `plugin:` path is relative to the folder the command runs in\n" +
      "spec/targets.yaml: 2 errors in the targets; nothing was written\n",
  ],
  [
    "entries of no kind, duplicate names, each without a placeholder, bad options",
    { "spec/targets.yaml": 'targets:\n  - nme: x\n  - builtin: openapi\n    options: { versions: ["3.2"] }\n' },
    "spec/targets.yaml:2:5 error unknown-entry: targets[0] has none of builtin, template, plugin\n  hint: start " +
      "the entry with `builtin: NAME`, `template: FILE` or `plugin: FILE`\n" +
      'spec/targets.yaml:4:27 error invalid-value: targets[1].options.versions[0] "3.2" is not one of: 3.1, ' +
      "3.0\n  hint: pick one of the listed values\n" +
      "spec/targets.yaml: 2 errors; nothing was written\n",
  ],
  [
    "duplicate names, each without its placeholder, a view that needs each",
    {
      "spec/targets.yaml":
        "targets:\n  - i18n\n  - builtin: i18n\n  - name: per\n    template: t/x.hbs\n    path: docs/x.md\n    " +
        "each: locale\n  - name: md\n    template: t/x.hbs\n    path: docs/{category}.md\n    view: " +
        "markdown-reference\n",
      "t/x.hbs": "x\n",
    },
    'spec/targets.yaml:3:5 error duplicate-name: entry name "i18n" is already used at 2:5\n  hint: give each ' +
      "entry its own `name:` (built-ins are named after the target)\n" +
      'spec/targets.yaml:6:11 error path-without-placeholder: entry "per" writes one file per locale, but its ' +
      "path has no {locale}\n  hint: put {locale} in the path, e.g. docs/errors.{locale}.md, so each locale gets " +
      "its own file\n" +
      'spec/targets.yaml:10:11 error placeholder-without-each: path "docs/{category}.md" uses {category}, but ' +
      "the entry has no `each: category`\n  hint: add `each: category` or remove {category} from the path\n" +
      'spec/targets.yaml:11:11 error view-needs-each: view "markdown-reference" renders one locale at a time\n  ' +
      "hint: add `each: locale` to the entry\n" +
      "spec/targets.yaml: 4 errors; nothing was written\n",
  ],
  [
    "an empty targets file",
    { "spec/targets.yaml": "# nothing\n" },
    "spec/targets.yaml:1:1 error empty-targets: the targets file is empty\n  hint: list the outputs under " +
      '`targets:`; see README.md, "Adding a target"\n' +
      "spec/targets.yaml: 1 error; nothing was written\n",
  ],
  [
    "a misspelt `targets:` key",
    { "spec/targets.yaml": "target:\n  - i18n\n" },
    'spec/targets.yaml:1:1 error unknown-property: unknown property "target" in the targets file\n  hint: did ' +
      "you mean targets? allowed here: targets; check the spelling\n" +
      "spec/targets.yaml: 1 error; nothing was written\n",
  ],
  [
    "`locale` used in a template written per category",
    {
      "spec/targets.yaml":
        "targets:\n  - name: c\n    template: t.hbs\n    each: category\n    path: c/{category}.txt\n",
      "t.hbs": "{{category.names.pascal}} {{locale}}\n",
    },
    't.hbs:1:29 error unknown-field: field "locale" is not defined here\n  hint: the fields are documented in ' +
      'dist/catalog.schema.json; inside #each, reach the outer object with ../ (entry "c" of spec/targets.yaml)\n' +
      "spec/targets.yaml: 1 error in the targets; nothing was written\n",
  ],
  [
    "a locale the catalog does not declare",
    { "spec/targets.yaml": "targets:\n  - builtin: i18n\n    options: { locales: [en, fr] }\n" },
    "spec/targets.yaml:3:14 error unknown-locale: i18n options name locales the catalog does not declare: fr\n  " +
      "hint: the catalog's locales: en, ko\n" +
      "spec/targets.yaml: 1 error in the targets; nothing was written\n",
  ],
])("invalid: %s", (_name, files, want) => {
  it("prints exactly these diagnostics, exits 1 and writes nothing", async () => {
    const run = await generate(files);
    expect(run.stderr.replaceAll(work, "WORK").replaceAll(ROOT, "ROOT")).toBe(want);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(existsSync(join(work, "dist"))).toBe(false);
  });

  it("a plugin module with a syntax error is located at its entry (the loader words the reason)", async () => {
    const run = await generate({
      "spec/targets.yaml": "targets:\n  - name: broken\n    plugin: broken.mjs\n",
      "broken.mjs": "export default (\n",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^spec\/targets\.yaml:3:13 error plugin-load-failed: plugin "broken" \(broken\.mjs\) cannot load the module: .+\n  hint: check the `plugin:` path/,
    );
  });
});

describe("command line", () => {
  const files = {
    "spec/targets.yaml":
      "targets:\n  - i18n\n  - name: per-category\n    template: t/c.hbs\n    each: category\n    path: " +
      "categories/{category}.txt\n",
    "t/c.hbs": "{{category.id}}: {{#each category.errors}}{{code}} {{/each}}\n",
  };

  it("the i18n target writes a pseudo-locale bundle only when its options name one", async () => {
    const run = await generate({
      "spec/targets.yaml": "targets:\n  - builtin: i18n\n    options: { pseudoLocale: en-XA }\n",
    });
    expect(run.status).toBe(0);
    expect(artifacts(join(work, "dist"))).toEqual(["i18n/en-XA.json", "i18n/en.json", "i18n/ko.json"]);
    const pseudo = JSON.parse(readFileSync(join(work, "dist", "i18n", "en-XA.json"), "utf8"));
    const english = JSON.parse(readFileSync(join(work, "dist", "i18n", "en.json"), "utf8"));
    expect(Object.keys(pseudo)).toEqual(Object.keys(english));
    for (const [code, text] of Object.entries<string>(pseudo)) {
      expect(text).toMatch(/^\[[^A-Za-z]*\]$/u);
      expect(text.length).toBeGreaterThan(english[code].length);
    }
    const wrong = await generate({
      "spec/targets.yaml": "targets:\n  - builtin: i18n\n    options: { pseudoLocale: ko }\n",
    });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain("pseudoLocale");
    const spec = readFileSync(join(work, "spec", "errors.yaml"), "utf8").replace(
      /^  locales: \[en, ko\]$/m,
      "  locales: [en, ko, en-XA]",
    );
    const taken = await generate({
      "spec/errors.yaml": spec,
      "spec/targets.yaml": "targets:\n  - builtin: i18n\n    options: { pseudoLocale: en-xa }\n",
    });
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain(
      'error pseudo-locale-taken: i18n option pseudoLocale "en-xa" is one of the catalog\'s locales',
    );
  });

  it("--list prints every entry and the files it writes, and writes nothing", async () => {
    const run = await generate(files, ["--list"]);
    expect(run.status).toBe(0);
    const categories = catalog.categories
      .map((c) => `  dist/categories/${c.id}.txt\n`)
      .sort()
      .join("");
    expect(run.stdout).toBe(
      `i18n (built-in i18n)\n  dist/i18n/en.json\n  dist/i18n/ko.json\nper-category (template t/c.hbs, each ` +
        `category)\n${categories}`,
    );
    expect(existsSync(join(work, "dist"))).toBe(false);
  });

  it(
    "--only runs the named entries; each: category writes " + "one file per category; --check covers template outputs",
    async () => {
      const run = await generate(files, ["--only", "per-category"]);
      expect(run.status).toBe(0);
      expect(artifacts(join(work, "dist"))).toEqual(catalog.categories.map((c) => `categories/${c.id}.txt`).sort());
      const order = catalog.errors.filter((e) => e.category === "order").map((e) => e.code);
      expect(readFileSync(join(work, "dist", "categories", "order.txt"), "utf8")).toBe(
        `order: ${order.map((c) => `${c} `).join("")}\n`,
      );
      expect((await generate({}, ["--check", "--only", "per-category"])).status).toBe(0);
      writeFileSync(join(work, "t", "c.hbs"), "changed {{category.id}}\n");
      const stale = await generate({}, ["--check"]);
      expect(stale.status).toBe(1);
      expect(stale.stderr).toContain("stale: dist/categories/order.txt\n");
      expect(stale.stderr).toContain("missing: dist/i18n/en.json\n");
    },
  );

  it(
    "--only writes just the named entries and never removes or rewrites " +
      "another owned file; --check --only checks just those",
    async () => {
      expect((await generate(files)).status).toBe(0);
      const before = Object.fromEntries(
        artifacts(join(work, "dist")).map((path) => [path, readFileSync(join(work, "dist", path), "utf8")]),
      );
      writeFileSync(join(work, "t", "c.hbs"), "changed {{category.id}}\n");
      const only = await generate({}, ["--only", "i18n"]);
      expect(only.status, only.stderr).toBe(0);
      expect(only.stdout).not.toContain("removed");
      // The category files are neither rewritten (their template changed) nor removed,
      // and the manifest still owns them.
      const after = Object.fromEntries(
        artifacts(join(work, "dist")).map((path) => [path, readFileSync(join(work, "dist", path), "utf8")]),
      );
      expect(after).toEqual(before);
      const manifest = readFileSync(join(work, "dist", ".coinone-files"), "utf8");
      for (const path of Object.keys(before)) expect(manifest).toContain(`  ${path}\n`);
      // --check --only looks at i18n alone, and its advice is the same harmless command.
      expect((await generate({}, ["--check", "--only", "i18n"])).status).toBe(0);
      const stale = await generate({}, ["--check", "--only", "per-category"]);
      expect(stale.status).toBe(1);
      expect(stale.stderr).toContain("run `npm run generate -- --only per-category` and commit the result");
      expect(stale.stderr).not.toContain("i18n");
      // The full run still finds the stale category files, and removes nothing it owns.
      const full = await generate({}, ["--check"]);
      expect(full.stderr).toContain("stale: dist/categories/order.txt\n");
      expect(full.stderr).not.toContain("no longer generated");
    },
  );

  it("--only with an unknown entry, or a --targets file that is missing, is wrong usage (exit 2)", async () => {
    const only = await generate(files, ["--only", "i18n,nope"]);
    expect(only.status).toBe(2);
    expect(only.stderr).toBe(
      'error: --only names no entry "nope" (entries of spec/targets.yaml: i18n, per-category)\n',
    );
    const missing = await generate({}, ["--targets", "other.yaml"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe("error: cannot read the targets file other.yaml: no such file (see --targets)\n");
  });

  it("as a real process: a throwing plugin is one located line, no stack trace, exit 1", () => {
    writeFileSync(join(work, "spec", "targets.yaml"), "targets:\n  - name: boom\n    plugin: boom.mjs\n");
    writeFileSync(join(work, "boom.mjs"), "export default () => { throw new Error('kaput'); };\n");
    const run = runCli([], work);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      'spec/targets.yaml:3:13 error plugin-failed: plugin "boom" (boom.mjs) threw kaput\n  hint: fix the plugin; ' +
        "it receives the catalog view documented in dist/catalog.schema.json\nspec/targets.yaml: 1 error in the " +
        "targets; nothing was written\n",
    );
    expect(existsSync(join(work, "dist"))).toBe(false);
  });

  it("a plugin module with a syntax error is located at its entry (the loader words the reason)", async () => {
    const run = await generate({
      "spec/targets.yaml": "targets:\n  - name: broken\n    plugin: broken.mjs\n",
      "broken.mjs": "export default (\n",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^spec\/targets\.yaml:3:13 error plugin-load-failed: plugin "broken" \(broken\.mjs\) cannot load the module: .+\n  hint: check the `plugin:` path/,
    );
  });
});
