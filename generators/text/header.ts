/**
 * The "generated, do not edit" notice every artifact carries where its format
 * allows comments. It names the spec and the command, and nothing that
 * changes with the catalog's content (no date, no hash, no version), so a
 * change to one text rewrites only the files that hold that text; the
 * version and the spec's sha256 are in catalog.json.
 */
import type { Catalog } from "../catalog/types.ts";

export function generatedNotice(catalog: Catalog): string[] {
  return [
    `Generated from ${catalog.source.path} by coinone-error-codes. Do not edit: change the spec and run \`npm run ` +
      `generate\`.`,
  ];
}
