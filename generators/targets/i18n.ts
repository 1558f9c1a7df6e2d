/**
 * Emits `i18n/<locale>.json` for every declared locale: a flat object
 * `{ "<code>": "<message>" }` in code order (written by `orderedJson`, since a
 * JavaScript object would move codes like "105" ahead of "0105"), deprecated
 * codes included, retired codes left out. Each message is the description
 * printed back as ICU MessageFormat escaped only where ICU requires it
 * (message-syntax.ts): text the catalog allows (rule formatter-syntax) needs
 * no escape, so ICU formatters and the others (i18next without ICU,
 * vue-i18n, typesafe-i18n, Lingui's raw catalogs) print it as written.
 */
import { parseMessage, printForFormatters } from "../catalog/message-syntax.ts";
import { orderedJson } from "../text/ordered-json.ts";
import { pseudoLocalize } from "../catalog/pseudo-locale.ts";
import type { Catalog, CatalogError } from "../catalog/types.ts";
import type { OutputFile } from "../output/files.ts";

/** Options of the `i18n` target (spec/targets.schema.json `i18nOptions`): the locales to write, all when absent. */
export interface I18nOptions {
  readonly locales?: readonly string[];
  /** Also write `i18n/<pseudoLocale>.json`: the source locale's texts pseudo-localised (catalog/pseudo-locale.ts). */
  readonly pseudoLocale?: string;
}

/** A description as a formatter's message; the catalog checks guarantee it parses. */
export function bundleMessage(text: string): string {
  const parsed = parseMessage(text);
  if (!parsed.ok)
    throw new Error(`a description that is not a valid message reached the i18n target: ${parsed.message}`);
  return printForFormatters(parsed.elements, text);
}

export function generateI18nBundles(catalog: Catalog, options: I18nOptions = {}): OutputFile[] {
  const active = catalog.errors.filter((error) => !error.removed);
  const locales = options.locales ?? catalog.locales;
  const file = (locale: string, message: (error: CatalogError) => string): OutputFile => ({
    path: `i18n/${locale}.json`,
    content: `${orderedJson(new Map(active.map((error) => [error.code, message(error)])))}\n`,
  });
  const pseudo = options.pseudoLocale;
  return [
    ...locales.map((locale) => file(locale, (error) => bundleMessage(error.description[locale] ?? ""))),
    ...(pseudo === undefined
      ? []
      : [file(pseudo, (error) => bundleMessage(pseudoLocalize(error.description[catalog.sourceLocale] ?? "") ?? ""))]),
  ];
}
