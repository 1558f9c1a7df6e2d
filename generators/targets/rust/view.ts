/**
 * The view model of the Rust crate: variant names, `///` lines, the
 * `#[deprecated]` attribute and the `ErrorInfo` literal of every code, every
 * catalog text escaped and every variant named by
 * generators/text/languages/rust.ts. The templates
 * in templates/rust/ only loop over it.
 */
import { generatedNotice } from "../../text/header.ts";
import { rustText, rustVariant } from "../../text/languages/rust.ts";
import type { Catalog, CatalogError } from "../../catalog/types.ts";
import { codeFields, messageFields } from "../../catalog/wire.ts";

const lit = (value: string) => rustText.stringLiteral(value);
const option = (value: string | undefined) => (value === undefined ? "None" : `Some(${lit(value)})`);

export { rustVariant };

/** `///` line bodies (a leading space where the line has text) for paragraphs `[label, text]`. */
function rustdoc(paragraphs: readonly (readonly [string, string])[]): string[] {
  const lines: string[] = [];
  paragraphs.forEach(([label, text], index) => {
    if (index > 0) lines.push("");
    rustText.docCommentLines(text).forEach((line, i) => lines.push(i === 0 ? `${label}${line}` : line));
  });
  return lines.map((line) => (line === "" ? "" : ` ${line}`));
}

/** The `ErrorInfo { ... }` literal of one code, as lines indented for the static table. */
function infoLiteral(catalog: Catalog, error: CatalogError): string[] {
  const { deprecated, removed, retryAfterSeconds: wait } = error;
  return [
    "    ErrorInfo {",
    `        code: ${lit(error.code)},`,
    `        name: ${lit(error.name)},`,
    `        category: ${lit(error.category)},`,
    `        message: ${lit(error.message)},`,
    "        descriptions: &[",
    ...catalog.locales.map((locale) => `            (${lit(locale)}, ${lit(error.description[locale] ?? "")}),`),
    "        ],",
    `        retryable: ${error.retryable === undefined ? "None" : `Some(${error.retryable})`},`,
    `        retry_after: ${wait === undefined ? "None" : `Some(::core::time::Duration::from_secs(${wait}))`},`,
    `        error_class: ${option(error.errorClass)},`,
    `        user_action: ${option(error.userAction)},`,
    deprecated
      ? `        deprecated: Some(crate::Deprecation { since: ${lit(deprecated.since)}, reason: ` +
        `${lit(deprecated.reason)}, replaced_by: ${option(deprecated.replacedBy)} }),`
      : "        deprecated: None,",
    removed
      ? `        removed: Some(crate::Removal { since: ${lit(removed.since)}, reason: ${lit(removed.reason)} }),`
      : "        removed: None,",
    `        notes: ${option(error.notes)},`,
    `        http_status: ${error.httpStatus === undefined ? "None" : `Some(${error.httpStatus})`},`,
    "    },",
  ];
}

export function rustView(catalog: Catalog) {
  const active = catalog.errors.filter((e) => !e.removed);
  const byCode = new Map(active.map((e) => [e.code, e]));
  const categoryTitle = (id: string) => catalog.categories.find((c) => c.id === id)?.title[catalog.sourceLocale] ?? id;
  const others = catalog.locales.filter((l) => l !== catalog.sourceLocale);
  const { wire } = catalog;
  const crateName = `${catalog.name}-error-codes`;
  const variants = active.map((error) => rustVariant(error.name));
  return {
    header: generatedNotice(catalog).map((line) => rustText.lineComment(line)),
    crateName,
    libName: crateName.replace(/-/g, "_"),
    titleDoc: rustdoc([["", `${catalog.title} (catalog ${catalog.name} ${catalog.version}).`]]),
    members: active.map((error, i) => ({
      get doc() {
        const paragraphs: [string, string][] = [["", error.description[catalog.sourceLocale] ?? ""]];
        for (const locale of others) paragraphs.push([`${locale}: `, error.description[locale] ?? ""]);
        paragraphs.push(
          ["Code: ", error.code],
          ["Message: ", error.message],
          ["Category: ", `${error.category} (${categoryTitle(error.category)})`],
        );
        return rustdoc(paragraphs);
      },
      get deprecated() {
        if (!error.deprecated) return false;
        const { since, reason, replacedBy } = error.deprecated;
        const replacement = replacedBy === undefined ? undefined : byCode.get(replacedBy);
        const use = replacement
          ? ` Use ErrorCode::${rustVariant(replacement.name)} (${replacement.code}) instead.`
          : replacedBy !== undefined
            ? ` Use code ${replacedBy} instead.`
            : "";
        return { since: lit(since), note: lit(`${reason}${use}`) };
      },
      variant: variants[i] as string,
      code: lit(error.code),
    })),
    errors: active.map((error) => ({ lines: infoLiteral(catalog, error) })),
    reserved: catalog.errors.filter((e) => e.removed).map((error) => ({ lines: infoLiteral(catalog, error) })),
    expected: active.map((error) => ({ code: lit(error.code), name: lit(error.name) })),
    catalogName: lit(catalog.name),
    version: lit(catalog.version),
    sourceLocale: lit(catalog.sourceLocale),
    locales: catalog.locales.map(lit).join(", "),
    wire: {
      result: lit(wire.resultField),
      errorResult: lit(wire.errorResult),
      code: lit(wire.codeField),
      codeFields: codeFields(wire).map(lit).join(", "),
      messageFields: messageFields(wire).map(lit).join(", "),
      legacyCode: lit(wire.legacyCodeField ?? wire.codeField),
      legacyMessage: lit(wire.legacyMessageField ?? wire.messageField),
      message: lit(wire.messageField),
    },
  };
}
