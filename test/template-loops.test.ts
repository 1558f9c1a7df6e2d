/**
 * First-party templates rendered in pieces (generators/targets/template-loops.ts):
 * each top-level `{{#each field}}` runs one item at a time, and the text
 * must be exactly what Handlebars renders for the whole template, with
 * every data variable and parent path an `each` body can use. Checked on
 * small templates written for it and on the Rust and Java templates with
 * the views of the shipped, hostile and minimal (a retired code) catalogs.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileTemplate } from "../generators/targets/template.ts";
import { renderPieces, Rows, splitTemplate } from "../generators/targets/template-loops.ts";
import { rustView } from "../generators/targets/rust/view.ts";
import { javaView } from "../generators/targets/java/view.ts";
import { fixture, loadFile, ROOT } from "./helpers.ts";

const NO_HELPERS = {};
/** The text in pieces, and the number of loops that ran item by item. */
function pieces(source: string, view: Record<string, unknown>): { text: string; loops: number } {
  const split = splitTemplate(source, "t.hbs", NO_HELPERS);
  return { text: [...renderPieces(split, view)].join(""), loops: split.loops.length };
}
const whole = (source: string, view: Record<string, unknown>) => compileTemplate(source, "t.hbs", NO_HELPERS)(view);

const items = [
  { name: "a", tags: ["x", "y"] },
  { name: "b", tags: [] },
  { name: "c", tags: ["z"] },
];

describe("a top-level loop, item by item", () => {
  const template = [
    "head {{title}}",
    "{{#each items}}",
    "{{@index}}/{{@key}} {{name}}{{#if @first}} first{{/if}}{{#unless @last}},{{/unless}} of {{../title}} ({{@root.title}})",
    "{{#each tags}}",
    "  - {{this}} in {{../name}}",
    "{{/each}}",
    "{{/each}}",
    "tail",
    "",
  ].join("\n");

  it("renders what Handlebars renders, from an array or from Rows", () => {
    const expected = whole(template, { title: "T", items });
    expect(expected).toContain("0/0 a first, of T (T)\n  - x in a\n");
    expect(pieces(template, { title: "T", items })).toEqual({ text: expected, loops: 1 });
    const made: number[] = [];
    const rows = new Rows(items, (item, i) => {
      made.push(i);
      return item;
    });
    expect(pieces(template, { title: "T", items: rows })).toEqual({ text: expected, loops: 1 });
    // Each item made once, as the loop reached it.
    expect(made).toEqual([0, 1, 2]);
  });

  it("renders an empty list as nothing, and Rows where Handlebars itself loops (nested, {{#if rows.length}})", () => {
    expect(pieces(template, { title: "T", items: [] }).text).toBe("head T\ntail\n");
    const nested = "{{#if items.length}}{{#each items}}{{name}};{{/each}}{{/if}}|{{#with box}}{{#each items}}{{name}}{{/each}}{{/with}}\n";
    const view = { items: new Rows(items, (item) => item), box: { items: new Rows(items, (item) => item) } };
    expect(pieces(nested, view)).toEqual({ text: "a;b;c;|abc\n", loops: 0 });
    expect(whole(nested, view)).toBe("a;b;c;|abc\n");
  });

  it("leaves to Handlebars the loops it cannot split: {{else}}, block parameters, a path or a data variable", () => {
    const view = { items, empty: [], box: { items } };
    for (const source of [
      "{{#each empty}}x{{else}}none{{/each}}\n",
      "{{#each items as |item i|}}{{i}}{{item.name}}{{/each}}\n",
      "{{#each box.items}}{{name}}{{/each}}\n",
      "{{#each @root.items}}{{name}}{{/each}}\n",
    ]) {
      expect(pieces(source, view)).toEqual({ text: whole(source, view), loops: 0 });
    }
  });

  it("reports a loop over something that is not a list, and a marker character printed by the skeleton", () => {
    const split = splitTemplate("{{#each items}}{{name}}{{/each}}", "t.hbs", NO_HELPERS);
    expect(() => [...renderPieces(split, { items: { name: "x" } })]).toThrow("loops over items, which is no list");
    const printsNul = splitTemplate("{{text}}{{#each items}}{{name}}{{/each}}", "t.hbs", NO_HELPERS);
    expect(() => [...renderPieces(printsNul, { text: "\u0000loop 0\u0000", items })]).toThrow("printed U+0000");
  });

  it("reports template errors at their place, as a whole template does", () => {
    const errorOf = (work: () => unknown) => {
      try {
        work();
      } catch (error) {
        return { ...(error as object), message: (error as Error).message };
      }
      throw new Error("no error");
    };
    for (const source of ["ok\n{{#each items}}\n{{/wrong}}\n", "{{#each items}}\n{{name}\n{{/each}}\n"]) {
      const expected = errorOf(() => compileTemplate(source, "t.hbs", NO_HELPERS));
      expect(expected).toMatchObject({ file: "t.hbs", line: expect.any(Number) });
      expect(errorOf(() => splitTemplate(source, "t.hbs", NO_HELPERS))).toEqual(expected);
    }
    const missing = splitTemplate("{{#each items}}{{nope}}{{/each}}", "t.hbs", NO_HELPERS);
    expect(() => [...renderPieces(missing, { items })]).toThrow(expect.objectContaining({ rule: "unknown-field", line: 1 }));
  });
});

describe("the Rust and Java templates", () => {
  const catalogs = { coinone: join(ROOT, "spec", "errors.yaml"), hostile: fixture("hostile.yaml"), minimal: fixture("minimal.yaml") };
  const templates = (language: string, names: string[]) => names.map((name) => [name, readFileSync(join(ROOT, "templates", language, name), "utf8")] as const);

  it.each(Object.entries(catalogs))("render in pieces exactly as whole (%s catalog)", (_name, path) => {
    const catalog = loadFile(path);
    const checks: [string, string, Record<string, unknown>][] = [
      ...templates("rust", ["catalog.rs.hbs", "code.rs.hbs", "catalog-test.rs.hbs", "lib.rs.hbs"]).map(([name, source]): [string, string, Record<string, unknown>] => [name, source, rustView(catalog)]),
      ...templates("java", ["ErrorCode.java.hbs", "Errors.java.hbs"]).map(([name, source]): [string, string, Record<string, unknown>] => [name, source, javaView(catalog)]),
    ];
    for (const [name, source, view] of checks) {
      const split = pieces(source, view);
      expect(split.loops, name).toBeGreaterThan(0);
      expect(split.text, name).toBe(whole(source, view));
    }
  });
});
