/**
 * A partial locale (issue 25, item 4): a locale other than the source locale
 * may lack texts. Each missing text falls back to the source locale's in
 * every artifact, and one warning per locale counts them; the source locale
 * itself must be complete (missing-locale, an error). Under strict
 * translations (issue 28) the warning is an error.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../generators/catalog/diagnostics.ts";
import { loadCatalog } from "../generators/catalog/load-catalog.ts";
import { generateArtifacts, ROOT } from "./helpers.ts";

const spec = readFileSync(join(ROOT, "spec", "errors.yaml"), "utf8");
const withJapanese = spec
  .replace("locales: [en, ko]", "locales: [en, ko, ja]")
  .replace(/(\n {2}- code: "105"\n(?: {4}.*\n)*? {6}ko: .*\n)/, "$1      ja: 価格が正しくありません。\n");

describe("a locale with one translation", () => {
  const { catalog, diagnostics } = loadCatalog(withJapanese, "spec/errors.yaml");
  const total = catalog?.errors.length ?? 0;
  const categories = catalog?.categories.length ?? 0;

  it("loads, with one warning that counts what is missing, and one for the translation nothing records", () => {
    const lines = withJapanese.split("\n");
    expect(catalog).toBeDefined();
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      `spec/errors.yaml:${lines.findIndex((l) => l.includes("locales: [en, ko, ja]")) + 1}:21 ` +
        `warning partial-locale: locale "ja" has no text in ${total - 1} of ${total} descriptions and ${categories} ` +
        "category titles; the en text stands in for them in every artifact\n" +
        "  hint: translate them when you can; until then every artifact shows the en text, and this count is printed " +
        "on every run",
      // The catalog tracks translations (originLocale: ko): a text added by hand records no origin text.
      `spec/errors.yaml:${lines.findIndex((l) => l.includes("ja: 価格")) + 1}:11 warning stale-translation: ` +
        'the ja description of code "105" records no ko text it was translated from\n' +
        "  hint: check description.ja against description.ko, update it if it no longer says the same, then run " +
        "`npm run translations -- confirm --locale ja --code 105`",
    ]);
  });

  it("counts the locale in the status: 1 translated, the rest missing", () => {
    const ja = catalog?.translationStatus?.find((s) => s.locale === "ja");
    expect(ja).toMatchObject({ total, translated: 1, stale: ["105"] });
    expect(ja?.missing).toHaveLength(total - 1);
    expect(ja?.missing).not.toContain("105");
  });

  it("is an error under strict translations, from the option or the catalog header", () => {
    const strict = loadCatalog(withJapanese, "spec/errors.yaml", { strictTranslations: true });
    const header = loadCatalog(
      withJapanese.replace("  originLocale: ko\n", "  originLocale: ko\n  strictTranslations: true\n"),
      "spec/errors.yaml",
    );
    for (const { catalog: none, diagnostics: found } of [strict, header]) {
      expect(none).toBeUndefined();
      expect(found.map((d) => `${d.severity} ${d.rule}`)).toEqual(["error partial-locale", "error stale-translation"]);
    }
  });

  it("falls back to the source locale in the bundles, the reference and the packages", () => {
    const files = new Map(generateArtifacts(catalog!).map((file) => [file.path, file.content]));
    const ja = JSON.parse(files.get("i18n/ja.json") ?? "{}") as Record<string, string>;
    const en = JSON.parse(files.get("i18n/en.json") ?? "{}") as Record<string, string>;
    expect(ja["105"]).toBe("価格が正しくありません。");
    expect(ja["4"]).toBe(en["4"]);
    expect(files.get("docs/errors.ja.md")).toContain("価格が正しくありません。");
    expect(files.get("python/src/coinone_error_codes/_catalog.py")).toContain('"ja": "価格が正しくありません。"');
  });
});
