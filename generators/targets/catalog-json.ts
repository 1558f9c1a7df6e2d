/**
 * Emits `catalog.json`: the normalised catalog for machines (errors in code
 * order, tombstones included), with provenance (catalog version and the
 * spec's sha256). JSON has no comments, so the notice is a `$comment` field.
 */
import { generatedNotice } from "../text/header.ts";
import type { Catalog, OutputFile } from "../catalog/types.ts";

export function generateCatalogJson(catalog: Catalog): OutputFile[] {
  const document = {
    $comment: generatedNotice(catalog).join(" "),
    name: catalog.name,
    title: catalog.title,
    version: catalog.version,
    provenance: { spec: catalog.source.path, sha256: catalog.source.sha256 },
    sourceLocale: catalog.sourceLocale,
    locales: catalog.locales,
    ...(catalog.docsBaseUrl !== undefined && { docsBaseUrl: catalog.docsBaseUrl }),
    wire: catalog.wire,
    categories: catalog.categories,
    errors: catalog.errors.map(({ code, name, member, ...rest }) => ({
      code,
      name,
      member,
      status: rest.removed ? "removed" : rest.deprecated ? "deprecated" : "active",
      ...rest,
    })),
    reservedCodes: catalog.errors.filter((error) => error.removed).map((error) => error.code),
  };
  return [{ path: "catalog.json", content: `${JSON.stringify(document, null, 2)}\n` }];
}
