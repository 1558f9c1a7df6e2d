/**
 * The registries' metadata every language package shares, read from the
 * catalog header's optional `repository`, `license` and `author`: the
 * license's SPDX ids with the address of each text, and the LICENSE file a
 * package ships. A field the catalog leaves out is left out of every package.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Catalog } from "../catalog/types.ts";

const packageRequire = createRequire(import.meta.url);

/** The ids of an SPDX expression (`MIT OR Apache-2.0` -> MIT, Apache-2.0), each with its page on spdx.org. */
export function spdxLicenses(expression: string): { id: string; url: string }[] {
  return expression.split(/ (?:AND|OR|WITH) /).map((id) => ({ id, url: `https://spdx.org/licenses/${id}.html` }));
}

/** SPDX's text of a license id (spdx-license-list), or undefined for an id it does not list (a LicenseRef-...). */
function spdxText(id: string): string | undefined {
  // The schema's pattern allows no "/" in an id, so the path stays inside the package's licenses/ folder.
  const file = join(dirname(packageRequire.resolve("spdx-license-list/package.json")), "licenses", `${id}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { licenseText: string }).licenseText : undefined;
}

/**
 * The LICENSE file of a package when the catalog names a license: the full
 * text of each license in the SPDX expression (from spdx-license-list, whose
 * `<year> <copyright holders>` line names the catalog's author, no year: the
 * output carries no date), or where the text is published for an id SPDX
 * does not list. Plain text, so any catalog text is safe in it.
 */
export function licenseFile(catalog: Catalog): string | undefined {
  if (catalog.license === undefined) return undefined;
  const holder = catalog.author === undefined ? "" : `Copyright (c) ${catalog.author}`;
  const texts = spdxLicenses(catalog.license).map(({ id, url }) => {
    const text = spdxText(id)?.replace(/^Copyright \(c\) <year> <copyright holders>$/m, holder);
    return text === undefined ? `${id}: ${url}\n` : `${text.trimEnd()}\n`;
  });
  return [
    `SPDX-License-Identifier: ${catalog.license}`,
    ...(catalog.repository === undefined ? [] : [`Source: ${catalog.repository}`]),
    "",
    texts.join("\n"),
  ].join("\n");
}

/**
 * A URL as a CommonMark autolink (`<https://...>`): inside one no escape is
 * read, so the characters that would end it or that it may not hold (`<`,
 * `>`, controls, spaces) are percent-encoded.
 */
export function markdownAutolink(url: string): string {
  const percent = (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`;
  return `<${url.replace(/[\u0000-\u0020<>\u007f]/g, percent)}>`;
}
