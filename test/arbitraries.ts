/** fast-check arbitraries for valid catalogs with hostile text, shared by the property tests. */
import fc from "fast-check";
import { isReservedMemberName, toEnumMemberName } from "../generators/catalog/names.ts";
import schema from "../spec/errors.schema.json" with { type: "json" };

const ERROR_CLASSES: readonly string[] = schema.$defs.error.properties.errorClass.enum;

const MAX_ERRORS = Number(process.env.PROPERTY_MAX_ERRORS ?? 25);

const PIECES = [
  "*/",
  "/*",
  "|",
  "`",
  "${",
  "}",
  '"',
  "'",
  "\\",
  "\n",
  "\r\n",
  "\u2028",
  "\u2029",
  "\u202E",
  "\u200B",
  "\uFEFF",
  "🚨",
  "👩‍💻",
  "<script>",
  "&amp;",
  "#",
  ": ",
  "- ",
  "---",
  "@param",
  "{@link x}",
  "\t",
  " ",
  // Issue 12: tags after any whitespace, raw HTML and links, YAML 1.1 breakers, ICU syntax, comment closers, Markdown
  // traps.
  " @deprecated",
  "\t@deprecated",
  "\u3000@deprecated",
  "\u00A0@internal",
  "\u0085@see",
  "\u200B@param",
  "@@x",
  "mail@example.com",
  '<a href="javascript:alert(1)">',
  "<img src=x onerror=alert(1)>",
  "[x](javascript:alert(1))",
  "![i](x)",
  "<https://evil.example/>",
  "https://bare.example/",
  "www.example.com",
  "&lt;",
  "&#60;",
  "\u007F",
  "\u0080",
  "\u0085",
  "\u009F",
  "\uFFFE",
  "\uFFFF",
  "See note\u2028#2 below.",
  "\u2066",
  "\u061C",
  "'",
  "''",
  "'{",
  "}'",
  "{",
  '{"price": 1}',
  "<b>",
  "</b>",
  "$t(key)",
  "{{x}}",
  "#",
  "\n# ",
  "\n> ",
  "\n1. ",
  "    ",
  "  \n",
  "-->",
  "--!>",
  "--->",
  "<!--",
];
export const text: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 4, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }) },
    {
      weight: 3,
      arbitrary: fc
        .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: "grapheme-ascii", maxLength: 6 })), {
          minLength: 1,
          maxLength: 12,
        })
        .map((parts) => parts.join("")),
    },
    {
      weight: 1,
      arbitrary: fc
        .string({ unit: "grapheme", minLength: 1, maxLength: 3 })
        .map((s) => [...s.repeat(Math.ceil(10_000 / s.length))].slice(0, 10_000).join("")),
    }, // cut at a code point: a catalog holds no lone surrogate
  )
  // `{name}` would be a placeholder that every locale must share (and quoted it is flagged); the pipeline's own checks
  // cover those rules.
  .map((s) => s.replace(/\{(\s*[\p{L}_][\p{L}\p{N}_]*\s*(?:,[^{}]*)?)\}/gu, "($1)"))
  .filter((s) => s.length > 0);

/** Text as an ICU message that prints it as written: `'` doubled, braces quoted. */
export function icuLiteral(text: string): string {
  return text.replace(/'/g, "''").replace(/[{}]/g, "'$&'");
}

const code = fc.oneof(
  fc.integer({ min: 0, max: 99_999 }).map(String),
  fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,10}$/),
);
const name = fc
  .stringMatching(/^[A-Z][A-Z0-9]{0,6}(_[A-Z0-9]{1,6}){0,3}$/)
  .filter((n) => !isReservedMemberName(toEnumMemberName(n)));
const LOCALES = ["en", "ko", "ja", "pt-BR", "zh-Hant-TW"];

export const catalogArbitrary = fc
  .record({
    locales: fc.shuffledSubarray(LOCALES, { minLength: 1, maxLength: 5 }),
    categories: fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/), { minLength: 1, maxLength: 4 }),
    entries: fc.uniqueArray(fc.record({ code, name }), {
      minLength: 1,
      maxLength: MAX_ERRORS,
      selector: (e) => e.code,
    }),
    title: text.map((t) => [...t].slice(0, 150).join("")),
  })
  .chain(({ locales, categories, entries, title }) => {
    // Names must be unique as enum members too.
    const seen = new Set<string>();
    const unique = entries.filter((e) => !seen.has(toEnumMemberName(e.name)) && seen.add(toEnumMemberName(e.name)));
    const localized = fc
      .tuple(...locales.map(() => text))
      .map((texts) => Object.fromEntries(locales.map((l, i) => [l, texts[i]])));
    // Descriptions are ICU messages: the arbitrary text is written as one, every literal escaped.
    const messages = localized.map((texts) =>
      Object.fromEntries(Object.entries(texts).map(([l, t]) => [l, icuLiteral(t ?? "")])),
    );
    return fc.record({
      catalog: fc.constant({
        name: "prop",
        title,
        version: "1.0.0",
        sourceLocale: locales[0],
        locales,
        // Arbitrary text holds braces, tags, @ and |: only ICU formatters print all of it (rule formatter-syntax).
        i18nFormatters: "icu",
        wire: {
          resultField: "result",
          errorResult: "error",
          codeField: "error_code",
          messageField: "error_msg",
          legacyCodeField: "errorCode",
          legacyMessageField: "errorMsg",
        },
      }),
      categories: fc
        .tuple(...categories.map(() => localized))
        .map((titles) => categories.map((id, i) => ({ id, title: titles[i] }))),
      errors: fc
        .tuple(
          ...unique.map(() =>
            fc.record({
              message: text,
              description: messages,
              category: fc.constantFrom(...categories),
              errorClass: fc.constantFrom(...ERROR_CLASSES),
              retryable: fc.boolean(),
              deprecated: fc.boolean(),
              removed: fc.nat(9),
            }),
          ),
        )
        .map((details) =>
          unique.map((e, i) => {
            const d = details[i]!;
            return {
              code: e.code,
              name: e.name,
              category: d.category,
              message: d.message,
              errorClass: d.errorClass,
              retryable: d.retryable,
              ...(d.retryable && d.removed === 1 && { retryAfterSeconds: 60 }),
              description: d.description,
              source: { message: "ours" },
              ...(d.deprecated && { deprecated: { since: "1.0.0", reason: d.message } }),
              // The first code stays active: a catalog of tombstones only is rejected (no-active-codes).
              ...(d.removed === 0 && i > 0 && { removed: { since: "1.0.0", reason: "Retired." } }),
            };
          }),
        ),
    });
  });

/** Pieces that break one language or another: comment ends, quotes, escapes, line breaks, bidi and C1 controls. */
export const LANGUAGE_BREAKERS = [
  "*/",
  "/*",
  "*\\/",
  '"""',
  "-->",
  "${",
  "$x",
  "\\",
  '"',
  "'",
  "\n",
  "\r\n",
  "\r",
  "\u0085",
  "\u2028",
  "\u2029",
  "\u202E",
  "\u2066",
  "\u200B",
  "\uFEFF",
  "\u0000",
  "\u001B",
  "\u007F",
  "\u009B",
  "🚨",
  "<script>",
  "&amp;",
  "@param",
  "#",
  "\t",
  "\\u0041",
];
/** Any code points (no lone surrogates: catalog text comes from UTF-8) mixed with the pieces that break languages. */
export const scalarText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc
    .array(fc.oneof(fc.constantFrom(...LANGUAGE_BREAKERS), fc.string({ unit: "binary", maxLength: 4 })), {
      maxLength: 10,
    })
    .map((parts) => parts.join("")),
);
/** Any UTF-16 code units, lone surrogates included, for languages whose strings are UTF-16. */
export const utf16Text: fc.Arbitrary<string> = fc.oneof(
  scalarText,
  fc.string({ unit: fc.nat(0xffff).map((n) => String.fromCharCode(n)), maxLength: 20 }),
);
