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
import type { Catalog } from "../catalog/types.ts";
import type { OutputFile } from "../output/files.ts";

/** Options of the `i18n` target (spec/targets.schema.json `i18nOptions`): the locales to write, all when absent. */
export interface I18nOptions {
  readonly locales?: readonly string[];
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
  return locales.map((locale) => {
    const bundle = new Map(active.map((error) => [error.code, bundleMessage(error.description[locale] ?? "")]));
    return { path: `i18n/${locale}.json`, content: `${orderedJson(bundle)}\n` };
  });
}
