/**
 * The template helpers (generators/text/template-helpers.ts) and the
 * language escapers behind them (generators/text/languages/): exact unit
 * tables, then properties: any Unicode text, turned into a string literal,
 * reads back as the same string through the language's own parser (JSON.parse,
 * Node's JavaScript parser, the `yaml` package; kotlinc on a sample in
 * test/template-helpers-kotlin.test.ts, full tier), and
 * comment text cannot end its comment early. Swift and C# have no toolchain
 * on this machine: their literals are read back by decoders written from the
 * language references' escape rules instead.
 */
import vm from "node:vm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scalarText, utf16Text } from "./arbitraries.ts";
import { parse as parseYaml } from "yaml";
import { LANGUAGES } from "../generators/text/languages/index.ts";
import { TEXT_HELPERS } from "../generators/text/template-helpers.ts";

const h = (name: string, ...args: string[]) => {
  const helper = TEXT_HELPERS[name];
  if (!helper) throw new Error(`no helper ${name}`);
  return helper(...args);
};

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
const RAW_FORBIDDEN =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/;
const ANY_BREAK = /[\n\r\u000B\u000C\u0085\u2028\u2029]/;

describe("case helpers", () => {
  it.each([
    ["upperSnake", "PRICE_NOT_CORRECT", "PRICE_NOT_CORRECT"],
    ["pascal", "PRICE_NOT_CORRECT", "PriceNotCorrect"],
    ["camel", "PRICE_NOT_CORRECT", "priceNotCorrect"],
    ["snake", "PRICE_NOT_CORRECT", "price_not_correct"],
    ["kebab", "PRICE_NOT_CORRECT", "price-not-correct"],
    ["pascal", "api-access", "ApiAccess"],
    ["upperSnake", "priceNotCorrect", "PRICE_NOT_CORRECT"],
    ["camel", "V1_TOKEN", "v1Token"],
    ["snake", "coinone", "coinone"],
  ])("%s(%j) is %j", (helper, input, want) => expect(h(helper, input)).toBe(want));
});

describe("string literal helpers", () => {
  it.each([
    ["jsonString", 'a"b\\c\n\u2028\u202E', '"a\\"b\\\\c\\n\\u2028\\u202E"'],
    ["javascriptString", "${x}`\u0000", '"${x}`\\u0000"'],
    ["yamlString", 'it\'s "x"\n\u0085\u202E\t', '"it\'s \\"x\\"\\n\\x85\\u202E\\t"'],
    ["yamlString", "- a: b # c", '"- a: b # c"'],
    ["kotlinString", 'pay $amount "now"\\\n\b', '"pay \\$amount \\"now\\"\\\\\\n\\b"'],
    ["kotlinString", "\u202E🚨", '"\\u202E🚨"'],
    ["swiftString", 'a"\\\u0000\u202E\n', '"a\\"\\\\\\0\\u{202E}\\n"'],
    ["swiftString", "\uD800x", '"\\u{FFFD}x"'],
    ["csharpString", 'a"\\\u0000\u2028{x}', '"a\\"\\\\\\0\\u2028{x}"'],
  ])("%s(%j) is %s", (helper, input, want) => expect(h(helper, input)).toBe(want));
});

describe("comment helpers", () => {
  it.each([
    ["javascriptLineComment", "a\nb\u2028c\u202E\u0000", "a b c‹U+202E›␀"],
    ["javascriptDocComment", "x */ y\n@param z", "x *\\/ y\n\\@param z"],
    ["jsonDocComment", "end */", "end *\\/"],
    ["yamlLineComment", "a\r\nb\u0085c", "a b c"],
    ["kotlinDocComment", "a */ b /* c\n@see", "a *∕ b ∕* c\n\\@see"],
    ["kotlinLineComment", "x\ny", "x y"],
    ["swiftDocComment", "/* nested */", "∕* nested *∕"],
    ["csharpDocComment", "<summary> & </summary>", "&lt;summary&gt; &amp; &lt;/summary&gt;"],
    ["csharpLineComment", "a\u0085b\u2029c", "a b c"],
  ])("%s(%j) is %j", (helper, input, want) => expect(h(helper, input)).toBe(want));

  it("a doc comment helper puts the prefix before every line and trims trailing space", () => {
    expect(h("kotlinDocComment", "one\n\ntwo", "     * ")).toBe("     * one\n     *\n     * two");
  });

  it("every language in the index has its three helpers", () => {
    for (const { id } of LANGUAGES)
      for (const kind of ["String", "LineComment", "DocComment"])
        expect(TEXT_HELPERS[`${id}${kind}`], `${id}${kind}`).toBeTypeOf("function");
    expect(LANGUAGES.map((l) => l.id)).toEqual([
      "json",
      "yaml",
      "javascript",
      "kotlin",
      "swift",
      "csharp",
      "python",
      "go",
      "java",
      "rust",
    ]);
  });
});

describe("properties: the language's own parser reads the literal back", () => {
  const language = (id: string) => LANGUAGES.find((l) => l.id === id)!;

  it("JSON: JSON.parse", () => {
    fc.assert(
      fc.property(utf16Text, (s) => {
        const literal = language("json").stringLiteral(s);
        expect(literal).not.toMatch(RAW_FORBIDDEN);
        expect(JSON.parse(literal)).toBe(s);
      }),
      { numRuns: RUNS },
    );
  });

  it("JavaScript: Node's parser, literal and comments in one script", () => {
    const js = language("javascript");
    fc.assert(
      fc.property(utf16Text, (s) => {
        const script = `// ${js.lineComment(s)}\n/**\n${js
          .docCommentLines(s)
          .map((l) => ` * ${l}`)
          .join("\n")}\n */\n(${js.stringLiteral(s)})`;
        expect(js.stringLiteral(s)).not.toMatch(RAW_FORBIDDEN);
        expect(vm.runInNewContext(script)).toBe(s);
      }),
      { numRuns: RUNS },
    );
  });

  it("YAML: the yaml package, literal and comments in one document", () => {
    const yaml = language("yaml");
    fc.assert(
      fc.property(utf16Text, (s) => {
        const document = `# ${yaml.lineComment(s)}\n${yaml
          .docCommentLines(s)
          .map((l) => `# ${l}`)
          .join("\n")}\nvalue: ${yaml.stringLiteral(s)}\nnext: 1\n`;
        expect(yaml.stringLiteral(s)).not.toMatch(RAW_FORBIDDEN);
        expect(parseYaml(document, { version: "1.2", strict: true })).toEqual({ value: s, next: 1 });
      }),
      { numRuns: RUNS },
    );
  });

  it("Swift: a decoder of Swift's escapes reads it back; lone surrogates become U+FFFD", () => {
    const swift = language("swift");
    const decode = (literal: string) => {
      expect(literal).toMatch(/^"(?:[^"\\\n\r]|\\[0\\tnr"']|\\u\{[0-9A-F]{1,8}\})*"$/);
      return literal
        .slice(1, -1)
        .replace(/\\(u\{([0-9A-F]+)\}|.)/g, (_, e: string, hex?: string) =>
          hex
            ? String.fromCodePoint(parseInt(hex, 16))
            : ({ "0": "\0", t: "\t", n: "\n", r: "\r", '"': '"', "'": "'", "\\": "\\" } as Record<string, string>)[e]!,
        );
    };
    fc.assert(
      fc.property(utf16Text, (s) => {
        const literal = swift.stringLiteral(s);
        expect(literal).not.toMatch(RAW_FORBIDDEN);
        expect(decode(literal)).toBe(
          s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD"),
        );
        for (const line of swift.docCommentLines(s)) expect(line).not.toMatch(/\*\/|\/\*|[\n\r\u2028\u2029\u0085]/);
      }),
      { numRuns: RUNS },
    );
  });

  it("C#: a decoder of C#'s simple and \\u escapes reads it back", () => {
    const csharp = language("csharp");
    const decode = (literal: string) => {
      // No raw C# line terminator (CR, LF, U+0085, U+2028, U+2029) may appear in a regular string literal.
      expect(literal).toMatch(/^"(?:[^"\\\n\r\u0085\u2028\u2029]|\\[0\\tnr"]|\\u[0-9A-F]{4})*"$/);
      return literal
        .slice(1, -1)
        .replace(/\\(u([0-9A-F]{4})|.)/g, (_, e: string, hex?: string) =>
          hex
            ? String.fromCharCode(parseInt(hex, 16))
            : ({ "0": "\0", t: "\t", n: "\n", r: "\r", '"': '"', "\\": "\\" } as Record<string, string>)[e]!,
        );
    };
    fc.assert(
      fc.property(utf16Text, (s) => {
        expect(decode(csharp.stringLiteral(s))).toBe(s);
        expect(csharp.lineComment(s)).not.toMatch(ANY_BREAK);
        for (const line of csharp.docCommentLines(s))
          expect(line).not.toMatch(/<|&(?!(?:lt|gt|amp);)|[\n\r\u0085\u2028\u2029]/);
      }),
      { numRuns: RUNS },
    );
  });

  it("every language: line comment text holds no line break and no invisible character", () => {
    fc.assert(
      fc.property(utf16Text, (s) => {
        for (const lang of LANGUAGES) {
          const text = lang.lineComment(s);
          expect(text, lang.id).not.toMatch(ANY_BREAK);
          expect(text, lang.id).not.toMatch(RAW_FORBIDDEN);
        }
      }),
      { numRuns: RUNS },
    );
  });
  // Kotlin, read back by kotlinc: test/template-helpers-kotlin.test.ts (full tier).
});
