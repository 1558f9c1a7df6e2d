/**
 * The view: the normalised catalog as every template, plugin and
 * `catalog.json` receive it. Plain JSON data (errors in code order,
 * tombstones included, a `status` per error, provenance of the spec and
 * of every text, the documents texts are copied from) with every name
 * already spelt in each convention (`names`: upperSnake, pascal, camel,
 * snake, kebab) for the catalog, its categories and its errors, so no
 * target re-derives them. Documented by catalog-schema.ts
 * (dist/catalog.schema.json).
 */
import { caseNames, toUpperSnake } from "../catalog/names.ts";
import type { CaseNames } from "../catalog/names.ts";
import { generatedNotice } from "../text/header.ts";
import type { Catalog, CatalogError, Category, SourceDocument } from "../catalog/types.ts";

export type ErrorStatus = "active" | "deprecated" | "removed";

export interface ErrorView extends Omit<CatalogError, "code" | "name" | "member"> {
  readonly code: string;
  readonly name: string;
  readonly member: string;
  readonly names: CaseNames;
  readonly status: ErrorStatus;
}

export interface CategoryView extends Category {
  readonly names: CaseNames;
}

export interface CatalogView {
  readonly $comment: string;
  readonly name: string;
  readonly names: CaseNames;
  readonly title: string;
  readonly version: string;
  readonly provenance: { readonly spec: string; readonly sha256: string };
  readonly sourceLocale: string;
  readonly locales: readonly string[];
  readonly docsBaseUrl?: string;
  readonly repository?: string;
  readonly license?: string;
  readonly author?: string;
  readonly wire: Catalog["wire"];
  readonly categories: readonly CategoryView[];
  readonly documents: readonly SourceDocument[];
  readonly errors: readonly ErrorView[];
  readonly reservedCodes: readonly string[];
}

/** Any id or name (`api-access`, `coinone`, `PRICE_NOT_CORRECT`) in every convention. */
export const namesOf = (id: string): CaseNames => caseNames(toUpperSnake(id));

function errorView(error: CatalogError): ErrorView {
  const { code, name, member, ...rest } = error;
  const status: ErrorStatus = rest.removed ? "removed" : rest.deprecated ? "deprecated" : "active";
  return { code, name, member, names: caseNames(name), status, ...rest };
}

export function buildCatalogView(catalog: Catalog): CatalogView {
  return {
    $comment: generatedNotice(catalog).join(" "),
    name: catalog.name,
    names: namesOf(catalog.name),
    title: catalog.title,
    version: catalog.version,
    provenance: { spec: catalog.source.path, sha256: catalog.source.sha256 },
    sourceLocale: catalog.sourceLocale,
    locales: catalog.locales,
    ...(catalog.docsBaseUrl !== undefined && { docsBaseUrl: catalog.docsBaseUrl }),
    ...(catalog.repository !== undefined && { repository: catalog.repository }),
    ...(catalog.license !== undefined && { license: catalog.license }),
    ...(catalog.author !== undefined && { author: catalog.author }),
    wire: catalog.wire,
    categories: catalog.categories.map((category) => ({ ...category, names: namesOf(category.id) })),
    documents: catalog.documents,
    errors: catalog.errors.map(errorView),
    reservedCodes: catalog.errors.filter((error) => error.removed).map((error) => error.code),
  };
}
