/**
 * i18n bundles: golden files, loaded by i18next (with the README's ICU format) and FormatJS, complete in every locale.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateI18nBundles } from "../generators/targets/i18n.ts";
import type { Catalog } from "../generators/catalog/types.ts";
import { expectGolden, fixture, golden, loadFile, ROOT } from "./helpers.ts";
import { expectedText, formatterMismatches, i18nextAsReadme, valuesFor } from "./readers.ts";

const catalog = loadFile(join(ROOT, "spec", "errors.yaml"));
const fixtureCatalog = loadFile(fixture("minimal.yaml"), "test/fixtures/minimal.yaml");
const hostile = loadFile(fixture("hostile.yaml"), "test/fixtures/hostile.yaml");

const bundlesOf = (source: Catalog): Record<string, Record<string, string>> =>
  Object.fromEntries(
    generateI18nBundles(source).map((file) => [file.path.replace(/^i18n\/|\.json$/g, ""), JSON.parse(file.content)]),
  );

/** i18next configured as the README shows: one namespace, codes as flat keys, the ICU format plugin. */
const i18nextWith = (bundles: Record<string, Record<string, string>>) => i18nextAsReadme(bundles, "errors");

describe("i18n bundles", () => {
  it("match the golden files for the fixture catalog", () => {
    for (const file of generateI18nBundles(fixtureCatalog)) expectGolden(golden("minimal", file.path), file.content);
  });

  it("equal the committed dist/i18n files", () => {
    for (const file of generateI18nBundles(catalog))
      expect(file.content).toBe(readFileSync(join(ROOT, "dist", file.path), "utf8"));
  });

  it("hold every active code in code order, in every locale, with the same keys and no empty value", () => {
    const bundles = bundlesOf(catalog);
    expect(Object.keys(bundles)).toEqual(["en", "ko"]);
    const codes = catalog.errors.filter((e) => !e.removed).map((e) => e.code);
    for (const bundle of Object.values(bundles)) {
      expect(Object.keys(bundle)).toEqual(codes);
      for (const value of Object.values(bundle)) expect(value.trim()).not.toBe("");
    }
    // Key order in the file text too, not only in the parsed object.
    const text = readFileSync(join(ROOT, "dist", "i18n", "ko.json"), "utf8");
    expect([...text.matchAll(/^ {2}"([^"]+)":/gm)].map((m) => m[1])).toEqual(codes);
  });

  it.each([
    ["Coinone catalog", catalog],
    ["hostile catalog", hostile],
  ] as const)("i18next returns the catalog's description for every code and locale (%s)", async (_name, source) => {
    const t = await i18nextWith(bundlesOf(source));
    for (const error of source.errors.filter((e) => !e.removed)) {
      for (const locale of source.locales) {
        const text = error.description[locale] ?? "";
        expect(t.getFixedT(locale)(error.code, valuesFor(text))).toBe(expectedText(text, locale));
      }
    }
  });

  it("keeps deprecated codes, leaves retired ones out, and interpolates {name} placeholders", async () => {
    const bundles = bundlesOf(fixtureCatalog);
    expect(Object.keys(bundles.en ?? {})).toEqual(["105", "106", "405"]);
    const t = await i18nextWith(bundles);
    expect(t.getFixedT("en")("405", { seconds: 30 })).toBe("A server error occurred; try again in 30 seconds.");
    expect(t.getFixedT("ko")("405", { seconds: 30 })).toBe("서버 에러가 발생하였습니다. 30초 후 다시 시도하세요.");
    expect(t.exists("110")).toBe(false);
  });

  it("every message is valid ICU for FormatJS and formats to the catalog's text", async () => {
    for (const source of [catalog, fixtureCatalog, hostile])
      expect(await formatterMismatches(source, bundlesOf(source))).toEqual([]);
  });
});
