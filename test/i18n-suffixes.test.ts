/**
 * Codes that i18next would read as plural forms of another code. i18next,
 * set up as the README says (flat keys, the ICU format), still resolves
 * plurals by key suffix: asked for "4" with a count it first tries
 * "4_other" (or "4_one", "4_zero", "4_ordinal_few", ...). So a catalog with
 * codes "4" and "4_other" would answer t("4", { count: 3 }) with the text of
 * "4_other"; the catalog check refuses such codes (`i18n-key-suffix`),
 * for every suffix real i18next makes. Context suffixes (`4_x`, read only
 * when a caller passes `context: "x"`, which nothing here does) are
 * allowed, and that choice is pinned down below.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../generators/catalog/diagnostics.ts";
import { loadCatalog } from "../generators/catalog/load-catalog.ts";
import { ROOT } from "./helpers.ts";
import { entry, FILE, HEAD } from "./invalid-catalog-cases.ts";
import { i18nextAsReadme, valuesFor } from "./readers.ts";

/** Every plural suffix real i18next makes, cardinal and ordinal, over locales that use every CLDR category. */
async function i18nextSuffixes(): Promise<string[]> {
  const instance = i18next.createInstance();
  await instance.init({ lng: "en", resources: {} });
  const resolver = instance.services.pluralResolver as {
    getSuffixes(code: string, options?: { ordinal?: boolean }): string[];
  };
  const suffixes = new Set<string>(["_zero"]); // tried for count 0 in every locale
  for (const locale of ["en", "ko", "ar", "cy", "ru", "pl", "ga", "fr", "ja"]) {
    for (const ordinal of [false, true])
      for (const suffix of resolver.getSuffixes(locale, { ordinal })) suffixes.add(suffix);
  }
  return [...suffixes].sort();
}

const bundle = { "4": "Access by this user is restricted.", "4_other": "Another error entirely.", "4_x": "Context x." };

describe("i18next, set up as the README says", () => {
  it('answers t("4", { count }) with the text of code "4_other": the collision the rule prevents', async () => {
    const t = await i18nextAsReadme({ en: bundle });
    expect(t.t("4")).toBe("Access by this user is restricted.");
    expect(t.t("4", { count: 3 })).toBe("Another error entirely.");
    expect(t.t("4", { count: 1 })).toBe("Access by this user is restricted.");
  });

  it("reads a context suffix only when the caller passes that context", async () => {
    const t = await i18nextAsReadme({ en: { "4": bundle["4"], "4_x": bundle["4_x"] } });
    expect([t.t("4"), t.t("4", { count: 3 }), t.t("4", { count: 0, ordinal: true })]).toEqual(
      Array(3).fill("Access by this user is restricted."),
    );
    expect(t.t("4", { context: "x" })).toBe("Context x.");
  });
});

describe("the catalog check", () => {
  it("refuses a code that is another code plus each plural suffix i18next makes, at the suffixed code", async () => {
    const suffixes = await i18nextSuffixes();
    expect(suffixes).toEqual([
      "_few",
      "_many",
      "_one",
      "_ordinal_few",
      "_ordinal_many",
      "_ordinal_one",
      "_ordinal_other",
      "_ordinal_two",
      "_ordinal_zero",
      "_other",
      "_two",
      "_zero",
    ]);
    for (const suffix of suffixes) {
      const result = loadCatalog(`${HEAD}${entry('"4"', "USER_BLOCKED")}${entry(`"4${suffix}"`, "OTHER_ERROR")}`, FILE);
      expect(result.catalog, suffix).toBeUndefined();
      expect(
        result.diagnostics.map((d) => `${d.line}:${d.col} ${d.rule}`),
        suffix,
      ).toEqual(["26:11 i18n-key-suffix"]);
    }
  });

  it("names both codes and says what i18next would do", () => {
    const result = loadCatalog(`${HEAD}${entry('"4"', "USER_BLOCKED")}${entry('"4_other"', "OTHER_ERROR")}`, FILE);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'spec/errors.yaml:26:11 error i18n-key-suffix: code "4_other" is code "4" followed by "_other", a plural ' +
        'suffix of i18next: asked for "4" with a count, i18next answers with the text of "4_other"\n' +
        "  hint: change one of the two codes: i18next reads a key ending in _zero, _one, _two, _few, _many or " +
        "_other (or _ordinal_ and one of those) as a plural form of the key before it",
    ]);
  });

  it("counts a retired code too: i18next would answer a client asking for it", () => {
    const retired = entry('"4"', "USER_BLOCKED", "    removed:\n      since: 1.0.0\n      reason: Gone.\n");
    const result = loadCatalog(`${HEAD}${retired}${entry('"4_one"', "OTHER_ERROR")}`, FILE);
    expect(result.diagnostics.map((d) => d.rule)).toEqual(["i18n-key-suffix"]);
  });

  it.each([
    ["a suffix with no code before it", ['"4_other"', '"5"']],
    ["a context suffix", ['"4"', '"4_x"']],
    ["a suffix in other case (i18next keys are case-sensitive)", ['"4"', '"4_OTHER"']],
    ["a suffix that is not the end of the code", ['"4"', '"4_one_b"']],
  ])("accepts %s", (_name, codes) => {
    const names = ["FIRST_ERROR", "SECOND_ERROR"];
    const result = loadCatalog(HEAD + codes.map((code, i) => entry(code, names[i] as string)).join(""), FILE);
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.catalog).toBeDefined();
  });
});

describe("the committed catalog", () => {
  it("resolves every code, with any count, to its own key in dist/i18n", async () => {
    const bundles = Object.fromEntries(
      ["en", "ko"].map((locale) => [
        locale,
        JSON.parse(readFileSync(join(ROOT, "dist", "i18n", `${locale}.json`), "utf8")) as Record<string, string>,
      ]),
    );
    const t = await i18nextAsReadme(bundles);
    const wrong: string[] = [];
    for (const [locale, messages] of Object.entries(bundles)) {
      for (const [code, message] of Object.entries(messages)) {
        for (const options of [{ count: 0 }, { count: 1 }, { count: 2 }, { count: 5 }, { count: 2, ordinal: true }]) {
          const details = t.getFixedT(locale)(code, {
            ...valuesFor(message),
            ...options,
            returnDetails: true,
          }) as unknown as { exactUsedKey: string };
          if (details.exactUsedKey !== code)
            wrong.push(`${locale} ${code} ${JSON.stringify(options)}: ${details.exactUsedKey}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
