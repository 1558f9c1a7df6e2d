/**
 * Translations as a workflow (issue 28), unit by unit: the records of the
 * real catalog, stale detection and the strict setting, the records written
 * through the yaml Document API (small diffs), the PO exchange (placeholders
 * checked, problems located in the PO file) and the pseudo-locale.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import gettext from "gettext-parser";
import IntlMessageFormat from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../generators/catalog/diagnostics.ts";
import { loadCatalog } from "../generators/catalog/load-catalog.ts";
import { pseudoLocalize } from "../generators/catalog/pseudo-locale.ts";
import { localeStatuses, originHash } from "../generators/catalog/translations.ts";
import { readSpecDocument, recordTranslation, specText } from "../generators/commands/spec-document.ts";
import { readPo, writePo } from "../generators/commands/translations-po.ts";
import { ROOT } from "./helpers.ts";

const spec = readFileSync(join(ROOT, "spec", "errors.yaml"), "utf8");
const KO_40 = "승인되지 않은 API 권한입니다.";
const changed40 = spec.replace(`      ko: ${KO_40}\n`, "      ko: 승인되지 않았거나 만료된 API 권한입니다.\n");
const lineOf = (text: string, needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;

describe("the records of the real catalog", () => {
  it("record, for every English description, the sha256 of its Korean origin, cut to 8 hex digits", () => {
    const data = readSpecDocument(spec).data as { errors: { description: Record<string, string> }[] };
    const { errors } = data as unknown as {
      errors: { description: Record<string, string>; translatedFrom?: Record<string, string> }[];
    };
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      const sha = createHash("sha256")
        .update(error.description.ko ?? "")
        .digest("hex");
      expect(error.translatedFrom).toEqual({ en: sha.slice(0, 8) });
    }
    expect(originHash(KO_40)).toBe(createHash("sha256").update(KO_40).digest("hex").slice(0, 8));
  });

  it("are complete and fresh: no warning, en and ko complete with nothing stale", () => {
    const { catalog, diagnostics } = loadCatalog(spec, "spec/errors.yaml");
    expect(diagnostics).toEqual([]);
    const total = catalog?.errors.length;
    expect(total).toBeGreaterThan(0);
    expect(catalog?.translationStatus).toEqual([
      { locale: "en", total, translated: total, missing: [], stale: [] },
      { locale: "ko", total, translated: total, missing: [], stale: [] },
    ]);
  });
});

describe("a changed origin text", () => {
  it("makes its translation stale: a located warning naming the code and both hashes", () => {
    const { catalog, diagnostics } = loadCatalog(changed40, "spec/errors.yaml");
    expect(catalog?.translationStatus?.[0]?.stale).toEqual(["40"]);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      `spec/errors.yaml:${lineOf(changed40, "en: The API permission has not been approved.")}:11 warning ` +
        `stale-translation: the en description of code "40" was translated from another ko text (recorded ` +
        `${originHash(KO_40)}, the ko text now hashes to ${originHash("승인되지 않았거나 만료된 API 권한입니다.")})\n` +
        "  hint: check description.en against description.ko, update it if it no longer says the same, then run " +
        "`npm run translations -- confirm --locale en --code 40`",
    ]);
  });

  it.each([
    ["the load option", changed40, { strictTranslations: true }],
    [
      "the catalog setting",
      changed40.replace("  originLocale: ko\n", "  originLocale: ko\n  strictTranslations: true\n"),
      {},
    ],
  ])("is an error under strict translations, set by %s", (_, text, options) => {
    const { catalog, diagnostics } = loadCatalog(text, "spec/errors.yaml", options);
    expect(catalog).toBeUndefined();
    expect(diagnostics.map((d) => `${d.severity} ${d.rule}`)).toEqual(["error stale-translation"]);
  });

  it("is cleared by recording the new origin (confirm), which changes one line of the spec", () => {
    const document = readSpecDocument(changed40);
    const index = document.indexOf.get("40") as number;
    recordTranslation(document, index, "en", "승인되지 않았거나 만료된 API 권한입니다.");
    const after = specText(document);
    const before = changed40.split("\n");
    const changedLines = after.split("\n").filter((line, i) => line !== before[i]);
    const hash = originHash("승인되지 않았거나 만료된 API 권한입니다.");
    // The library quotes a hash that would read as a number (all digits, or like 1e123456).
    expect(changedLines).toEqual([
      /^[0-9]+$|^[0-9]+e[0-9]+$/.test(hash)
        ? `    translatedFrom: { en: "${hash}" }`
        : `    translatedFrom: { en: ${hash} }`,
    ]);
    expect(loadCatalog(after, "spec/errors.yaml").diagnostics).toEqual([]);
  });

  it("leaves an unedited spec byte for byte as it was", () => {
    expect(specText(readSpecDocument(spec))).toBe(spec);
  });
});

describe("the translation records", () => {
  it.each([
    [
      "a record for an undeclared locale",
      spec.replace("    translatedFrom: { en: c5236578 }", "    translatedFrom: { en: c5236578, fr: c5236578 }"),
      'error translation-record: error "4" records a translation into "fr", which is not a declared locale',
    ],
    [
      "a record for the origin locale",
      spec.replace("    translatedFrom: { en: c5236578 }", "    translatedFrom: { en: c5236578, ko: c5236578 }"),
      'error translation-record: error "4" records a translation into "ko", which is the origin locale itself',
    ],
    [
      "an origin locale that is not declared",
      spec.replace("  originLocale: ko\n", "  originLocale: ja\n"),
      'error unknown-locale: origin locale "ja" is not in catalog.locales',
    ],
    [
      "a record that is not 8 hex digits",
      spec.replace("    translatedFrom: { en: c5236578 }", "    translatedFrom: { en: C5236578 }"),
      'error invalid-format: error "4" translatedFrom.en "C5236578" does not match ^[0-9a-f]{8}$',
    ],
  ])("reject %s", (_, text, expected) => {
    expect(text).not.toBe(spec);
    const { catalog, diagnostics } = loadCatalog(text, "spec/errors.yaml");
    expect(catalog).toBeUndefined();
    const errors = diagnostics.filter((d) => d.severity === "error").map((d) => `error ${d.rule}: ${d.message}`);
    expect(errors).toEqual([expected]);
  });
});

describe("the PO exchange", () => {
  const withJa = spec.replace("locales: [en, ko]", "locales: [en, ko, ja]");
  const catalog = loadCatalog(withJa, "spec/errors.yaml").catalog!;
  const items = catalog.errors.slice(0, 3).map((e) => ({
    code: e.code,
    name: e.name,
    origin: e.description.ko ?? "",
    fallback: e.description.en ?? "",
  }));

  it("writes msgctxt, the origin as msgid, a code reference and the English and name as #. comments", () => {
    const po = writePo(catalog, "ja", "ko", items);
    const data = gettext.po.parse(po);
    expect(data.headers.Language).toBe("ja");
    const entry = data.translations["4"]?.[items[0]?.origin ?? ""];
    expect(entry?.comments).toMatchObject({
      extracted: "USER_BLOCKED\nen: Access by this user is restricted.",
      reference: "code:4",
    });
    expect(entry?.msgstr).toEqual([""]);
  });

  it("reads back a translation; rejects one that breaks the placeholders, at its msgstr line", () => {
    const po = writePo(catalog, "ja", "ko", items)
      .replace(/(msgctxt "4"\nmsgid .*\n)msgstr ""/, '$1msgstr "制限されたユーザーのアクセスです。"')
      .replace(/(msgctxt "8"\nmsgid .*\n)msgstr ""/, '$1msgstr "トークン {token} が必要です。"')
      .replace(/(msgctxt "10"\nmsgid .*\n)msgstr ""/, '$1msgstr "IPアドレス {ip が制限されています。"');
    const read = readPo(po, "ja.po", catalog, "ko");
    expect(read.locale).toBe("ja");
    expect(read.texts).toEqual([{ code: "4", origin: items[0]?.origin, text: "制限されたユーザーのアクセスです。" }]);
    expect(read.diagnostics.map(formatDiagnostic)).toEqual([
      `ja.po:${lineOf(po, "トークン {token}")}:1 error placeholder-mismatch: code "8": the translation has ` +
        "placeholders {token: text} but the ko text has {}\n" +
        "  hint: keep every placeholder of the original, spelt the same; translate only the text around them",
      `ja.po:${lineOf(po, "IPアドレス {ip")}:1 error message-syntax: code "10": the translation is not a valid ` +
        "message: an argument must be `{name}` or `{name, type, ...}`\n" +
        "  hint: keep the placeholders as {name}; write a literal brace as '{' or '}'",
    ]);
  });

  it("rejects a translation made from an origin text that has changed since", () => {
    const po = writePo(catalog, "ja", "ko", [{ ...items[0]!, origin: "예전 텍스트" }]).replace(
      /msgstr ""\n*$/,
      'msgstr "古い"\n',
    );
    expect(readPo(po, "ja.po", catalog, "ko").diagnostics.map((d) => d.rule)).toEqual(["origin-changed"]);
  });
});

describe("the pseudo-locale", () => {
  it.each([
    ["Access by this user is restricted.", {}],
    ["Wait {seconds} s before {action}.", { seconds: 60, action: "retrying" }],
    ["{count, plural, one {# order} other {# orders}} are open.", { count: 2 }],
  ])("accents and lengthens %j, keeping its placeholders", (text, values) => {
    const pseudo = pseudoLocalize(text) ?? "";
    expect(pseudo).toMatch(/^\[.*·+\]$/);
    expect(pseudo.length).toBeGreaterThan(text.length + 4);
    let formatted = String(new IntlMessageFormat(pseudo, "en").format(values));
    for (const value of Object.values(values)) {
      expect(formatted).toContain(String(value));
      formatted = formatted.replace(String(value), "");
    }
    // Every letter of the text is accented; only the values are plain.
    expect(formatted).not.toMatch(/[A-Za-z{}]/);
  });

  it("is the same catalog's bundle: every code of en.json, none left untouched", () => {
    const { catalog } = loadCatalog(spec, "spec/errors.yaml");
    const en = JSON.parse(readFileSync(join(ROOT, "dist", "i18n", "en.json"), "utf8")) as Record<string, string>;
    const active = catalog!.errors.filter((e) => !e.removed);
    expect(active.map((e) => e.code)).toEqual(Object.keys(en));
    for (const error of active) expect(pseudoLocalize(error.description.en ?? "")).not.toBe(en[error.code]);
  });
});

describe("localeStatuses", () => {
  it("counts per locale in catalog order, codes in code order", () => {
    const data = readSpecDocument(changed40.replace("locales: [en, ko]", "locales: [en, ko, ja]")).data;
    const total = data.errors?.length;
    expect(localeStatuses(data).map((s) => [s.locale, s.translated, s.missing.length, s.stale])).toEqual([
      ["en", total, 0, ["40"]],
      ["ko", total, 0, []],
      ["ja", 0, total, []],
    ]);
  });
});
