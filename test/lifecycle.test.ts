/**
 * Deprecation and retirement across every artifact at once, for the fixture
 * catalog: 106 is deprecated (replaced by 105), 110 is retired.
 */
import { describe, expect, it } from "vitest";
import { fixture, loadFile, generateArtifacts } from "./helpers.ts";

const files = new Map(
  generateArtifacts(loadFile(fixture("minimal.yaml"), "test/fixtures/minimal.yaml")).map((f) => [f.path, f.content]),
);
const file = (path: string) => files.get(path) ?? "";

describe("a deprecated code stays everywhere, marked", () => {
  it.each([
    ["index.ts", "@deprecated Since 2.0.0: Merged into 105."],
    ["index.d.ts", "@deprecated Since 2.0.0: Merged into 105."],
    ["openapi/3.1/errors.yaml", "x-deprecated:"],
    ["openapi/3.0/errors.json", '"x-deprecated-codes"'],
    ["docs/errors.en.md", "**Deprecated** (since 2.0.0, use [`105`](#error-105) instead)"],
    ["docs/errors.ko.md", "**사용 중단** (2.0.0부터, 대신 [`105`](#error-105) 사용)"],
    ["catalog.json", '"status": "deprecated"'],
  ])("%s marks 106", (path, marker) => {
    expect(file(path)).toContain(marker);
  });

  it.each([["i18n/en.json"], ["i18n/ko.json"]])("%s still holds 106", (path) => {
    expect(Object.keys(JSON.parse(file(path)))).toContain("106");
  });
});

describe("a retired code leaves the enum, the OpenAPI enum and examples, and the bundles, and stays reserved", () => {
  it("is not an enum member or metadata entry, and is listed as reserved", () => {
    expect(file("index.ts")).not.toContain('OrderTypeRetired = "110"');
    expect(file("index.ts")).not.toContain("[DemoErrorCode.OrderTypeRetired]");
    expect(file("index.ts")).toContain(
      'RESERVED_DEMO_ERROR_CODES: readonly string[] = /* @__PURE__ */ Object.freeze(["110"])',
    );
  });

  it.each([["openapi/3.1/errors.json"], ["openapi/3.0/errors.json"]])(
    "%s: absent from enum and examples, in x-reserved-codes",
    (path) => {
      const doc = JSON.parse(file(path));
      expect(doc.components.schemas.DemoErrorCode.enum).not.toContain("110");
      expect(doc.components.examples.DemoError110).toBeUndefined();
      expect(doc.components.schemas.DemoErrorCode["x-reserved-codes"]).toEqual(["110"]);
    },
  );

  it.each([["i18n/en.json"], ["i18n/ko.json"]])("%s leaves it out", (path) => {
    expect(Object.keys(JSON.parse(file(path)))).not.toContain("110");
  });

  it("stays in catalog.json as removed and reserved, and in the references' retired section", () => {
    const catalog = JSON.parse(file("catalog.json"));
    expect(catalog.reservedCodes).toEqual(["110"]);
    expect(catalog.errors.find((e: { code: string }) => e.code === "110")).toMatchObject({
      status: "removed",
      removed: { since: "2.1.0" },
    });
    expect(file("docs/errors.en.md")).toMatch(
      /## `retired`\n\n\*\*Retired codes\*\* \(1\)[^\n]+\n\n\| Code \| Name \| Message \| Retired \|\n\| --- \| --- \| --- \| --- \|\n\| \[`110`\]\(#error-110\) /,
    );
    expect(file("docs/errors.ko.md")).toContain("## `retired`\n\n**폐기된 코드** (1): ");
  });
});
