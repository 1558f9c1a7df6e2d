/**
 * The catalog against its source document: every row of the Coinone error
 * table (code, return message, Korean description) must be in
 * spec/errors.yaml verbatim, in the same order, and nothing else.
 * test/fixtures/coinone-api-error-codes.txt is a copy of shared/seed.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fixture, loadFile, ROOT } from "./helpers.ts";

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/;

/** Table rows of the document: lines after the header that start with a code. */
function sourceRows(): string[] {
  const text = readFileSync(fixture("coinone-api-error-codes.txt"), "utf8");
  const lines = text.split("\n");
  const header = lines.indexOf("CodeReturn MessageDescription");
  expect(header).toBeGreaterThan(0);
  return lines.slice(header + 1).filter((line) => line.trim() !== "");
}

describe("spec/errors.yaml against the Coinone source document", () => {
  const catalog = loadFile(`${ROOT}/spec/errors.yaml`);
  const rows = sourceRows();

  it("has all 73 rows, in the document's order, and nothing extra", () => {
    expect(rows).toHaveLength(73);
    const codes = rows.map((row) => /^[0-9]+/.exec(row)?.[0]);
    expect(catalog.errors.map((e) => e.code)).toEqual(codes);
  });

  it.each(rows.map((row, index) => [/^[0-9]+/.exec(row)?.[0], row, index] as const))(
    "code %s: code + message + Korean description equal the row verbatim",
    (code, row, index) => {
      const error = catalog.errors[index];
      expect(error?.code).toBe(code);
      expect(`${error?.code}${error?.message}${error?.description.ko}`).toBe(row);
      // The glued columns are split where the English sentence ends.
      expect(error?.message).not.toMatch(HANGUL);
      expect(error?.description.ko).toMatch(HANGUL);
      expect(error?.description.en).not.toMatch(HANGUL);
      expect(error?.description.en).not.toBe(error?.message);
    },
  );

  it("splits the glued rows where the issue says", () => {
    const byCode = new Map(catalog.errors.map((e) => [e.code, e]));
    expect(byCode.get("21")?.message).toBe("Customers who need to register for API usage");
    expect(byCode.get("21")?.description.ko).toMatch(/^API 사용을/);
    expect(byCode.get("53")?.message).toBe("Two Factor Auth Fail");
    expect(byCode.get("53")?.description.ko).toMatch(/^2-Factor/);
  });

  it("keeps the documented typos", () => {
    const messages = catalog.errors.map((e) => e.message);
    expect(messages).toContain("Order id is not exist");
    expect(messages).toContain("V2 API Nonce is must be bigger then last nonce");
  });

  it("gives code 131 the name NONCE_NOT_INCREASING and every error a declared category", () => {
    expect(catalog.errors.find((e) => e.code === "131")?.name).toBe("NONCE_NOT_INCREASING");
    const ids = new Set(catalog.categories.map((c) => c.id));
    for (const error of catalog.errors) expect(ids.has(error.category)).toBe(true);
    // Every declared category is used.
    expect(new Set(catalog.errors.map((e) => e.category))).toEqual(ids);
  });

  it("keeps the guidance of the Korean text in the English description", () => {
    const en = (code: string) => catalog.errors.find((e) => e.code === code)?.description.en ?? "";
    expect(en("23")).toContain("Open API menu");
    expect(en("24")).toContain("Open API menu");
    expect(en("153")).toContain("customer center");
    expect(en("3010")).toContain("PASS app");
  });

  it("starts with the yaml-language-server schema line", () => {
    const text = readFileSync(`${ROOT}/spec/errors.yaml`, "utf8");
    expect(text.split("\n")[0]).toBe("# yaml-language-server: $schema=./errors.schema.json");
  });
});
