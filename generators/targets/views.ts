/**
 * View builders: what a template entry renders. `catalog` (the default) is
 * the documented catalog view (catalog-view.ts, dist/catalog.schema.json)
 * plus `locale` (with `each: locale`) or `category` (with `each: category`:
 * the category view with its `errors`). `markdown-reference` is the view
 * model of the Markdown reference (markdown.ts).
 */
import { buildCatalogView } from "./catalog-view.ts";
import { MARKDOWN_VIEW } from "./markdown.ts";
import type { ViewBuilder, ViewScope } from "./template.ts";
import type { Catalog } from "../catalog/types.ts";

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
  "markdown-reference": MARKDOWN_VIEW,
};
