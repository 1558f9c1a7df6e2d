/**
 * The registries' metadata every language package shares, read from the
 * catalog header's optional `repository`, `license` and `author`: the
 * license's SPDX ids with the address of each text, and the LICENSE file a
 * package ships. A field the catalog leaves out is left out of every package.
 */
import type { Catalog } from "../catalog/types.ts";

/** The ids of an SPDX expression (`MIT OR Apache-2.0` -> MIT, Apache-2.0), each with its page on spdx.org. */
export function spdxLicenses(expression: string): { id: string; url: string }[] {
  return expression.split(/ (?:AND|OR|WITH) /).map((id) => ({ id, url: `https://spdx.org/licenses/${id}.html` }));
}

/**
 * The LICENSE file of a package when the catalog names a license: the SPDX
 * expression, the copyright holder (the catalog's author) and where each
 * license text is published. Plain text, so any catalog text is safe in it.
 */
export function licenseFile(catalog: Catalog): string | undefined {
  if (catalog.license === undefined) return undefined;
  return [
    `SPDX-License-Identifier: ${catalog.license}`,
    "",
    ...(catalog.author === undefined ? [] : [`Copyright (c) ${catalog.author}`, ""]),
    `This package, generated from the ${catalog.name} error catalog, is licensed under ${catalog.license}.`,
    "The license text:",
    "",
    ...spdxLicenses(catalog.license).map(({ id, url }) => `- ${id}: ${url}`),
    ...(catalog.repository === undefined ? [] : ["", `Source: ${catalog.repository}`]),
    "",
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
