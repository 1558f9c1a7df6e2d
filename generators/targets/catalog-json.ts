/**
 * Emits `catalog.json`: the view of the catalog (catalog-view.ts) as JSON,
 * which dist/catalog.schema.json documents. JSON has no comments, so the
 * generated notice is its `$comment` field.
 */
import { buildCatalogView } from "./catalog-view.ts";
import type { Catalog } from "../catalog/types.ts";
import type { OutputFile } from "../output/files.ts";

export function generateCatalogJson(catalog: Catalog): OutputFile[] {
  return [{ path: "catalog.json", content: `${JSON.stringify(buildCatalogView(catalog), null, 2)}\n` }];
}
