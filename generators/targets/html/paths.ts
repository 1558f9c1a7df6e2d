/**
 * Where the HTML reference puts its pages, in one place: the TypeScript
 * target's problem-details helper and `coinone-errors explain` link to the
 * same code pages. The source locale's pages sit at the root of `html/`
 * (`index.html`, `errors/<code>.html`), every other locale's under its id
 * (`ko/index.html`, `ko/errors/<code>.html`). A code page's address under
 * the catalog's `docsBaseUrl` is the RFC 9457 problem `type` of that code.
 */
import type { Catalog } from "../../catalog/types.ts";

/** The folder of the site in the output folder. */
export const SITE_FOLDER = "html/";
/** A code page's path below a locale's root is CODE_PAGE_PREFIX + code + CODE_PAGE_SUFFIX. */
export const CODE_PAGE_PREFIX = "errors/";
export const CODE_PAGE_SUFFIX = ".html";

/** The folder of a locale's pages below the site: "" for the source locale, `ko/` for ko. */
export const localeFolder = (catalog: Catalog, locale: string): string =>
  locale === catalog.sourceLocale ? "" : `${locale}/`;

/** A code page's path below a locale's root, e.g. `errors/105.html` (codes are `[A-Za-z0-9_-]`). */
export const codePagePath = (code: string): string => `${CODE_PAGE_PREFIX}${code}${CODE_PAGE_SUFFIX}`;

/** The published address of a code's page (source locale), or undefined without a `docsBaseUrl`. */
export function codePageUrl(catalog: Catalog, code: string): string | undefined {
  return catalog.docsBaseUrl === undefined ? undefined : `${catalog.docsBaseUrl}${codePagePath(code)}`;
}
