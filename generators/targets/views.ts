/**
 * View builders: what a template entry renders. `catalog` (the default) is
 * the documented catalog view (catalog-view.ts, dist/catalog.schema.json)
 * plus `locale` (with `each: locale`) or `category` (with `each: category`:
 * the category view with its `errors`). `markdown-reference` is the view
 * model of the Markdown reference (markdown.ts).
 */
import { buildCatalogView } from "./catalog-view.ts";
import { buildMarkdownView, finishMarkdown } from "./markdown.ts";
import type { Catalog } from "../catalog/types.ts";
import { MARKDOWN_REFERENCE_HELPERS } from "../text/template-helpers.ts";
import type { TextHelper } from "../text/template-helpers.ts";

export interface ViewScope {
  readonly locale?: string;
  /** A category id. */
  readonly category?: string;
}

export interface ViewBuilder {
  /** `each` values this view needs, if any. */
  readonly needs?: "locale";
  build(catalog: Catalog, scope: ViewScope): unknown;
  /** The helpers its templates get; the documented set (template-helpers.ts) when absent. */
  readonly helpers?: Readonly<Record<string, TextHelper>>;
  /** Applied to the rendered text. */
  readonly finish?: (text: string) => string;
}

function catalogView(catalog: Catalog, scope: ViewScope): unknown {
  const view = buildCatalogView(catalog);
  if (scope.locale !== undefined) return { ...view, locale: scope.locale };
  if (scope.category !== undefined) {
    const category = view.categories.find((c) => c.id === scope.category);
    return { ...view, category: { ...category, errors: view.errors.filter((e) => e.category === scope.category) } };
  }
  return view;
}

export const TEMPLATE_VIEWS: Readonly<Record<string, ViewBuilder>> = {
  catalog: { build: catalogView },
  "markdown-reference": { needs: "locale", helpers: MARKDOWN_REFERENCE_HELPERS, build: (catalog, scope) => buildMarkdownView(catalog, scope.locale ?? catalog.sourceLocale), finish: finishMarkdown },
};
