/** dist/catalog.json: golden output for a fixture catalog, and its provenance. */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../generators/catalog/load-catalog.ts";
import { generateCatalogJson } from "../generators/targets/catalog-json.ts";
import { expectGolden, fixture, golden, loadFile, ROOT } from "./helpers.ts";

describe("catalog.json", () => {
  it("matches the golden file for the fixture catalog", () => {
    const catalog = loadFile(fixture("minimal.yaml"), "test/fixtures/minimal.yaml");
    const [file] = generateCatalogJson(catalog);
    expect(file?.path).toBe("catalog.json");
    expectGolden(golden("minimal", "catalog.json"), file?.content ?? "");
  });

  it("lists errors in code order with their status, and retired codes as reserved", () => {
    const catalog = loadFile(fixture("minimal.yaml"), "test/fixtures/minimal.yaml");
    const json = JSON.parse(generateCatalogJson(catalog)[0]?.content ?? "");
    expect(json.errors.map((e: { code: string; status: string }) => `${e.code}:${e.status}`)).toEqual([
      "105:active",
      "106:deprecated",
      "110:removed",
      "405:active",
    ]);
    expect(json.reservedCodes).toEqual(["110"]);
  });

  it("carries the catalog version and the sha256 of the spec text", () => {
    const path = `${ROOT}/spec/errors.yaml`;
    const catalog = loadFile(path);
    const json = JSON.parse(generateCatalogJson(catalog)[0]?.content ?? "");
    expect(json.version).toBe(JSON.parse(readFileSync(`${ROOT}/package.json`, "utf8")).version);
    expect(json.provenance).toEqual({
      spec: "spec/errors.yaml",
      sha256: createHash("sha256").update(readFileSync(path)).digest("hex"),
    });
    expect(json.errors).toHaveLength(90);
    expect(json.errors.find((e: { code: string }) => e.code === "405")).toMatchObject({
      errorClass: "exchange-unavailable",
      retryable: true,
    });
  });

  it("equals the committed dist/catalog.json", () => {
    const catalog = loadFile(`${ROOT}/spec/errors.yaml`);
    expect(generateCatalogJson(catalog)[0]?.content).toBe(readFileSync(`${ROOT}/dist/catalog.json`, "utf8"));
  });

  it("gives the same bytes for CRLF line ends and a byte order mark", () => {
    const text = readFileSync(fixture("minimal.yaml"), "utf8");
    const generate = (input: string) => {
      const { catalog } = loadCatalog(input, "test/fixtures/minimal.yaml");
      if (!catalog) throw new Error("fixture failed to load");
      return generateCatalogJson(catalog)[0]?.content;
    };
    const lf = generate(text);
    expect(generate(text.replace(/\n/g, "\r\n"))).toBe(lf);
    expect(generate(`\uFEFF${text}`)).toBe(lf);
  });
});
