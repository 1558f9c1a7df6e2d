/**
 * The message syntax of descriptions (generators/catalog/message-syntax.ts)
 * and the scalar positions of its diagnostics: arguments with types, quoted
 * placeholders, messages printed for formatters that IntlMessageFormat
 * reads back to the catalog's literal text (escaped only where ICU requires
 * it), and the rule formatter-syntax with its located diagnostic.
 */
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import {
  argumentsOf,
  literalText,
  parseMessage,
  printForFormatters,
  quotedPlaceholder,
} from "../generators/catalog/message-syntax.ts";
import { formatterConflict } from "../generators/catalog/formatter-syntax.ts";
import { positionInScalar } from "../generators/catalog/scalar-position.ts";
import { loadCatalog } from "../generators/catalog/load-catalog.ts";

const parsed = (text: string) => {
  const result = parseMessage(text);
  if (!result.ok) throw new Error(result.message);
  return result.elements;
};

describe("message syntax", () => {
  it.each([
    ["Try again in {seconds} seconds.", ["seconds: text"]],
    [
      "{count, plural, one {# order} other {# orders {side, select, buy {b} other {o}}}}",
      ["count: plural", "side: select"],
    ],
    [
      "{rank, selectordinal, one {#st} other {#th}} at {min, number} {d, date} {t, time}",
      ["d: date", "min: number", "rank: selectordinal", "t: time"],
    ],
    ["No arguments, '{'literal'}' and it's <b>", []],
  ])("%s has arguments %j", (text, args) => {
    expect(argumentsOf(parsed(text))).toEqual(args);
  });

  it.each([
    ['Send {"price": 1}.', 5],
    ["Unclosed {name", 9],
    ["{count, plural, one {x}}", 23],
  ])("%j is a syntax error at offset %i", (text, offset) => {
    const result = parseMessage(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.offset).toBe(offset);
  });

  it("finds a quoted placeholder, but not quotes around a value or literal JSON", () => {
    expect(quotedPlaceholder(parsed("Pay in '{currency}'."), "Pay in '{currency}'.")).toEqual({
      found: "'{currency}'",
      offset: 7,
    });
    expect(quotedPlaceholder(parsed("{n, plural, other {'{x}'}}"), "{n, plural, other {'{x}'}}")?.found).toBe("'{x}'");
    expect(quotedPlaceholder(parsed("Pay in ''{currency}''."), "Pay in ''{currency}''.")).toBeUndefined();
    expect(quotedPlaceholder(parsed(`Send '{"price": 1}'.`), `Send '{"price": 1}'.`)).toBeUndefined();
  });

  it.each([
    "it's",
    "''",
    "'{'''",
    "'{<'",
    "a '<'b'>' c",
    "{n, plural, one {# '#' sign ''} other {# '{'x'}' '<'}}",
    "$t(key) '}' ok",
    "'''{'",
    "<",
    "a#b",
    "ends with it'",
    "a'<b a'>b a''''b",
    "x''{n}",
    "{n, plural, other {it''s''}} and '",
    "a < b, <3, a<'b'>",
  ])("%j printed for formatters reads back to the same literal text", (text) => {
    const elements = parsed(text);
    const printed = printForFormatters(elements, text);
    const values = { n: 1, x: "X" };
    // IntlMessageFormat with tags on, as the bundles are read, against the catalog read with tags off.
    expect(new IntlMessageFormat(printed, "en").format(values)).toBe(
      new IntlMessageFormat(text, "en", undefined, { ignoreTag: true }).format(values),
    );
    if (argumentsOf(elements).length === 0)
      expect(new IntlMessageFormat(printed, "en").format()).toBe(literalText(elements));
  });
});

describe("bundle messages: escaped only where ICU requires it", () => {
  it.each([
    ["The coin''s price.", "The coin's price."],
    ["it's 'quoted' and ends with '", "it's 'quoted' and ends with '"],
    ["a < b > c, <3, #1, '#'", "a < b > c, <3, #1, '#'"],
    ["Wait {seconds} s, it''s fine.", "Wait {seconds} s, it's fine."],
    ["'{'x'}'", "'{'x'}'"],
    ["<b>", "'<'b>"],
    ["a'''<'b", "a'''<'b"],
    ["x''{n}", "x''{n}"],
    ["{n, plural, one {it''s #} other {'#'1 '}'}}", "{n, plural, one {it's #} other {'#'1 '}'}}"],
  ])("%j is written %j", (text, bundle) => {
    expect(printForFormatters(parsed(text), text)).toBe(bundle);
  });
});

describe("formatter-syntax", () => {
  const conflict = (text: string) => formatterConflict(parsed(text), text);

  it.each([
    ["Send '{'x'}'.", "{", 6],
    ["a <b>", "<b", 2],
    ["a </ b", "</", 2],
    ["a''''b", "''", 1],
    ["it'''<' b", "'<", 4],
    ["x''{n}", "'{", 2],
    ["See $t(other.key).", "$t(other.key)", 4],
    ["mail@example.com", "@", 4],
    ["buy | sell", "|", 4],
    ["line\r\nbreak", "\r\n", 4],
    ["sep\u2028x", "\u2028", 3],
    ["C:\\u0041", "\\u0041", 2],
  ])("%j is refused for %j at offset %i", (text, found, offset) => {
    expect(conflict(text)).toMatchObject({ found, offset });
  });

  it.each([
    "The coin's price.",
    "it's 'quoted' and ends with '",
    "a < b > c, <3, #1, '#', 100%, $5, $t alone, $t( open, C:\\path",
    "Wait {seconds} s, it's fine.",
    "line\nbreak\ttab",
    "{n, plural, one {<b>@|#} other {'{'x'}'}}",
  ])("%j passes", (text) => {
    expect(conflict(text)).toBeUndefined();
  });

  const catalogWith = (en: string, extra = "") =>
    `catalog:\n  name: demo\n  title: Demo\n  version: 1.0.0\n  sourceLocale: en\n  locales: [en]\n${extra}  ` +
    `wire: { resultField: result, errorResult: error, codeField: error_code, messageField: error_msg ` +
    `}\ncategories:\n  - { id: order, title: { en: Orders } }\nerrors:\n  - code: "1"\n    name: BAD\n    ` +
    `category: order\n    message: Bad\n    errorClass: bad-request\n    source: { message: ours }\n    ` +
    `retryable: false\n    description:\n      en: ${en}\n`;

  it("is reported at the character, with the formatters that misread it and a fix", () => {
    const result = loadCatalog(catalogWith("'Write to help@coinone.co.kr'"), "spec/errors.yaml");
    expect(result.catalog).toBeUndefined();
    expect(result.diagnostics.map((d) => ({ ...d }))).toEqual([
      {
        file: "spec/errors.yaml",
        line: 19,
        col: 25,
        severity: "error",
        rule: "formatter-syntax",
        message:
          'error "1" description.en has "@", which not every translation formatter prints as written: vue-i18n ' +
          "reads @ as a linked message (@:key) and fails or prints something else",
        hint:
          "write at, or the full-width \uFF20 (U+FF20); or, when only ICU formatters read the i18n bundles, set " +
          "catalog.i18nFormatters: icu",
      },
    ]);
  });

  it("is not checked in a catalog for ICU formatters only (catalog.i18nFormatters: icu)", () => {
    const text = catalogWith(`"Write to help@coinone.co.kr, '{' <b>"`, "  i18nFormatters: icu\n");
    expect(loadCatalog(text, "spec/errors.yaml").diagnostics).toEqual([]);
  });

  it("says nothing more about a quoted placeholder, which has its own rule", () => {
    const rules = loadCatalog(catalogWith(`"Pay in '{currency}'."`), "spec/errors.yaml").diagnostics.map((d) => d.rule);
    expect(rules).toEqual(["quoted-placeholder"]);
  });
});

describe("positions inside a scalar", () => {
  const text = ['a: "x\\t{b"', "c: 'it''s {d'", "e: plain {f", "g: |", "  line one", "  l {2", 'h: "é\\u00e9 {i"'].join(
    "\n",
  );
  it.each([
    [1, 4, "x\t{b", 2, { line: 1, col: 8 }],
    [2, 4, "it's {d", 5, { line: 2, col: 11 }],
    [3, 4, "plain {f", 6, { line: 3, col: 10 }],
    [4, 4, "line one\nl {2\n", 11, { line: 6, col: 5 }],
    [7, 4, "éé {i", 3, { line: 7, col: 13 }],
  ])("line %i col %i: %j at offset %i", (line, col, value, offset, expected) => {
    expect(positionInScalar(text, { line, col }, value, offset)).toEqual(expected);
  });

  it("a catalog's message-syntax diagnostic points at the brace", () => {
    const catalog =
      `catalog:\n  name: demo\n  title: Demo\n  version: 1.0.0\n  sourceLocale: en\n  locales: [en]\n  ` +
      `wire: { resultField: result, errorResult: error, codeField: error_code, messageField: error_msg ` +
      `}\ncategories:\n  - { id: order, title: { en: Orders } }\nerrors:\n  - code: "1"\n    name: BAD\n    ` +
      `category: order\n    message: Bad\n    description:\n      en: 'It''s {broken'\n`;
    const diagnostic = loadCatalog(catalog, "spec/errors.yaml").diagnostics.find((d) => d.rule === "message-syntax");
    expect(diagnostic && `${diagnostic.line}:${diagnostic.col}`).toBe("16:18");
  });
});
