/**
 * One invalid catalog per rule (test/invalid-catalog-cases.ts), each with
 * the exact diagnostics it must produce, `file:line:col` included; and the
 * checks that need their own input (bytes, options, warnings).
 */
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../generators/catalog/diagnostics.ts";
import { loadCatalog } from "../generators/catalog/load-catalog.ts";
import { cases, DOCUMENTS, entry, FILE, HEAD } from "./invalid-catalog-cases.ts";

describe("invalid catalogs", () => {
  it.each(cases)("%s", (_name, text, expected) => {
    const result = loadCatalog(text, FILE);
    expect(result.catalog).toBeUndefined();
    expect(result.diagnostics.flatMap((d) => formatDiagnostic(d).split("\n"))).toEqual(expected);
  });

  it("reports invalid UTF-8 at the first bad byte", () => {
    const bytes = Buffer.concat([
      Buffer.from(`${HEAD}  - code: "105"\n    name: PRICE_NOT_CORRECT\n    message: "ab`),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('"\n'),
    ]);
    expect(loadCatalog(bytes, FILE).diagnostics.map(formatDiagnostic)).toEqual([
      "spec/errors.yaml:18:17 error invalid-utf8: the byte at offset 344 (0xc3) is not valid UTF-8\n  hint: save " +
        "the file as UTF-8; the catalog must be UTF-8 text",
    ]);
  });

  it("reports a catalog version that differs from the package's", () => {
    const result = loadCatalog(`${HEAD}${entry('"105"', "PRICE_NOT_CORRECT")}`, FILE, {
      packageVersion: { version: "1.1.0", file: "package.json" },
    });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'spec/errors.yaml:4:12 error version-mismatch: catalog.version "1.0.0" differs from the version "1.1.0" in ' +
        'package.json\n  hint: bump both together: set catalog.version and the "version" of package.json to the ' +
        "same value",
    ]);
    expect(
      loadCatalog(`${HEAD}${entry('"105"', "PRICE_NOT_CORRECT")}`, FILE, {
        packageVersion: { version: "1.0.0", file: "package.json" },
      }).diagnostics,
    ).toEqual([]);
  });

  it("reports a document no source names as a warning and still loads the catalog (issue 26)", () => {
    const result = loadCatalog(
      HEAD.replace("errors:\n", `${DOCUMENTS}errors:\n`) + entry('"105"', "PRICE_NOT_CORRECT"),
      FILE,
    );
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'spec/errors.yaml:16:9 warning unused-document: document "table" is declared but no text names it in ' +
        "source\n  hint: name it in the source of the texts copied from it, or remove it",
    ]);
    expect(result.catalog?.documents.map((d) => d.id)).toEqual(["table"]);
    expect(result.catalog?.errors[0]?.source).toEqual({ message: "ours", en: "ours", ko: "ours" });
  });

  it("reports codes out of order as a warning and still loads the catalog", () => {
    const result = loadCatalog(`${HEAD}${entry('"106"', "PRICE_WRONG")}${entry('"105"', "PRICE_NOT_CORRECT")}`, FILE);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'spec/errors.yaml:26:11 warning code-order: code "105" comes after "106"\n  hint: keep errors in code order ' +
        "so the file reads like the reference (output is sorted either way)",
    ]);
    expect(result.catalog?.errors.map((e) => e.code)).toEqual(["105", "106"]);
  });

  it("accepts the head plus one valid entry", () => {
    const result = loadCatalog(`${HEAD}${entry('"105"', "PRICE_NOT_CORRECT")}`, FILE);
    expect(result.diagnostics).toEqual([]);
    expect(result.catalog?.errors[0]).toMatchObject({ code: "105", member: "PriceNotCorrect" });
  });
});
