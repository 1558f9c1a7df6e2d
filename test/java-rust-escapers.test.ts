/**
 * Property test of the Java and Rust escapers (generators/text/languages/):
 * fast-check strings, as arbitrary Unicode and as pieces that attack each
 * language (`\u000a`, `*​/`, `@deprecated`, `{@link`, bidi controls, Markdown
 * block starts, lone surrogates for Java), each written as a constant with
 * its `//` comment and its doc comment above it, in one program per
 * language. The program must compile with every warning as an error and
 * print every constant back as exactly the same UTF-16 code units. One
 * compile per language per run; ESCAPER_RUNS strings (40 by default),
 * ESCAPER_SEED replays a run.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { javaText } from "../generators/text/languages/java.ts";
import { rustText } from "../generators/text/languages/rust.ts";
import type { LanguageText } from "../generators/text/languages/types.ts";

const RUNS = Number(process.env.ESCAPER_RUNS ?? 40);
const SEED = Number(process.env.ESCAPER_SEED ?? Date.now() % 2 ** 31);

const PIECES = [
  "\\u000a",
  "\\u000d",
  "\\u0022",
  "\\u002a/",
  "\\uuu0041",
  "\\\\u0022",
  "\\",
  '"',
  "'",
  "*/",
  "/*",
  "/**",
  "//",
  "@deprecated",
  "{@link x}",
  "@",
  "\u202E",
  "\u2066",
  "\u200B",
  "\uFEFF",
  "\u2028",
  "\u2029",
  "\u0085",
  "\r\n",
  "\r",
  "\n",
  "\t",
  "\0",
  "\u0007",
  "\u007F",
  "<b>",
  "&amp;",
  "</p>",
  "#",
  "- ",
  "1. ",
  "    code",
  "===",
  "`",
  "[x]",
  "https://example.com",
  "🚨",
  "👩‍💻",
  'r#"',
  "\\u{41}",
  "{",
  "}",
  "${x}",
  "$",
  "%s",
  "한국어",
];
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const piecewise = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: "grapheme-ascii", maxLength: 4 })), { maxLength: 10 })
  .map((parts) => parts.join(""));
const wellFormed = fc
  .oneof(fc.string({ unit: "binary", maxLength: 30 }), fc.string({ unit: "grapheme", maxLength: 20 }), piecewise)
  .filter((s) => !LONE_SURROGATE.test(s));
/** Java strings are UTF-16 and may hold lone surrogates. */
const anyUtf16 = fc.oneof(
  wellFormed,
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)), maxLength: 20 }),
  fc.constantFrom("\uD800", "a\uDC00b", "\uDBFF\uDBFF"),
);

const units = (value: string) =>
  Array.from({ length: value.length }, (_, i) => value.charCodeAt(i).toString(16).padStart(4, "0")).join(",");

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "coinone-escapers-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { cwd: work, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(" ")} failed (seed ${SEED}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** Comment and doc comment text of one constant: a fixed first line, so no doc comment is empty. */
function comments(text: LanguageText, value: string, index: number): { line: string; doc: string[] } {
  return { line: text.lineComment(value), doc: [`Value ${index}:`, ...text.docCommentLines(value)] };
}

function javaProgram(values: string[]): string {
  const constants = values.map((value, i) => {
    const { line, doc } = comments(javaText, value, i);
    return [
      `    // ${line}`,
      "    /**",
      ...doc.map((l) => (l === "" ? "     *" : `     * ${l}`)),
      "     */",
      `    public static final String V${i} = ${javaText.stringLiteral(value)};`,
    ].join("\n");
  });
  return [
    "/** Prints every constant as UTF-16 code units. */",
    "public final class Escapes {",
    "    private Escapes() {}",
    "",
    ...constants,
    "",
    "    /** @param args unused */",
    "    public static void main(String[] args) {",
    `        String[] values = {${values.map((_, i) => `V${i}`).join(", ")}};`,
    "        for (String value : values) {",
    "            StringBuilder out = new StringBuilder();",
    "            for (int i = 0; i < value.length(); i++) {",
    '                out.append(i == 0 ? "" : ",").append(String.format("%04x", (int) value.charAt(i)));',
    "            }",
    "            System.out.println(out);",
    "        }",
    "    }",
    "}",
    "",
  ].join("\n");
}

function rustProgram(values: string[]): string {
  const constants = values.map((value, i) => {
    const { line, doc } = comments(rustText, value, i);
    return [
      `// ${line}`,
      ...doc.map((l) => (l === "" ? "///" : `/// ${l}`)),
      `pub const V${i}: &str = ${rustText.stringLiteral(value)};`,
    ].join("\n");
  });
  return [
    "//! Prints every constant as UTF-16 code units.",
    "",
    ...constants,
    "",
    "fn main() {",
    `    for value in [${values.map((_, i) => `V${i}`).join(", ")}] {`,
    '        let units: Vec<String> = value.encode_utf16().map(|u| format!("{u:04x}")).collect();',
    '        println!("{}", units.join(","));',
    "    }",
    "}",
    "",
  ].join("\n");
}

describe("the Java and Rust escapers", () => {
  it(`read back ${RUNS} arbitrary strings exactly through javac and java (seed ${SEED})`, () => {
    const values = fc.sample(anyUtf16, { numRuns: RUNS, seed: SEED });
    writeFileSync(join(work, "Escapes.java"), javaProgram(values));
    run("javac", [
      "-encoding",
      "UTF-8",
      "-Xlint:all",
      "-Xdoclint:all/protected",
      "-Werror",
      "-d",
      join(work, "java"),
      join(work, "Escapes.java"),
    ]);
    const lines = run("java", ["-cp", join(work, "java"), "Escapes"])
      .split("\n")
      .slice(0, -1);
    expect(lines).toEqual(values.map(units));
  }, 600_000);

  it(
    `read back ${RUNS} arbitrary strings exactly through clippy-driver, rustc with clippy's lints (seed ` + `${SEED})`,
    () => {
      const values = fc.sample(wellFormed, { numRuns: RUNS, seed: SEED });
      writeFileSync(join(work, "escapes.rs"), rustProgram(values));
      // clippy-driver is rustc plus clippy's lints, the doc-comment ones included.
      run("clippy-driver", [
        "--edition",
        "2021",
        "-D",
        "warnings",
        "-o",
        join(work, "escapes"),
        join(work, "escapes.rs"),
      ]);
      const lines = run(join(work, "escapes"), []).split("\n").slice(0, -1);
      expect(lines).toEqual(values.map(units));
    },
    600_000,
  );

  it("refuses a lone surrogate in a Rust literal, which a UTF-8 str cannot hold", () => {
    expect(() => rustText.stringLiteral("a\uD800")).toThrow(/lone surrogate U\+D800/);
  });

  it.each([
    [
      "java",
      javaText,
      "\\u000a */ @deprecated <b>&\u202E",
      '"\\\\u000a */ @deprecated <b>&\\u202E"',
      ["\\u000a *&#47; &#64;deprecated &lt;b&gt;&amp;‹U+202E›"].map((l) => l.replace("\\u", "&#92;u")),
    ],
    [
      "rust",
      rustText,
      "# *x* [l](u) \\u{41}\u202E",
      '"# *x* [l](u) \\\\u{41}\\u{202E}"',
      ["\\# \\*x\\* \\[l\\](u) \\\\u{41}‹U+202E›"],
    ],
  ])("%s: a table of exact escapes", (_, text, value, literal, doc) => {
    expect(text.stringLiteral(value)).toBe(literal);
    expect(text.docCommentLines(value)).toEqual(doc);
    expect(text.lineComment("a\nb\r\nc")).toBe("a b c");
  });
});
