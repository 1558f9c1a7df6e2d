/**
 * Emits `i18n/<locale>.json` for every declared locale: a flat object
 * `{ "<code>": "<description>" }` in code order, deprecated codes included,
 * retired codes left out. Placeholders stay in `{name}` form (ICU simple
 * arguments), so the bundles load into FormatJS as they are and into i18next
 * with `{`/`}` as the interpolation prefix and suffix.
 */
import type { Catalog, OutputFile } from "../catalog/types.ts";

/** Options of the `i18n` target (spec/targets.schema.json `i18nOptions`): the locales to write, all when absent. */
export interface I18nOptions {
  readonly locales?: readonly string[];
}

export function generateI18nBundles(catalog: Catalog, options: I18nOptions = {}): OutputFile[] {
  const active = catalog.errors.filter((error) => !error.removed);
  const locales = options.locales ?? catalog.locales;
  return locales.map((locale) => {
    // Built as entries and serialised by JSON.stringify: text is escaped by JSON itself.
    const bundle = Object.fromEntries(active.map((error) => [error.code, error.description[locale] ?? ""]));
    return { path: `i18n/${locale}.json`, content: `${JSON.stringify(bundle, null, 2)}\n` };
  });
}
