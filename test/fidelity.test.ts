/**
 * The catalog against both source documents. test/fixtures/coinone-api-error-codes.txt
 * is the v1.0 error table; test/fixtures/coinone-api-error-codes-later.md lists,
 * verbatim, what the current table (API v2.1) adds and changes (both copies of
 * shared/seed). Every row of both must be in spec/errors.yaml verbatim; a row
 * may differ from v1.0 only where the later table changes it; no code is in the
 * catalog that neither document lists.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compareCodes } from "../generators/catalog/names.ts";
import { loadFile, ROOT } from "./helpers.ts";
import { laterTable, v1Rows } from "./seeds.ts";

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/;

const catalog = loadFile(`${ROOT}/spec/errors.yaml`);
const byCode = new Map(catalog.errors.map((e) => [e.code, e]));
const rows = v1Rows();
const v1 = rows.map((row) => ({ code: /^[0-9]+/.exec(row)?.[0] ?? "", row }));
const added = laterTable("Codes added after v1.0").map(([code, message, ko, source]) => ({
  code: code ?? "",
  message,
  ko,
  source,
}));
const changed = new Map(
  laterTable("Codes whose published text changed").map(([code, before, message, ko]) => [
    code ?? "",
    { before: before?.replace(/ \(unchanged\)$/, ""), message, ko },
  ]),
);
const noLongerListed = laterTable("No longer listed").map(([code]) => code ?? "");

describe("the two source documents", () => {
  it("have the sizes the later table states: 73 v1.0 rows, 17 added, 3 changed, 1 no longer listed", () => {
    expect(rows).toHaveLength(73);
    expect(added).toHaveLength(17);
    expect([...changed.keys()]).toEqual(["1201", "3010", "40"]);
    expect(noLongerListed).toEqual(["11"]);
  });

  it("agree: a changed row's v1.0 text is the v1.0 row's, and an added code is new", () => {
    for (const [code, change] of changed)
      expect(v1.find((r) => r.code === code)?.row.startsWith(`${code}${change.before}`)).toBe(true);
    for (const row of added) expect(v1.some((r) => r.code === row.code)).toBe(false);
  });
});

describe("spec/errors.yaml against both documents", () => {
  it("holds every code of the two documents, in code order; a code they do not have copies no text from them", () => {
    const documented = [...v1.map((r) => r.code), ...added.map((r) => r.code)].sort(compareCodes);
    const codes = catalog.errors.map((e) => e.code);
    expect(codes.filter((code) => documented.includes(code))).toEqual(documented);
    expect([...codes].sort(compareCodes)).toEqual(codes);
    // A code added later (by a maintainer) says where its texts come from: never from these two tables.
    const seedTables = ["v1.0-table", "current-table", "later-copy"];
    for (const error of catalog.errors.filter((e) => !documented.includes(e.code)))
      expect(
        Object.values(error.source ?? {}).filter((doc) => seedTables.includes(String(doc))),
        error.code,
      ).toEqual([]);
  });

  it.each(v1.filter((r) => !changed.has(r.code)).map((r) => [r.code, r.row] as const))(
    "v1.0 code %s: code + message + Korean description equal the row verbatim",
    (code, row) => {
      const error = byCode.get(code);
      expect(`${error?.code}${error?.message}${error?.description.ko}`).toBe(row);
    },
  );

  it.each([...changed].map(([code, change]) => [code, change] as const))(
    "changed code %s: the later message and Korean description, verbatim",
    (code, change) => {
      const error = byCode.get(code);
      expect(error?.message).toBe(change.message);
      expect(error?.description.ko).toBe(change.ko);
    },
  );

  it.each(added.map((r) => [r.code, r] as const))(
    "added code %s: message and Korean description verbatim",
    (code, row) => {
      const error = byCode.get(code);
      expect(error?.message).toBe(row.message);
      expect(error?.description.ko).toBe(row.ko);
      expect(error?.removed).toBeUndefined();
    },
  );

  it.each(catalog.errors.map((e) => [e.code, e] as const))(
    "code %s: English apart from Korean, an English description of its own",
    (_code, error) => {
      // The glued v1.0 columns are split where the English sentence ends.
      expect(error.message).not.toMatch(HANGUL);
      expect(error.description.ko).toMatch(HANGUL);
      expect(error.description.en).not.toMatch(HANGUL);
      expect(error.description.en).not.toBe(error.message);
    },
  );

  it("keeps code 11 active, with a note that the current table no longer lists it", () => {
    const eleven = byCode.get("11");
    expect(eleven?.removed).toBeUndefined();
    expect(eleven?.deprecated).toBeUndefined();
    expect(eleven?.notes).toMatch(/current error table .* no longer lists this code/);
  });

  it("leaves out what was seen only in paraphrase, and keeps the documented meaning of 53", () => {
    for (const code of ["316", "317", "3006", "3012", "3013", "3014", "3015", "3016", "3017", "3018"])
      expect(byCode.has(code), code).toBe(false);
    expect(byCode.get("53")?.message).toBe("Two Factor Auth Fail");
  });

  it("splits the glued rows where the issue says", () => {
    expect(byCode.get("21")?.message).toBe("Customers who need to register for API usage");
    expect(byCode.get("21")?.description.ko).toMatch(/^API 사용을/);
    expect(byCode.get("53")?.message).toBe("Two Factor Auth Fail");
    expect(byCode.get("53")?.description.ko).toMatch(/^2-Factor/);
  });

  it("keeps the documented typos and the v1.0 text of 118 (the later copy drops its period)", () => {
    const messages = catalog.errors.map((e) => e.message);
    expect(messages).toContain("Order id is not exist");
    expect(messages).toContain("V2 API Nonce is must be bigger then last nonce");
    expect(byCode.get("118")?.message).toBe("Already Submitted.");
  });

  it("gives code 131 the name NONCE_NOT_INCREASING and every error a declared category, each used", () => {
    expect(byCode.get("131")?.name).toBe("NONCE_NOT_INCREASING");
    const ids = new Set(catalog.categories.map((c) => c.id));
    for (const error of catalog.errors) expect(ids.has(error.category)).toBe(true);
    expect(new Set(catalog.errors.map((e) => e.category))).toEqual(ids);
    for (const code of ["312", "313", "314"]) expect(byCode.get(code)?.category).toBe("user-order-id");
  });

  it("keeps the guidance of the Korean text in the English description", () => {
    const en = (code: string) => byCode.get(code)?.description.en ?? "";
    expect(en("23")).toContain("Open API menu");
    expect(en("24")).toContain("Open API menu");
    expect(en("153")).toContain("customer center");
    // 3010's later text unlocks by logging in with the latest app or the website, no longer the PASS app.
    expect(en("3010")).toContain("latest version of the app");
    expect(en("3010")).not.toContain("PASS");
    expect(en("166")).toContain("LIMIT, MARKET, STOP_LIMIT (upper case only)");
    expect(en("1201")).toContain("v2/order/query_order");
    expect(en("1202")).toContain("v2.1/order/info");
  });

  it("explains every retryable code in notes", () => {
    for (const error of catalog.errors.filter((e) => e.retryable))
      expect(error.notes, error.code).toMatch(/^Retryable: /);
  });

  it("starts with the yaml-language-server schema line", () => {
    const text = readFileSync(`${ROOT}/spec/errors.yaml`, "utf8");
    expect(text.split("\n")[0]).toBe("# yaml-language-server: $schema=./errors.schema.json");
  });
});
