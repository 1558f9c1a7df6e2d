/**
 * The "generated, do not edit" notice every artifact carries where its format
 * allows comments. It names the spec, the catalog version and the spec's
 * sha256, and never a date, so the same input gives the same bytes.
 */
import type { Catalog } from "../catalog/types.ts";

export function generatedNotice(catalog: Catalog): string[] {
  return [
    `Generated from ${catalog.source.path} by coinone-error-codes. Do not edit: change the spec and run \`npm run generate\`.`,
    `Catalog ${catalog.name} ${catalog.version}, spec sha256 ${catalog.source.sha256}.`,
  ];
}
