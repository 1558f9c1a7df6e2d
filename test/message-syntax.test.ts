/**
 * The message syntax of descriptions (generators/catalog/message-syntax.ts)
 * and the scalar positions of its diagnostics: arguments with types, quoted
 * placeholders, and messages printed for formatters that IntlMessageFormat
 * reads back to the catalog's literal text.
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
