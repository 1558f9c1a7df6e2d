/**
 * Emits `html/`, a static reference site: per locale an index with search
 * and filters (`index.html`, `ko/index.html`) and one page per code
 * (`errors/105.html`, `ko/errors/105.html`; paths.ts). Inline style and
 * script only, under a Content-Security-Policy that allows nothing else, so
 * it works from `file://` and from any static host. TypeScript builds the
 * view model with every catalog text escaped by generators/text/html.ts;
 * templates/html/*.hbs only loop and branch.
 */
import { generatedNotice } from "../../text/header.ts";
import { htmlText } from "../../text/html.ts";
import { renderFile } from "../render-template.ts";
import { contentSecurityPolicy, SCRIPT, STYLE } from "./assets.ts";
import { codePagePath, codePageUrl, localeFolder, SITE_FOLDER } from "./paths.ts";
import { fill, retryPhrase } from "../fixed-texts.ts";
import { adviceFor, siteTexts, TEXT_LOCALES } from "./texts.ts";
import type { Catalog, CatalogError } from "../../catalog/types.ts";
import type { OutputFile } from "../../output/files.ts";

/** The notice as an HTML comment: `--` may not occur inside one. */
const notice = (catalog: Catalog) => htmlText(generatedNotice(catalog).join(" ")).replace(/--/g, "- -");

/** `../` once per folder of `path` below the site. */
const up = (path: string) => "../".repeat(path.split("/").length - 1);

function page(catalog: Catalog, locale: string, path: string, title: string, withScript: boolean) {
  const t = siteTexts(locale);
  const root = up(path);
  const target = path.slice(localeFolder(catalog, locale).length);
  return {
    notice: notice(catalog),
    lang: htmlText(locale),
    title: htmlText(title),
    csp: htmlText(contentSecurityPolicy(withScript)),
    style: STYLE,
    languageLabel: htmlText(t.languageLabel),
    languages: catalog.locales.map((other) => ({
      href: htmlText(`${root}${localeFolder(catalog, other)}${target}`),
      lang: htmlText(other),
      name: htmlText(TEXT_LOCALES.includes(other) ? siteTexts(other).language : other),
      current: other === locale,
    })),
  };
}

/** A category's title in `locale` (the loader gives every text in every locale, falling back to the source's). */
function categoryTitle(catalog: Catalog, id: string, locale: string): string {
  return catalog.categories.find((category) => category.id === id)?.title[locale] ?? id;
}

/** Everything a search may match, in every locale, lower-cased as the script lower-cases the query. */
function searchText(catalog: Catalog, error: CatalogError): string {
  return [
    error.code,
    error.name,
    error.message,
    error.errorClass,
    ...catalog.locales.map((locale) => error.description[locale] ?? ""),
    ...catalog.locales.map((locale) => categoryTitle(catalog, error.category, locale)),
  ]
    .join(" ")
    .toLowerCase();
}

function indexPage(catalog: Catalog, locale: string, errors: readonly CatalogError[]): OutputFile {
  const t = siteTexts(locale);
  const path = `${localeFolder(catalog, locale)}index.html`;
  const classes = [...new Set(errors.map((error) => error.errorClass))].sort();
  const view = {
    ...page(catalog, locale, path, catalog.title, true),
    heading: htmlText(catalog.title),
    script: SCRIPT,
    t: {
      skip: htmlText(t.skip),
      search: htmlText(t.search),
      category: htmlText(t.category),
      errorClass: htmlText(t.errorClass),
      retryable: htmlText(t.retryable),
      any: htmlText(t.any),
      yes: htmlText(t.yes),
      no: htmlText(t.no),
      shown: htmlText(t.shown),
      columns: t.columns.map(htmlText),
    },
    summary: htmlText(fill(t.shown, { count: String(errors.length) })),
    categories: catalog.categories.map((category) => ({
      id: htmlText(category.id),
      title: htmlText(categoryTitle(catalog, category.id, locale)),
    })),
    classes: classes.map(htmlText),
    rows: errors.map((error) => ({
      code: htmlText(error.code),
      name: htmlText(error.name),
      href: htmlText(codePagePath(error.code)),
      description: htmlText(error.description[locale] ?? ""),
      category: htmlText(error.category),
      categoryTitle: htmlText(categoryTitle(catalog, error.category, locale)),
      errorClass: htmlText(error.errorClass),
      retryable: error.retryable ? "yes" : "no",
      retry: htmlText(retryPhrase(error, t.yes, t.no, t.retryAfter)),
      search: htmlText(searchText(catalog, error)),
    })),
  };
  return renderFile(`${SITE_FOLDER}${path}`, "html/index.html.hbs", view);
}

function codePage(catalog: Catalog, locale: string, error: CatalogError): OutputFile {
  const t = siteTexts(locale);
  const path = `${localeFolder(catalog, locale)}${codePagePath(error.code)}`;
  const document = catalog.documents.find((d) => d.id === error.source.message);
  const url = codePageUrl(catalog, error.code);
  const replacedBy = error.deprecated?.replacedBy;
  const view = {
    ...page(catalog, locale, path, `${error.code} ${error.name} · ${catalog.title}`, false),
    index: htmlText(`${up(path.slice(localeFolder(catalog, locale).length))}index.html`),
    t: {
      allCodes: htmlText(t.allCodes),
      message: htmlText(t.message),
      description: htmlText(t.description),
      category: htmlText(t.category),
      errorClass: htmlText(t.errorClass),
      retryable: htmlText(t.retryable),
      whatToDo: htmlText(t.whatToDo),
      reference: htmlText(t.reference),
      problemType: htmlText(t.problemType),
    },
    code: htmlText(error.code),
    name: htmlText(error.name),
    messageLang: htmlText(catalog.sourceLocale),
    message: htmlText(error.message),
    description: htmlText(error.description[locale] ?? ""),
    category: htmlText(categoryTitle(catalog, error.category, locale)),
    errorClass: htmlText(error.errorClass),
    retry: htmlText(retryPhrase(error, t.yes, t.no, t.retryAfter)),
    advice: htmlText(adviceFor(error.errorClass, locale)),
    deprecated: error.deprecated
      ? htmlText(
          `${fill(t.deprecated, { since: error.deprecated.since })}: ${error.deprecated.reason}` +
            (replacedBy === undefined ? "" : ` ${fill(t.useInstead, { code: replacedBy })}`),
        )
      : "",
    problemType: url === undefined ? "" : htmlText(url),
    hasDocument: document?.url !== undefined,
    documentUrl: htmlText(document?.url ?? ""),
    documentTitle: htmlText(document?.title[locale] ?? ""),
  };
  return renderFile(`${SITE_FOLDER}${path}`, "html/code.html.hbs", view);
}

export function generateHtmlReference(catalog: Catalog): OutputFile[] {
  const errors = catalog.errors.filter((error) => !error.removed);
  return catalog.locales.flatMap((locale) => [
    indexPage(catalog, locale, errors),
    ...errors.map((error) => codePage(catalog, locale, error)),
  ]);
}
