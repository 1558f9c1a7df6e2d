/**
 * The OpenAPI target: golden files, lint with Redocly's recommended rules,
 * validation with a second, independent validator, version-specific
 * keywords, and a consumer document that $refs the generated file, bundles
 * with Redocly and gives openapi-typescript types that typecheck.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundle, createConfig, lint } from "@redocly/openapi-core";
import { Validator } from "@seriousme/openapi-schema-validator";
import openapiTS, { astToString } from "openapi-typescript";
import { parse as parseYaml } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOpenApiDocument, buildOpenApiExample, generateOpenApi } from "../generators/targets/openapi.ts";
import { markdownText } from "../generators/text/escape.ts";
import type { Catalog } from "../generators/catalog/types.ts";
import { expectGolden, fixture, golden, loadFile, ROOT, typecheck } from "./helpers.ts";

/** Rules of Redocly's recommended set that cannot apply to a components-only document (listed in README.md). */
export const RULES_OFF_FOR_COMPONENTS = { "no-empty-servers": "off", "no-unused-components": "off" } as const;

const catalog = loadFile(join(ROOT, "spec", "errors.yaml"));
const active = catalog.errors.filter((e) => !e.removed);
const FILES = [
  "openapi/3.1/errors.yaml",
  "openapi/3.1/errors.json",
  "openapi/3.0/errors.yaml",
  "openapi/3.0/errors.json",
];

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "coinone-openapi-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function writeOpenApi(name: string, source: Catalog): string {
  const dir = join(work, name);
  for (const file of generateOpenApi(source)) {
    mkdirSync(join(dir, file.path, ".."), { recursive: true });
    writeFileSync(join(dir, file.path), file.content);
  }
  return dir;
}

async function lintProblems(path: string): Promise<string[]> {
  const config = await createConfig({ extends: ["recommended"], rules: RULES_OFF_FOR_COMPONENTS });
  const problems = await lint({ ref: path, config });
  return problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? "?"}`);
}

async function validate(path: string): Promise<unknown[]> {
  const result = await new Validator().validate(path);
  return result.valid ? [] : (result.errors as unknown[]);
}

/** All four generated files in `dir` lint with zero problems and validate. */
/**
 * No lint problem and a valid document; a catalog without a `license` gives documents without `info.license`, which
 * Redocly's recommended `info-license` rule points out (and nothing else).
 */
async function expectCleanDocuments(dir: string, licensed: boolean): Promise<void> {
  for (const file of FILES) {
    const problems = await lintProblems(join(dir, file));
    expect(
      problems.filter((p) => licensed || !p.startsWith("warn info-license")),
      file,
    ).toEqual([]);
    if (!licensed) expect(problems.length, file).toBe(1);
    expect(await validate(join(dir, file)), file).toEqual([]);
  }
}

const readDoc = (path: string) =>
  path.endsWith(".json") ? JSON.parse(readFileSync(path, "utf8")) : parseYaml(readFileSync(path, "utf8"));

describe("generated OpenAPI files", () => {
  it("match the golden files for the fixture catalog", () => {
    const files = generateOpenApi(loadFile(fixture("minimal.yaml"), "test/fixtures/minimal.yaml"));
    expect(files.map((f) => f.path)).toEqual([
      "openapi/3.1/errors.json",
      "openapi/3.1/errors.yaml",
      "openapi/3.1/example.bundled.json",
      "openapi/3.1/example.bundled.yaml",
      "openapi/3.0/errors.json",
      "openapi/3.0/errors.yaml",
    ]);
    for (const file of files) expectGolden(golden("minimal", file.path), file.content);
  });

  it.each(FILES)("%s passes Redocly's recommended lint with zero problems", async (file) => {
    expect(await lintProblems(join(ROOT, "dist", file))).toEqual([]);
  });

  it.each(FILES)("%s is valid for @seriousme/openapi-schema-validator", async (file) => {
    expect(await validate(join(ROOT, "dist", file))).toEqual([]);
  });

  it("YAML and JSON hold the same document", () => {
    for (const version of ["3.1", "3.0"]) {
      expect(readDoc(join(ROOT, "dist", `openapi/${version}/errors.yaml`))).toEqual(
        readDoc(join(ROOT, "dist", `openapi/${version}/errors.json`)),
      );
    }
  });

  it(
    "YAML and JSON hold the same document when catalog text has " +
      "lines of only blanks (text yaml 2.9.1 itself would lose)",
    () => {
      const blanks = [" \n", "\n \n", "  \n\n", `\u0085${"a value long enough to be folded".repeat(2)}\n \nb`];
      const errors = catalog.errors.map((error, index) => {
        const text = blanks[index % blanks.length] as string;
        return index >= blanks.length
          ? error
          : { ...error, message: text, description: { ...error.description, en: text } };
      });
      for (const file of generateOpenApi({ ...catalog, errors }).filter((f) => f.path.endsWith(".yaml"))) {
        const json = generateOpenApi({ ...catalog, errors }).find(
          (f) => f.path === file.path.replace(/yaml$/, "json"),
        ) as { content: string };
        expect(parseYaml(file.content)).toEqual(JSON.parse(json.content));
      }
    },
  );

  it.each(["3.1", "3.0"] as const)(
    "%s lists every active code with its member name and English description",
    (version) => {
      const doc = buildOpenApiDocument(catalog, version) as any;
      const code = doc.components.schemas.CoinoneErrorCode;
      expect(doc.openapi).toBe(version === "3.1" ? "3.1.0" : "3.0.3");
      expect(doc.paths).toEqual({});
      expect(code.type).toBe("string");
      expect(code.enum).toEqual(active.map((e) => e.code));
      expect(code["x-enum-varnames"]).toEqual(active.map((e) => e.member));
      expect(code["x-enum-descriptions"]).toEqual(active.map((e) => e.description.en));
      expect(code["x-enumNames"]).toEqual(active.map((e) => e.member));
      // Generators read `x-enumDescriptions` as an array and Redoc as a map: left out (README).
      expect(code).not.toHaveProperty("x-enumDescriptions");
      expect(code["x-reserved-codes"]).toEqual([]);
      expect(Object.keys(doc.components.examples)).toEqual(active.map((e) => `CoinoneError${e.code}`));
      for (const error of active) {
        // spec/errors.yaml declares a docsBaseUrl: each example links to the code's reference.
        const docs = catalog.docsBaseUrl && `${catalog.docsBaseUrl}errors/${error.code}.html`;
        expect(doc.components.examples[`CoinoneError${error.code}`]).toEqual({
          summary: error.name,
          description: markdownText(error.description.en ?? "") + (docs ? `\n\nReference: <${docs}>` : ""),
          value: { result: "error", error_code: error.code, error_msg: error.message },
          "x-error-class": error.errorClass,
          "x-retryable": error.retryable,
          ...(error.retryAfterSeconds !== undefined && { "x-retry-after-seconds": error.retryAfterSeconds }),
          ...(docs && { "x-docs-url": docs }),
        });
      }
      expect(doc.components.examples.CoinoneError4).toMatchObject({ "x-retryable": true, "x-retry-after-seconds": 60 });
      const media = doc.components.responses.CoinoneError.content["application/json"];
      expect(media.schema).toEqual({ $ref: "#/components/schemas/CoinoneErrorResponse" });
      expect(Object.values(media.examples)).toEqual(
        active.map((e) => ({ $ref: `#/components/examples/CoinoneError${e.code}` })),
      );
      expect(doc.components.responses.CoinoneError.description).toContain(
        "The HTTP status is not a reliable error signal",
      );
    },
  );

  it("documents error_code as one of the codes without closing the field", () => {
    const schema = (buildOpenApiDocument(catalog, "3.1") as any).components.schemas.CoinoneErrorResponse;
    expect(schema.required).toEqual(["result", "error_code"]);
    expect(schema.properties.error_code.anyOf).toEqual([
      { $ref: "#/components/schemas/CoinoneErrorCode" },
      { type: "string" },
    ]);
    expect(schema.properties.error_code.enum).toBeUndefined();
    expect(schema.properties.result).toMatchObject({ type: "string", const: "error" });
  });

  it("uses only each version's own keywords: no const or type arrays in 3.0", () => {
    const offending: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (Array.isArray(node)) node.forEach((child, i) => walk(child, `${path}/${i}`));
      else if (node && typeof node === "object") {
        for (const [key, value] of Object.entries(node)) {
          if (key === "const" || (key === "type" && Array.isArray(value)) || key === "$schema" || key === "prefixItems")
            offending.push(`${path}/${key}`);
          walk(value, `${path}/${key}`);
        }
      }
    };
    walk(buildOpenApiDocument(catalog, "3.0"), "");
    expect(offending).toEqual([]);
    expect(
      (buildOpenApiDocument(catalog, "3.0") as any).components.schemas.CoinoneErrorResponse.properties.result.enum,
    ).toEqual(["error"]);
  });

  it("both versions hold the same codes and names", () => {
    const pick = (doc: any) => doc.components.schemas.CoinoneErrorCode;
    const [v31, v30] = [pick(buildOpenApiDocument(catalog, "3.1")), pick(buildOpenApiDocument(catalog, "3.0"))];
    expect([v30.enum, v30["x-enum-varnames"]]).toEqual([v31.enum, v31["x-enum-varnames"]]);
  });

  it(
    "starts the YAML files with the generated-file notice, which " +
      "names no hash (catalog.json keeps the spec's sha256)",
    () => {
      for (const file of FILES.filter((f) => f.endsWith(".yaml"))) {
        const text = readFileSync(join(ROOT, "dist", file), "utf8");
        expect(text.startsWith("# Generated from spec/errors.yaml by coinone-error-codes. Do not edit")).toBe(true);
        expect(text).not.toContain(catalog.source.sha256);
      }
    },
  );
});

describe("the annotated form and the bundled example (3.1)", () => {
  it("3.1 annotates every active code as a const branch with its name and description; 3.0 has no such schema", () => {
    const doc = buildOpenApiDocument(catalog, "3.1") as any;
    expect(doc.components.schemas.CoinoneErrorCodeAnnotated.oneOf).toEqual(
      active.map((e) => ({ const: e.code, title: e.name, description: markdownText(e.description.en ?? "") })),
    );
    // Kept apart: the enum schema itself stays without oneOf (kubb and rtk-query read a oneOf first).
    expect(doc.components.schemas.CoinoneErrorCode.oneOf).toBeUndefined();
    expect(Object.keys((buildOpenApiDocument(catalog, "3.0") as any).components.schemas)).not.toContain(
      "CoinoneErrorCodeAnnotated",
    );
  });

  it("a deprecated code's branch says so in its description", () => {
    const source = loadFile(fixture("minimal.yaml"), "test/fixtures/minimal.yaml");
    const branch = (buildOpenApiDocument(source, "3.1") as any).components.schemas.DemoErrorCodeAnnotated.oneOf.find(
      (b: any) => b.const === "106",
    );
    expect(branch.description.startsWith("Deprecated since 2.0.0: Merged into 105.")).toBe(true);
  });

  it("the example holds only internal $refs, each resolving, and the package's components unchanged", () => {
    const example = buildOpenApiExample(catalog) as any;
    const refs: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === "object")
        for (const [key, value] of Object.entries(node)) key === "$ref" ? refs.push(value as string) : walk(value);
    };
    walk(example);
    expect(refs.length).toBeGreaterThan(active.length);
    for (const ref of refs) {
      expect(ref.startsWith("#/"), ref).toBe(true);
      const target = ref
        .slice(2)
        .split("/")
        .reduce((node: any, key) => node?.[key], example);
      expect(target, ref).toBeDefined();
    }
    const { components } = buildOpenApiDocument(catalog, "3.1") as any;
    const { ExampleOrder, ...schemas } = example.components.schemas;
    expect(ExampleOrder.type).toBe("object");
    expect({ ...example.components, schemas }).toEqual(components);
  });

  it.each(["yaml", "json"])(
    "dist/openapi/3.1/example.bundled.%s lints (every component kept) and validates",
    async (format) => {
      const path = join(ROOT, "dist", `openapi/3.1/example.bundled.${format}`);
      // Only no-unused-components off: the example carries every component of the package file, as a bundle would.
      const config = await createConfig({ extends: ["recommended"], rules: { "no-unused-components": "off" } });
      expect((await lint({ ref: path, config })).map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
      expect(await validate(path)).toEqual([]);
      expect(readDoc(path)).toEqual(buildOpenApiExample(catalog));
    },
  );
});

describe("deprecated and retired codes (fixture catalog)", () => {
  const source = loadFile(fixture("minimal.yaml"), "test/fixtures/minimal.yaml");
  it.each(["3.1", "3.0"] as const)(
    "%s: retired codes leave the enum and examples, deprecated ones are marked",
    (version) => {
      const doc = buildOpenApiDocument(source, version) as any;
      const code = doc.components.schemas.DemoErrorCode;
      expect(code.enum).toEqual(["105", "106", "405"]);
      expect(code["x-reserved-codes"]).toEqual(["110"]);
      expect(Object.keys(doc.components.examples)).toEqual(["DemoError105", "DemoError106", "DemoError405"]);
      expect(code["x-deprecated-codes"]).toEqual({
        "106": { since: "2.0.0", reason: "Merged into 105.", replacedBy: "105" },
      });
      const example = doc.components.examples.DemoError106;
      expect(example["x-deprecated"]).toEqual({ since: "2.0.0", reason: "Merged into 105.", replacedBy: "105" });
      expect(example.description.startsWith("Deprecated since 2.0.0: Merged into 105. Use 105 instead.")).toBe(true);
      expect(example["x-docs-url"]).toBe("https://example.com/docs/errors/106.html");
      expect(example.description).toContain("Reference: <https://example.com/docs/errors/106.html>");
    },
  );

  it("the fixture's files also lint and validate cleanly", async () => {
    await expectCleanDocuments(writeOpenApi("minimal", source), source.license !== undefined);
  });
});

describe("a consumer document that $refs the generated 3.1 file", () => {
  const root = fixture("openapi/api.yaml");

  it("lints and bundles with Redocly with zero problems", async () => {
    const config = await createConfig({ extends: ["recommended"] });
    expect((await lint({ ref: root, config })).map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    const result = await bundle({ ref: root, config });
    expect(result.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    const bundled = result.bundle.parsed as any;
    expect(bundled.components.schemas.CoinoneErrorCode.enum).toEqual(active.map((e) => e.code));
    expect(await new Validator().validate(bundled)).toMatchObject({ valid: true });
  });

  it("gives openapi-typescript types that contain every code and typecheck a usage file", async () => {
    const dir = join(work, "consumer");
    mkdirSync(dir, { recursive: true });
    const config = await createConfig({ extends: ["recommended"] });
    const types = astToString(await openapiTS((await bundle({ ref: root, config })).bundle.parsed as any));
    for (const error of active) expect(types).toContain(`"${error.code}"`);
    writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
    writeFileSync(join(dir, "api.ts"), types);
    writeFileSync(join(dir, "usage.ts"), readFileSync(fixture("openapi/usage.ts"), "utf8"));
    expect(typecheck(dir, ["usage.ts"])).toEqual([]);
    // The @ts-expect-error lines are live: without them, exactly those two errors appear.
    writeFileSync(
      join(dir, "usage.ts"),
      readFileSync(fixture("openapi/usage.ts"), "utf8").replace(/\/\/ @ts-expect-error[^\n]*\n/g, ""),
    );
    expect(typecheck(dir, ["usage.ts"]).map((d) => d.replace(/:\d+:\d+ /, " ").split(":")[0])).toEqual([
      "usage.ts TS2322",
      "usage.ts TS2322",
    ]);
  });
});

describe("hostile catalog text", () => {
  const hostile = loadFile(fixture("hostile.yaml"), "test/fixtures/hostile.yaml");

  it("still yields documents that lint and validate", async () => {
    await expectCleanDocuments(writeOpenApi("hostile", hostile), hostile.license !== undefined);
  });

  it("parses back to exactly the catalog's text, from YAML and from JSON", () => {
    const dir = writeOpenApi("hostile-parse", hostile);
    for (const file of FILES) {
      const doc = readDoc(join(dir, file));
      const examples = doc.components.examples;
      for (const error of hostile.errors) {
        const example = examples[`HostileError${error.code}`];
        expect(example.summary).toBe(error.name);
        expect(example.value).toEqual({
          result: hostile.wire.errorResult,
          error_code: error.code,
          error_msg: error.message,
        });
        const codeSchema = doc.components.schemas.HostileErrorCode;
        expect(codeSchema["x-enum-descriptions"][codeSchema.enum.indexOf(error.code)]).toBe(error.description.en);
      }
      expect(doc.info.title).toBe(markdownText(hostile.title));
      expect(doc.components.schemas.HostileErrorCode["x-deprecated-codes"]["3"].reason).toBe(
        hostile.errors[2]?.deprecated?.reason,
      );
    }
  });
});
