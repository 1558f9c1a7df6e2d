/**
 * Strict templates see own fields only: a name the view inherits
 * (`constructor`, `toString`, `__proto__`, `hasOwnProperty`) is a missing
 * field at the template's line and column, as a misspelt one is, never an
 * empty string with exit 0; so is a `lookup` of a key the object does not
 * hold. Fields the view does hold still print.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../generators/commands/generate.ts";
import { compileTemplate, TemplateError } from "../generators/targets/template.ts";
import { ROOT } from "./helpers.ts";

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "coinone-strict-"));
  mkdirSync(join(work, "spec"));
  cpSync(join(ROOT, "spec", "errors.yaml"), join(work, "spec", "errors.yaml"));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

async function generate(files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(work, path)), { recursive: true });
    writeFileSync(join(work, path), text);
  }
  let stdout = "";
  let stderr = "";
  const status = await main([], { cwd: work, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { status, stdout, stderr };
}

const TARGETS = "targets:\n  - name: kt\n    template: t.hbs\n    path: x.txt\n";
const FIELD_HINT =
  "hint: the fields are documented in dist/catalog.schema.json; inside #each, reach the outer object with ../ " +
  '(entry "kt" of spec/targets.yaml)';
const missing = (at: string, field: string) =>
  `t.hbs:${at} error unknown-field: field "${field}" is not defined here\n  ${FIELD_HINT}\nspec/targets.yaml: 1 ` +
  `error in the targets; nothing was written\n`;

describe.each([
  ["{{constructor}} of the view", "title\n{{constructor}}\n", missing("2:3", "constructor")],
  ["{{toString}} of the view", "{{toString}}\n", missing("1:3", "toString")],
  ["{{names.__proto__}}", "{{names.pascal}}\n  {{names.__proto__}}\n", missing("2:5", "__proto__")],
  [
    "{{hasOwnProperty}} inside #each",
    "{{#each errors}}\n{{code}} {{hasOwnProperty}}\n{{/each}}\n",
    missing("2:12", "hasOwnProperty"),
  ],
  [
    "{{this.constructor}} of an error",
    "{{#each errors}}{{this.constructor}}{{/each}}\n",
    missing("1:19", "constructor"),
  ],
  ["{{@root.constructor}}", "{{#each errors}}{{@root.constructor}}{{/each}}\n", missing("1:19", "constructor")],
  [
    '{{lookup description "kr"}} (no such locale)',
    '{{#each errors}}\n  {{lookup description "kr"}}\n{{/each}}\n',
    missing("2:3", "kr"),
  ],
  [
    '{{lookup description "constructor"}}',
    '{{#each errors}}{{lookup description "constructor"}}{{/each}}\n',
    missing("1:17", "constructor"),
  ],
  [
    "a lookup in a helper's argument",
    '{{#each errors}}{{kotlinString (lookup description "kr")}}{{/each}}\n',
    missing("1:32", "kr"),
  ],
] as const)("a template printing %s", (_name, template, want) => {
  it("is an unknown-field error at its line, exit 1, nothing written", async () => {
    const run = await generate({ "spec/targets.yaml": TARGETS, "t.hbs": template });
    expect(run.stderr).toBe(want);
    expect(run.status).toBe(1);
    expect(existsSync(join(work, "dist"))).toBe(false);
  });
});

describe("own fields still print", () => {
  it.each([
    [
      "a field, a nested field and a lookup by a field's value",
      "{{#each errors}}{{#if @first}}{{code}} {{names.pascal}} {{lookup description ../sourceLocale}}{{/if}}{{/each}}",
      {
        errors: [{ code: "4", names: { pascal: "Nonce" }, description: { en: "Too many", ko: "많음" } }],
        sourceLocale: "en",
      },
      "4 Nonce Too many",
    ],
    [
      "a list's length, @index, ../ and a lookup by index",
      "{{errors.length}}{{#each errors}} {{@index}}:{{../title}}{{/each}} {{lookup errors 0}}",
      { errors: ["a", "b"], title: "T" },
      "2 0:T 1:T a",
    ],
  ])("%s", (_name, source, view, want) => {
    expect(compileTemplate(source, "t.hbs")(view)).toBe(want);
  });

  it(
    "a key holding undefined is the view's own field (printed empty, " +
      "as before); a lookup without a key is a helper-argument error",
    () => {
      expect(compileTemplate("[{{maybe}}]", "t.hbs")({ maybe: undefined })).toBe("[]");
      expect(() => compileTemplate("{{lookup errors}}", "t.hbs")({ errors: [] })).toThrow(
        new TemplateError(
          "t.hbs",
          1,
          1,
          'helper "lookup" takes an object and a key: {{lookup description "en"}}',
          "helper-argument",
        ),
      );
    },
  );

  it("a field of text is missing too (`{{code.length}}`), located instead of a TypeError at 1:1", () => {
    let thrown: unknown;
    try {
      compileTemplate("x {{code.length}}", "t.hbs")({ code: "105" });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({
      rule: "unknown-field",
      line: 1,
      col: 5,
      message: 'field "length" is not defined here',
    });
  });
});
