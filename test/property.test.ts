/**
 * Property tests: arbitrary valid catalogs (random codes and names, any text
 * in messages and descriptions, 1 to 5 locales) always produce valid
 * artifacts: the TypeScript compiles with zero diagnostics and exports
 * exactly the catalog's members; both OpenAPI versions validate and parse
 * back to the catalog's text; every JSON file parses to the catalog's text;
 * Markdown tables keep their cell count; and the real readers (TypeScript's
 * JSDoc parser, CommonMark with raw HTML, PyYAML, the message formatters)
 * find the catalog's text and nothing else.
 * The default run is short; PROPERTY_RUNS=100 PROPERTY_MAX_ERRORS=500 runs long.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Validator } from "@seriousme/openapi-schema-validator";
import fc from "fast-check";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { parse as parseYaml, stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../generators/catalog/load-catalog.ts";
import type { Catalog } from "../generators/catalog/types.ts";
import { catalogArbitrary } from "./arbitraries.ts";
import { typecheck, generateArtifacts } from "./helpers.ts";
import { readerProblems } from "./readers.ts";
import { markdownText } from "../generators/text/escape.ts";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 6);

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "coinone-property-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function load(raw: unknown): Catalog {
  const result = loadCatalog(stringify(raw), "spec/errors.yaml");
  if (!result.catalog)
    throw new Error(
      `generated catalog is invalid:\n${result.diagnostics.map((d) => `${d.rule}: ${d.message}`).join("\n")}`,
    );
  return result.catalog;
}

let run = 0;
describe("arbitrary valid catalogs", () => {
  it(`${RUNS} catalogs: every artifact is valid and carries the catalog's exact text`, async () => {
    await fc.assert(
      fc.asyncProperty(catalogArbitrary, async (raw) => {
        const catalog = load(raw);
        const active = catalog.errors.filter((e) => !e.removed);
        const files = new Map(generateArtifacts(catalog).map((f) => [f.path, f.content]));
        const dir = join(work, `run-${(run += 1)}`);
        mkdirSync(dir, { recursive: true });
        for (const [path, content] of files) {
          mkdirSync(join(dir, path, ".."), { recursive: true });
          writeFileSync(join(dir, path), content);
        }
        writeFileSync(join(dir, "package.json"), '{"type":"module"}');

        // TypeScript: compiles, and exports exactly the catalog's members and values.
        rmSync(join(dir, "index.d.ts"));
        expect(typecheck(dir, ["index.ts"], { isolatedDeclarations: true, declaration: true })).toEqual([]);
        const m = await import(pathToFileURL(join(dir, "index.js")).href);
        expect(Object.entries(m.PropErrorCode)).toEqual(active.map((e) => [e.member, e.code]));
        for (const e of active)
          expect(m.PROP_ERRORS[e.code]).toMatchObject({
            message: e.message,
            description: e.description,
            retryable: e.retryable,
            errorClass: e.errorClass,
          });

        // OpenAPI: both versions valid, and parsing gives back the catalog's text.
        for (const version of ["3.1", "3.0"]) {
          for (const ext of ["yaml", "json"]) {
            const path = `openapi/${version}/errors.${ext}`;
            const text = files.get(path) ?? "";
            const doc = ext === "json" ? JSON.parse(text) : parseYaml(text);
            expect((await new Validator().validate(doc)).valid, path).toBe(true);
            expect(doc.components.schemas.PropErrorCode.enum).toEqual(active.map((e) => e.code));
            for (const e of active)
              expect(doc.components.examples[`PropError${e.code}`].value.error_msg).toBe(e.message);
            for (const e of active)
              expect(doc.components.examples[`PropError${e.code}`]).toMatchObject({
                "x-error-class": e.errorClass,
                "x-retryable": e.retryable,
              });
            expect(doc.info.title).toBe(markdownText(catalog.title));
          }
        }

        // The real readers: TypeScript's JSDoc parser, CommonMark with raw HTML, PyYAML, the message formatters.
        expect((await readerProblems(catalog, dir)).join("\n").slice(0, 2000)).toBe("");
        // Bundles hold every active code, in code order in the file text.
        for (const locale of catalog.locales) {
          const text = files.get(`i18n/${locale}.json`) ?? "";
          expect([...text.matchAll(/^ {2}("(?:[^"\\]|\\.)*"): /gm)].map((m) => JSON.parse(m[1] ?? '""'))).toEqual(
            active.map((e) => e.code),
          );
        }
        const json = JSON.parse(files.get("catalog.json") ?? "");
        expect(json.errors.map((e: { message: string }) => e.message)).toEqual(catalog.errors.map((e) => e.message));

        // ccxt: one class per active code.
        expect(Object.keys(JSON.parse(files.get("ccxt/exceptions.json") ?? ""))).toEqual(active.map((e) => e.code));

        // Markdown: every category table row has 6 cells, the retired codes' 4; one row per code.
        const retiredTable = catalog.errors.some((e) => e.removed);
        for (const locale of catalog.locales) {
          const tree = fromMarkdown(files.get(`docs/errors.${locale}.md`) ?? "", {
            extensions: [gfm()],
            mdastExtensions: [gfmFromMarkdown()],
          });
          let rows = 0;
          const tables = tree.children.filter((n) => n.type === "table");
          for (const [i, table] of tables.entries()) {
            const cells = retiredTable && i === tables.length - 1 ? 4 : 6;
            for (const row of table.children) expect(row.children).toHaveLength(cells);
            rows += table.children.length - 1;
          }
          expect(rows).toBe(catalog.errors.length);
        }
        rmSync(dir, { recursive: true, force: true });
      }),
      {
        numRuns: RUNS,
        ...(process.env.PROPERTY_SEED === undefined ? {} : { seed: Number(process.env.PROPERTY_SEED) }),
        endOnFailure: true,
      },
    );
  }, 900_000);
});
