/**
 * The built command validates with ajv's standalone code
 * (scripts/standalone-validators.mjs), the tests from source with
 * `ajv.compile` (generators/catalog/validators.ts). Both must give the same
 * verdict and the same errors: on every catalog of the invalid-catalog
 * table, on the committed spec and targets file, and on fuzzed catalogs
 * (valid ones with one value replaced or one key deleted anywhere).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import { catalogValidator, targetsValidator } from "../generators/catalog/validators.ts";
import { standaloneValidators } from "../scripts/standalone-validators.mjs";
import { catalogArbitrary } from "./arbitraries.ts";
import { cases } from "./invalid-catalog-cases.ts";
import { ROOT } from "./helpers.ts";

type Validators = { catalogValidator(): ValidateFunction; targetsValidator(): ValidateFunction };
let standalone: Validators;
let scratch: string;

beforeAll(async () => {
  // Inside node_modules/.cache, so that the module's `require("ajv/...")` finds the ajv package.
  mkdirSync(join(ROOT, "node_modules", ".cache"), { recursive: true });
  scratch = mkdtempSync(join(ROOT, "node_modules", ".cache", "coinone-validators-"));
  writeFileSync(join(scratch, "validators.mjs"), standaloneValidators(ROOT));
  standalone = (await import(pathToFileURL(join(scratch, "validators.mjs")).href)) as Validators;
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The verdict and the errors, without the schema objects (the same values, but not the same objects). */
function verdict(validate: ValidateFunction, data: unknown): unknown {
  const valid = validate(data);
  const errors = (validate.errors ?? []).map(
    ({ instancePath, schemaPath, keyword, params, message, data: value }: ErrorObject) => ({
      instancePath,
      schemaPath,
      keyword,
      params,
      message,
      value,
    }),
  );
  return { valid, errors };
}

const agree = (data: unknown) =>
  expect(verdict(standalone.catalogValidator(), data)).toEqual(verdict(catalogValidator(), data));

function yamlData(text: string): unknown {
  try {
    return parse(text, { uniqueKeys: false });
  } catch {
    return undefined;
  }
}

describe("ajv standalone code agrees with ajv.compile", () => {
  it.each(cases.map(([name, text]) => [name, yamlData(text)] as const).filter(([, data]) => data !== undefined))(
    "%s",
    (_name, data) => agree(data),
  );

  it("on the committed spec and targets file", () => {
    agree(parse(readFileSync(join(ROOT, "spec", "errors.yaml"), "utf8")));
    const targets = parse(readFileSync(join(ROOT, "spec", "targets.yaml"), "utf8"));
    expect(verdict(standalone.targetsValidator(), targets)).toEqual(verdict(targetsValidator(), targets));
    expect(verdict(standalone.targetsValidator(), { targets: [{ nope: 1 }] })).toEqual(
      verdict(targetsValidator(), { targets: [{ nope: 1 }] }),
    );
  });

  it("on fuzzed catalogs: one value replaced or one key deleted anywhere", () => {
    fc.assert(
      fc.property(
        catalogArbitrary,
        fc.nat(),
        fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }),
        (catalog, pick, value) => {
          const data = structuredClone(catalog) as unknown;
          // Every (parent, key) pair in the catalog; the pick-th one is changed.
          const places: [Record<string, unknown>, string][] = [];
          const walk = (node: unknown) => {
            if (typeof node !== "object" || node === null) return;
            for (const key of Object.keys(node)) {
              places.push([node as Record<string, unknown>, key]);
              walk((node as Record<string, unknown>)[key]);
            }
          };
          walk(data);
          const [parent, key] = places[pick % places.length]!;
          if (value === undefined && !Array.isArray(parent)) delete parent[key];
          else parent[key] = value ?? null;
          agree(data);
        },
      ),
      { numRuns: 300 },
    );
  });
});
