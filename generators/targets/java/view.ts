/**
 * The view model of the Java package: names, Javadoc lines and the builder
 * chain that creates each code's metadata, every catalog text escaped and
 * every name chosen by generators/text/languages/java.ts. The templates in
 * templates/java/ only loop over it.
 *
 * The JVM limits a method's code to 64 KiB and a class's constant pool to
 * 65,535 entries, and a class initializer is one method: an enum whose
 * constants built their metadata in it stopped compiling near 900 codes. So
 * a constant carries only its wire code, and the metadata is built on first
 * use by nested classes of FILL rows each (limit.ts holds the largest
 * catalog the enum itself compiles for).
 */
import { exportNames } from "../../catalog/names.ts";
import { generatedNotice } from "../../text/header.ts";
import { javaConstantNames, javaPackage, javaText } from "../../text/languages/java.ts";
import type { Catalog, CatalogError } from "../../catalog/types.ts";
import { codeFields, messageFields } from "../../catalog/wire.ts";

/**
 * Metadata rows per nested class, each with its own constant pool and one
 * method: a row with five locales takes about 150 bytes of code and 20 pool
 * entries.
 */
export const FILL = 100;

const lit = (value: string) => javaText.stringLiteral(value);

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
  const calls = [
    `${infoClass}.builder(${[error.code, error.name, error.category, error.message].map(lit).join(", ")})`,
  ];
  for (const locale of catalog.locales)
    calls.push(`.description(${lit(locale)}, ${lit(error.description[locale] ?? "")})`);
  if (error.retryable !== undefined) calls.push(`.retryable(${error.retryable})`);
  if (error.retryAfterSeconds !== undefined) calls.push(`.retryAfterSeconds(${error.retryAfterSeconds})`);
  if (error.errorClass !== undefined) calls.push(`.errorClass(${lit(error.errorClass)})`);
  if (error.userAction !== undefined) calls.push(`.userAction(${lit(error.userAction)})`);
  if (error.deprecated) {
    const { since, reason, replacedBy } = error.deprecated;
    calls.push(`.deprecated(${lit(since)}, ${lit(reason)}, ${replacedBy === undefined ? "null" : lit(replacedBy)})`);
  }
  if (error.removed) calls.push(`.removed(${lit(error.removed.since)}, ${lit(error.removed.reason)})`);
  if (error.notes !== undefined) calls.push(`.notes(${lit(error.notes)})`);
  if (error.httpStatus !== undefined) calls.push(`.httpStatus(${error.httpStatus})`);
  calls.push(".build();");
  return calls.map((call, index) => (index === 0 ? call : `    ${call}`));
}

/** `[start, end)` ranges of `size` over `count` items; one empty range for none. */
function ranges(count: number, size: number): [number, number][] {
  const out: [number, number][] = [];
  for (let start = 0; start < count || out.length === 0; start += size)
    out.push([start, Math.min(count, start + size)]);
  return out;
}

export function javaView(catalog: Catalog) {
  const names = exportNames(catalog.name);
  const classes = {
    code: names.enumName,
    info: names.infoInterface,
    errors: `${names.prefix}Errors`,
    exception: `${names.prefix}ApiException`,
  };
  const active = catalog.errors.filter((e) => !e.removed);
  const rows = [...active, ...catalog.errors.filter((e) => e.removed)];
  const constants = javaConstantNames(active.map((e) => e.name));
  const constantOf = new Map(active.map((e, i) => [e.code, constants[i] as string]));
  const categoryTitle = (id: string) => catalog.categories.find((c) => c.id === id)?.title[catalog.sourceLocale] ?? id;
  const others = catalog.locales.filter((l) => l !== catalog.sourceLocale);
  const { wire } = catalog;

  const members = active.map((error, index) => {
    const paragraphs: [string, string][] = [["", error.description[catalog.sourceLocale] ?? ""]];
    for (const locale of others) paragraphs.push([`<p>${locale}: `, error.description[locale] ?? ""]);
    paragraphs.push(
      ["<p>Code: ", error.code],
      ["<p>Message: ", error.message],
      ["<p>Category: ", `${error.category} (${categoryTitle(error.category)})`],
    );
    let tail: string[] = [];
    if (error.deprecated) {
      const { since, reason, replacedBy } = error.deprecated;
      const replacement = replacedBy === undefined ? undefined : constantOf.get(replacedBy);
      tail = javadoc([["@deprecated Since ", `${since}: ${reason}`]]).map((l) => l.replace(/^ \* ?/, ""));
      if (replacement) tail.push(`Use {@link #${replacement}} instead.`);
      else if (replacedBy !== undefined) tail.push(...javaText.docCommentLines(`Use code ${replacedBy} instead.`));
    }
    return {
      doc: javadoc(paragraphs, tail),
      deprecatedSince: error.deprecated ? lit(error.deprecated.since) : false,
      constant: constants[index] as string,
      wireCode: lit(error.code),
      separator: index === active.length - 1 ? ";" : ",",
    };
  });
  const rowClasses = ranges(rows.length, FILL).map(([start, end], k) => ({
    name: `Rows${k}`,
    rows: rows.slice(start, end).map((error, i) => ({
      index: start + i,
      builder: builderChain(catalog, error, classes.info),
    })),
  }));
  return {
    header: generatedNotice(catalog).map((line) => `// ${javaText.lineComment(line)}`),
    package: javaPackage(catalog.name),
    classes,
    links: Object.fromEntries(Object.entries(classes).map(([key, name]) => [key, `{@link ${name}}`])) as Record<
      keyof typeof classes,
      string
    >,
    titleDoc: javadoc([["", `${catalog.title} (catalog ${catalog.name} ${catalog.version}).`]]),
    members,
    rowClasses,
    rowsPerClass: FILL,
    activeCount: active.length,
    reservedCount: rows.length - active.length,
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
