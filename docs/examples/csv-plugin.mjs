/**
 * An example plugin (README.md, "Adding a target"): writes the error table as
 * CSV (RFC 4180: CRLF line ends, fields with `"`, `,` or line breaks quoted),
 * one `description_<locale>` column per locale, retired codes included with
 * their status. It reads the catalog view documented in dist/catalog.schema.json.
 * Options: `locales` (default: every locale of the catalog), `path`
 * (default: `errors.csv`).
 */
const field = (text) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

export default function csvPlugin(catalog, options) {
  const locales = options.locales ?? catalog.locales;
  const header = ["code", "name", "status", "category", "message", ...locales.map((locale) => `description_${locale}`)];
  const rows = catalog.errors.map((error) => [
    error.code,
    error.name,
    error.status,
    error.category,
    error.message,
    ...locales.map((locale) => error.description[locale] ?? ""),
  ]);
  const content = [header, ...rows].map((row) => `${row.map(field).join(",")}\r\n`).join("");
  return [{ path: options.path ?? "errors.csv", content }];
}
