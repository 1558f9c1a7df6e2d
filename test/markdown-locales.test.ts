/**
 * The Markdown reference speaks its page's language: the catalog title per
 * locale (catalog.translatedTitle), fixed texts from
 * templates/markdown/texts.json, English where a locale has none (a third
 * locale, de, in test/fixtures/three-locales.yaml), and the checks of a
 * title per locale.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../generators/catalog/diagnostics.ts";
import { loadCatalog } from "../generators/catalog/load-catalog.ts";
import { renderMarkdownReference } from "../generators/targets/markdown.ts";
import { fixture, loadFile, ROOT } from "./helpers.ts";

const coinone = loadFile(join(ROOT, "spec", "errors.yaml"));
const spec = readFileSync(join(ROOT, "spec", "errors.yaml"), "utf8");
const KOREAN_TITLE = "코인원 Open API 오류 코드";
const minimal = loadFile(fixture("minimal.yaml"), "test/fixtures/minimal.yaml");
const trio = loadFile(fixture("three-locales.yaml"), "test/fixtures/three-locales.yaml");
const firstLine = (markdown: string) => markdown.split("\n", 1)[0];

describe("titles", () => {
  it.each([
    ["coinone", coinone, "en", "# Coinone Open API errors"],
    ["coinone", coinone, "ko", `# ${KOREAN_TITLE}`],
    ["three-locales", trio, "de", "# Trio-API-Fehler (v2)"],
    // A catalog without translatedTitle has one title for every locale.
    ["minimal", minimal, "ko", "# Demo API errors"],
  ] as const)("%s errors.%s.md is titled in its locale", (_name, catalog, locale, heading) => {
    expect(firstLine(renderMarkdownReference(catalog, locale))).toBe(heading);
  });

  it("keeps the source locale's title where one text is needed", () => {
    expect(coinone.title).toBe("Coinone Open API errors");
    expect(coinone.titles).toEqual({ en: "Coinone Open API errors", ko: KOREAN_TITLE });
    expect(minimal.titles).toEqual({ en: minimal.title, ko: minimal.title });
  });

  it("uses the source locale's title for a locale the title leaves out, with no warning", () => {
    const text = readFileSync(fixture("three-locales.yaml"), "utf8").replace(", de: Trio-API-Fehler (v2) }", " }");
    expect(text).toContain("translatedTitle: { ko: 트리오 API 오류 코드 }");
    const { catalog, diagnostics } = loadCatalog(text, "t.yaml");
    expect(diagnostics.filter((d) => d.severity !== "warning" || /title/.test(d.message))).toEqual([]);
    expect(firstLine(renderMarkdownReference(catalog!, "de"))).toBe("# Trio API errors (v2)");
  });

  it("reports a translated title in an undeclared locale, located at its key", () => {
    const line = spec.split("\n").findIndex((l) => l.startsWith("  translatedTitle: {")) + 1;
    const misspelt = loadCatalog(spec.replace("translatedTitle: { ko:", "translatedTitle: { kr:"), "s.yaml");
    expect(misspelt.catalog).toBeUndefined();
    expect(misspelt.diagnostics.map(formatDiagnostic).filter((d) => d.includes("itle"))).toEqual([
      `s.yaml:${line}:22 error extra-locale: catalog.translatedTitle has text for "kr", which catalog.locales does ` +
        "not declare\n  hint: the declared locales are en, ko; declare kr in catalog.locales or remove this entry",
    ]);
  });
});

describe("fixed texts", () => {
  it("are Korean in the Korean reference", () => {
    const ko = renderMarkdownReference(coinone, "ko");
    for (const text of [
      "\n## 목차\n",
      "\n| 코드 | 이름 | 메시지 | 설명 | 분류 | 재시도 가능 |\n",
      "\n**계정 상태** (7)\n",
      "| 예, 60초 후 |",
      `카탈로그 버전 ${coinone.version}, 코드 90개. 다른 언어: [en](errors.en.md)`,
    ])
      expect(ko).toContain(text);
    for (const english of ["Contents", "Retryable", "Category", "Sources:", "Every error comes back"])
      expect(ko).not.toContain(english);
  });

  it("are English in a locale without its own (de), around the catalog's German texts", () => {
    const de = renderMarkdownReference(trio, "de");
    const en = renderMarkdownReference(trio, "en");
    for (const text of [
      "\n## Contents\n",
      "\n| Code | Name | Message | Description | Class | Retryable |\n",
      "\nEvery error comes back as a JSON body:\n",
      "| yes, after 5 s |",
      "- [Retired codes](#retired-1) (1)\n",
    ]) {
      expect(de).toContain(text);
      expect(en).toContain(text);
    }
    expect(de).toContain("- [Aufträge (user\\_order\\_id)](#contents-1) (1)\n");
    expect(de).toContain("`SECOND`: **Deprecated** (since 0.9.0, use [`1`](#error-1) instead): Use 1. Der zweite.\n");
  });
});
