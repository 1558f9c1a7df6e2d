/**
 * The catalog view (catalog.json, and what templates and plugins receive)
 * against its JSON Schema, dist/catalog.schema.json, with ajv: the committed
 * artifacts, the fixtures, and a view with an undocumented field (rejected).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { loadCatalog } from "../generators/catalog/load-catalog.ts";
import { catalogArbitrary } from "./arbitraries.ts";
import { caseNames } from "../generators/catalog/names.ts";
import { buildCatalogView } from "../generators/targets/catalog-view.ts";
import { CATALOG_SCHEMA, generateCatalogSchema } from "../generators/targets/catalog-schema.ts";
import { fixture, loadFile, ROOT } from "./helpers.ts";

const committedSchema = JSON.parse(readFileSync(join(ROOT, "dist", "catalog.schema.json"), "utf8"));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(committedSchema);
const errorsOf = (data: unknown) =>
  validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

describe("dist/catalog.schema.json", () => {
  it("is what the catalog-schema target generates", () => {
    expect(generateCatalogSchema()[0]?.content).toBe(readFileSync(join(ROOT, "dist", "catalog.schema.json"), "utf8"));
  });

  it("validates the committed dist/catalog.json", () => {
    expect(errorsOf(JSON.parse(readFileSync(join(ROOT, "dist", "catalog.json"), "utf8")))).toEqual([]);
  });

  it.each(["minimal.yaml", "hostile.yaml"])(
    "validates the view of the fixture %s, whose names are caseNames of each name",
    (name) => {
      const view = buildCatalogView(loadFile(fixture(name), `test/fixtures/${name}`));
      expect(errorsOf(JSON.parse(JSON.stringify(view)))).toEqual([]);
      for (const error of view.errors) expect(error.names).toEqual(caseNames(error.name));
    },
  );

  it("validates the view of arbitrary valid catalogs (hostile text, any locales and categories)", () => {
    fc.assert(
      fc.property(catalogArbitrary, (raw) => {
        const { catalog, diagnostics } = loadCatalog(stringify(raw), "spec/errors.yaml");
        expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        const view = JSON.parse(JSON.stringify(buildCatalogView(catalog!)));
        expect(errorsOf(view)).toEqual([]);
        for (const category of view.categories)
          expect(category.names).toEqual(caseNames(category.id.replaceAll("-", "_").toUpperCase()));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 40) },
    );
  });

  it("rejects a view with a field it does not document, or without a name convention", () => {
    const view = JSON.parse(readFileSync(join(ROOT, "dist", "catalog.json"), "utf8"));
    view.errors[0].severity = "high";
    delete view.categories[0].names.kebab;
    expect(errorsOf(view)).toEqual([
      "/categories/0/names must have required property 'kebab'",
      "/errors/0 must NOT have additional properties",
    ]);
  });

  it("describes every property", () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (node === null || typeof node !== "object") return;
      for (const [key, value] of Object.entries(
        ((node as Record<string, unknown>).properties ?? {}) as Record<string, { description?: string }>,
      )) {
        if (typeof value.description !== "string") missing.push(`${path}.${key}`);
      }
      for (const [key, value] of Object.entries(node)) walk(value, `${path}/${key}`);
    };
    walk(CATALOG_SCHEMA, "#");
    expect(missing).toEqual([]);
  });
});
