/**
 * What the Java and Rust test programs print about a generated package
 * (test/fixtures/java/CatalogCheck.java, test/fixtures/rust/dump.rs), and
 * the check that it equals the catalog: every code, every metadata field
 * with its exact text, the locale fallback, the retired codes and the
 * parser cases.
 */
import { expect } from "vitest";
import type { Catalog, CatalogError } from "../generators/catalog/types.ts";

/** Locales the programs ask every description in; `null` stands for no locale (Java's null). */
export const LOCALES_TRIED = ["ko-KR", "ko", "pt-BR", "pt", "xx-YY", "null"];

const opt = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

/** Fields a language's package carries beyond those every one does (the Java package has no retry wait yet). */
export interface DumpFields {
  readonly retryAfterSeconds?: boolean;
}

function expectedInfo(catalog: Catalog, error: CatalogError, fields: DumpFields) {
  return {
    code: error.code,
    name: error.name,
    category: error.category,
    message: error.message,
    description: Object.fromEntries(catalog.locales.map((l) => [l, error.description[l]])),
    retryable: opt(error.retryable),
    ...(fields.retryAfterSeconds === true && { retryAfterSeconds: opt(error.retryAfterSeconds) }),
    errorClass: opt(error.errorClass),
    userAction: opt(error.userAction),
    deprecated: error.deprecated
      ? { since: error.deprecated.since, reason: error.deprecated.reason, replacedBy: opt(error.deprecated.replacedBy) }
      : null,
    removed: error.removed ? { since: error.removed.since, reason: error.removed.reason } : null,
    notes: opt(error.notes),
    httpStatus: opt(error.httpStatus),
  };
}

/** What the fallback must give: exact locale, then its language, then the source locale. */
function expectedDescription(catalog: Catalog, error: CatalogError, locale: string): string {
  if (locale === "null") return error.description[catalog.sourceLocale] as string;
  return (
    error.description[locale] ??
    error.description[locale.split("-")[0] as string] ??
    (error.description[catalog.sourceLocale] as string)
  );
}

/** Checks the dump of CatalogCheck against the catalog, field by field, text by exact text. */
export function expectDumpMatches(
  catalog: Catalog,
  dump: Record<string, any>,
  constantOf: (name: string) => string,
  fields: DumpFields = {},
): void {
  const active = catalog.errors.filter((e) => !e.removed);
  const { wire } = catalog;
  expect(dump.catalogName).toBe(catalog.name);
  expect(dump.version).toBe(catalog.version);
  expect(dump.sourceLocale).toBe(catalog.sourceLocale);
  expect(dump.locales).toEqual(catalog.locales);
  expect(dump.wire).toEqual([
    wire.resultField,
    wire.errorResult,
    [wire.codeField, ...(wire.legacyCodeField ? [wire.legacyCodeField] : [])],
    [wire.messageField, ...(wire.legacyMessageField ? [wire.legacyMessageField] : [])],
  ]);
  expect(dump.codes.map((c: any) => c.wireCode)).toEqual(active.map((e) => e.code));
  active.forEach((error, i) => {
    const entry = dump.codes[i];
    expect(entry.constant).toBe(constantOf(error.name));
    expect(entry.resolved).toBe(true);
    expect(entry.fromWireCode).toBe(entry.constant);
    expect(entry.isDeprecated).toBe(error.deprecated !== undefined);
    expect(entry.deprecatedSince).toBe(error.deprecated ? error.deprecated.since : null);
    expect(entry.info).toEqual(expectedInfo(catalog, error, fields));
    for (const locale of LOCALES_TRIED)
      expect(entry.describe[locale], `${error.code} ${locale}`).toBe(expectedDescription(catalog, error, locale));
  });
  const retired = catalog.errors.filter((e) => e.removed);
  expect(dump.reserved).toEqual(
    retired.map((e) => ({ ...expectedInfo(catalog, e, fields), isReserved: true, resolved: null })),
  );

  const first = active[0] as CatalogError;
  const known = (code: string) => active.find((e) => e.code === code);
  const parsed = (code: string | null, serverMessage: string | null) => {
    const info = code === null ? undefined : known(code);
    return {
      present: true,
      code,
      known: info !== undefined,
      constant: info ? constantOf(info.name) : null,
      serverMessage,
      message:
        `[${code ?? "no code"}${info ? ` ${info.name}` : ""}] ` +
        `${serverMessage ?? info?.message ?? "unknown error"}`,
      infoCode: info ? info.code : null,
      isError: true,
    };
  };
  const { cases } = dump;
  expect(cases.current).toEqual(parsed(first.code, "server says"));
  // Without legacy fields the program sends the current ones.
  expect(cases.legacy).toEqual(parsed(first.code, "legacy says"));
  expect(cases.missingMessage).toEqual(parsed(first.code, null));
  expect(cases.unknown).toEqual(parsed("no such code \u0000", "?"));
  for (const name of ["int", "long", "double", "decimal"]) expect(cases[name], name).toEqual(parsed("105", null));
  expect(cases.fraction).toEqual(parsed("1.5", null));
  expect(cases.messageNotText).toEqual(parsed(first.code, null));
  expect(cases.success).toEqual({ present: false });
  expect(cases.empty).toEqual({ present: false });
  expect(cases.null).toEqual({ present: false });
  expect(cases.constructed).toEqual(parsed(null, null));
}
