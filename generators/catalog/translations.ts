/**
 * Translations as a workflow (issue 28): reads the spec data (before the
 * fallback fills missing texts) and says, per locale, which descriptions are
 * translated, missing or stale. With `catalog.originLocale` set, every other
 * locale's description records in `translatedFrom` the short hash of the
 * origin text it was translated from; a translation whose origin text has
 * changed since (or that records none) is stale. Runs on any data, valid or
 * not, like the other checks; `npm run translations` writes the records.
 */
import { createHash } from "node:crypto";
import type { Diagnostic } from "./diagnostics.ts";
import { quote } from "./diagnostics.ts";
import { compareCodes } from "./names.ts";
import type { LocaleStatus } from "./types.ts";
import { reporter } from "./yaml-source.ts";
import type { YamlSource } from "./yaml-source.ts";

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown, key: string): string | undefined => {
  const found = isObject(value) ? value[key] : undefined;
  return typeof found === "string" ? found : undefined;
};

/** The record of an origin text: the first 8 hex digits of its sha256, enough to tell two versions of one text apart. */
export function originHash(origin: string): string {
  return createHash("sha256").update(origin, "utf8").digest("hex").slice(0, 8);
}

/** The translation settings of the catalog header, as far as they are well formed. */
export interface TranslationSettings {
  readonly locales: readonly string[];
  /** The fallback locale (`sourceLocale`). */
  readonly fallback?: string;
  readonly origin?: string;
  readonly strict: boolean;
}

export function translationSettings(data: unknown): TranslationSettings {
  const meta = isObject(data) && isObject(data.catalog) ? data.catalog : {};
  const locales = list(meta.locales).filter((l): l is string => typeof l === "string");
  const origin = text(meta, "originLocale");
  const fallback = text(meta, "sourceLocale");
  return {
    locales,
    ...(fallback !== undefined && { fallback }),
    ...(origin !== undefined && locales.includes(origin) && { origin }),
    strict: meta.strictTranslations === true,
  };
}

/** Whether the translation of an error into `locale` is stale, and why; undefined when it is fresh or not tracked. */
export function staleness(
  entry: unknown,
  locale: string,
  origin: string,
): { recorded?: string; now: string } | undefined {
  if (!isObject(entry) || locale === origin) return undefined;
  const originText = text(entry.description, origin);
  if (originText === undefined || text(entry.description, locale) === undefined) return undefined;
  const now = originHash(originText);
  const recorded = text(entry.translatedFrom, locale);
  if (recorded === now) return undefined;
  return recorded === undefined ? { now } : { recorded, now };
}

/** Per declared locale, in catalog order: how many descriptions it has, which fall back, which are stale. */
export function localeStatuses(data: unknown): LocaleStatus[] {
  const { locales, origin } = translationSettings(data);
  const errors = list(isObject(data) ? data.errors : undefined).filter(isObject);
  const byCode = [...errors].sort((a, b) => compareCodes(String(a.code), String(b.code)));
  return locales.map((locale) => {
    const missing = byCode.filter((e) => text(e.description, locale) === undefined).map((e) => String(e.code));
    const stale =
      origin === undefined ? [] : byCode.filter((e) => staleness(e, locale, origin)).map((e) => String(e.code));
    return { locale, total: byCode.length, translated: byCode.length - missing.length, missing, stale };
  });
}

/**
 * The translation records checked: `originLocale` names a declared locale,
 * records name translated locales only, and each stale translation is named
 * (a warning, or an error under `strict`).
 */
export function checkTranslations(data: unknown, source: YamlSource, file: string, strict: boolean): Diagnostic[] {
  if (!isObject(data)) return [];
  const out: Diagnostic[] = [];
  const report = reporter(source, file, out);
  const { locales, origin } = translationSettings(data);
  const meta = isObject(data.catalog) ? data.catalog : {};
  const declared = text(meta, "originLocale");
  if (declared !== undefined && locales.length > 0 && origin === undefined) {
    report(
      ["catalog", "originLocale"],
      "unknown-locale",
      `origin locale ${quote(declared)} is not in catalog.locales`,
      `add ${declared} to catalog.locales or pick one of: ${locales.join(", ")}`,
    );
  }
  list(data.errors).forEach((entry, i) => {
    if (!isObject(entry)) return;
    const label = typeof entry.code === "string" ? `error ${quote(entry.code)}` : `errors[${i}]`;
    // An origin locale that is declared but unknown is reported once above, not once per record.
    if (isObject(entry.translatedFrom) && (origin !== undefined || declared === undefined)) {
      for (const locale of Object.keys(entry.translatedFrom)) {
        if (origin !== undefined && locale !== origin && locales.includes(locale)) continue;
        report(
          ["errors", i, "translatedFrom", locale],
          "translation-record",
          origin === undefined
            ? `${label} records a translation into ${quote(locale)}, but the catalog declares no originLocale`
            : `${label} records a translation into ${quote(locale)}, which is ${
                locale === origin ? "the origin locale itself" : "not a declared locale"
              }`,
          origin === undefined
            ? "declare catalog.originLocale, the locale the descriptions are written in first, or remove translatedFrom"
            : `remove translatedFrom.${locale}; \`npm run translations -- confirm\` writes the records`,
          "error",
          "key",
        );
      }
    }
    if (origin === undefined) return;
    for (const locale of locales) {
      const stale = staleness(entry, locale, origin);
      if (stale === undefined) continue;
      const code = typeof entry.code === "string" ? entry.code : String(i);
      report(
        ["errors", i, "description", locale],
        "stale-translation",
        stale.recorded === undefined
          ? `the ${locale} description of code ${quote(code)} records no ${origin} text it was translated from`
          : `the ${locale} description of code ${quote(code)} was translated from another ${origin} text (recorded ` +
              `${stale.recorded}, ` +
              `the ${origin} text now hashes to ${stale.now})`,
        `check description.${locale} against description.${origin}, update it if it no longer says the same, then ` +
          `run \`npm run translations -- confirm --locale ${locale} --code ${code}\``,
        strict ? "error" : "warning",
      );
    }
  });
  return out;
}

/** Under the strict setting a partial locale is an error: its missing texts must be translated first. */
export function strictPartialLocales(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.map((d) =>
    d.rule === "partial-locale" && d.severity === "warning"
      ? {
          ...d,
          severity: "error",
          hint: `${d.hint} (an error under strict translations: translate them, or turn strictTranslations off)`,
        }
      : d,
  );
}
