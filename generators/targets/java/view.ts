/**
 * The view model of the Java package: names, Javadoc lines and the builder
 * chain that creates each code's metadata, every catalog text escaped by
 * generators/text/languages/java.ts. The templates in templates/java/ only
 * loop over it.
 */
import { caseNames, exportNames } from "../../catalog/names.ts";
import { generatedNotice } from "../../text/header.ts";
import { javaText } from "../../text/languages/java.ts";
import type { Catalog, CatalogError } from "../../catalog/types.ts";
import { codeFields, messageFields } from "../../catalog/wire.ts";

const lit = (value: string) => javaText.stringLiteral(value);

/** Java's reserved words and literals (JLS 3.9, 3.10), which cannot name a package. */
const JAVA_RESERVED = new Set(
  ("abstract assert boolean break byte case catch char class const continue default do double else enum extends final " +
    "finally float for goto if implements import instanceof int interface long native new package private protected public " +
    "return short static strictfp super switch synchronized this throw throws transient try void volatile while true false null").split(" "),
);

/** `coinone` -> `coinone.errorcodes`: a lower-case package; a leading digit or a reserved word gets a `_` prefix. */
export function javaPackage(catalogName: string): string {
  const base = catalogName.toLowerCase().replace(/[^a-z0-9]+/g, "");
  return `${/^[a-z]/.test(base) && !JAVA_RESERVED.has(base) ? base : `_${base}`}.errorcodes`;
}

/** Javadoc body lines (` * ...`) for paragraphs; a paragraph is `[label, text]`. */
function javadoc(paragraphs: readonly (readonly [string, string])[], tail: readonly string[] = []): string[] {
  const lines: string[] = [];
  paragraphs.forEach(([label, text], index) => {
    if (index > 0) lines.push("");
    javaText.docCommentLines(text).forEach((line, i) => lines.push(i === 0 ? `${label}${line}` : line));
  });
  if (tail.length > 0) lines.push("", ...tail);
  return lines.map((line) => (line === "" ? " *" : ` * ${line}`));
}

function builderChain(catalog: Catalog, error: CatalogError, infoClass: string): string[] {
  const calls = [`${infoClass}.builder(${[error.code, error.name, error.category, error.message].map(lit).join(", ")})`];
  for (const locale of catalog.locales) calls.push(`.description(${lit(locale)}, ${lit(error.description[locale] ?? "")})`);
  if (error.retryable !== undefined) calls.push(`.retryable(${error.retryable})`);
  if (error.errorClass !== undefined) calls.push(`.errorClass(${lit(error.errorClass)})`);
  if (error.userAction !== undefined) calls.push(`.userAction(${lit(error.userAction)})`);
  if (error.deprecated) {
    const { since, reason, replacedBy } = error.deprecated;
    calls.push(`.deprecated(${lit(since)}, ${lit(reason)}, ${replacedBy === undefined ? "null" : lit(replacedBy)})`);
  }
  if (error.removed) calls.push(`.removed(${lit(error.removed.since)}, ${lit(error.removed.reason)})`);
  if (error.notes !== undefined) calls.push(`.notes(${lit(error.notes)})`);
  if (error.httpStatus !== undefined) calls.push(`.httpStatus(${error.httpStatus})`);
  calls.push(".build()");
  return calls.map((call, index) => (index === 0 ? call : `    ${call}`));
}

export function javaView(catalog: Catalog) {
  const names = exportNames(catalog.name);
  const classes = { code: names.enumName, info: names.infoInterface, errors: `${names.prefix}Errors`, exception: `${names.prefix}ApiException` };
  const active = catalog.errors.filter((e) => !e.removed);
  const byCode = new Map(active.map((e) => [e.code, e]));
  const categoryTitle = (id: string) => catalog.categories.find((c) => c.id === id)?.title[catalog.sourceLocale] ?? id;
  const others = catalog.locales.filter((l) => l !== catalog.sourceLocale);
  const { wire } = catalog;
  return {
    header: generatedNotice(catalog).map((line) => `// ${javaText.lineComment(line)}`),
    package: javaPackage(catalog.name),
    classes,
    links: Object.fromEntries(Object.entries(classes).map(([key, name]) => [key, `{@link ${name}}`])) as Record<keyof typeof classes, string>,
    titleDoc: javadoc([["", `${catalog.title} (catalog ${catalog.name} ${catalog.version}).`]]),
    members: active.map((error, index) => {
      const paragraphs: [string, string][] = [["", error.description[catalog.sourceLocale] ?? ""]];
      for (const locale of others) paragraphs.push([`<p>${locale}: `, error.description[locale] ?? ""]);
      paragraphs.push(["<p>Code: ", error.code], ["<p>Message: ", error.message], ["<p>Category: ", `${error.category} (${categoryTitle(error.category)})`]);
      let tail: string[] = [];
      if (error.deprecated) {
        const replacement = error.deprecated.replacedBy === undefined ? undefined : byCode.get(error.deprecated.replacedBy);
        tail = javadoc([["@deprecated Since ", `${error.deprecated.since}: ${error.deprecated.reason}`]]).map((l) => l.replace(/^ \* ?/, ""));
        if (replacement) tail.push(`Use {@link #${caseNames(replacement.name).upperSnake}} instead.`);
        else if (error.deprecated.replacedBy !== undefined) tail.push(...javaText.docCommentLines(`Use code ${error.deprecated.replacedBy} instead.`));
      }
      return {
        doc: javadoc(paragraphs, tail),
        deprecatedSince: error.deprecated ? lit(error.deprecated.since) : false,
        constant: caseNames(error.name).upperSnake,
        builder: builderChain(catalog, error, classes.info),
        separator: index === active.length - 1 ? ";" : ",",
      };
    }),
    reserved: catalog.errors.filter((e) => e.removed).map((error) => ({ builder: builderChain(catalog, error, classes.info) })),
    catalogName: lit(catalog.name),
    version: lit(catalog.version),
    sourceLocale: lit(catalog.sourceLocale),
    locales: catalog.locales.map(lit).join(", "),
    wire: {
      result: lit(wire.resultField),
      errorResult: lit(wire.errorResult),
      codeFields: codeFields(wire).map(lit).join(", "),
      messageFields: messageFields(wire).map(lit).join(", "),
    },
  };
}

export type JavaView = ReturnType<typeof javaView>;
