/**
 * The Kotlin escapers of generators/text/languages/ read back by kotlinc
 * (full tier: needs kotlinc and kotlin): a sample of any UTF-16 text, as
 * string literals, line comments and doc comments, compiled into one program
 * that prints every string back exactly. The other languages' properties are
 * in test/template-helpers.test.ts (fast tier); this file keeps its arbitrary.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../generators/text/languages/index.ts";

const PIECES = [
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
const scalarText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc
    .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: "binary", maxLength: 4 })), { maxLength: 10 })
    .map((parts) => parts.join("")),
);
/** Any UTF-16 code units, lone surrogates included, for languages whose strings are UTF-16. */
const utf16Text = fc.oneof(
  scalarText,
  fc.string({ unit: fc.nat(0xffff).map((n) => String.fromCharCode(n)), maxLength: 20 }),
);

describe("properties: the language's own parser reads the literal back", () => {
  it("Kotlin: kotlinc compiles a sample of literals and comments, and the program prints the same strings", () => {
    const kotlin = LANGUAGES.find((l) => l.id === "kotlin")!;
    const samples = fc.sample(utf16Text, { numRuns: 60, seed: 15 });
    const entries = samples.map(
      (s, i) =>
        `    // ${kotlin.lineComment(s)}\n    /**\n${kotlin
          .docCommentLines(s)
          .map((l) => `     * ${l}`)
          .join("\n")}\n     */\n    val s${i} = ${kotlin.stringLiteral(s)}`,
    );
    const source =
      `object Samples {\n${entries.join("\n")}\n    val all = ` +
      `listOf(${samples.map((_, i) => `s${i}`).join(", ")})\n}\n\nfun main() {\n    for (s in Samples.all) ` +
      `println(s.map { it.toInt() }.joinToString(","))\n}\n`;
    const dir = mkdtempSync(join(tmpdir(), "kotlin-literals-"));
    try {
      writeFileSync(join(dir, "Samples.kt"), source);
      execFileSync("kotlinc", ["Samples.kt", "-d", "out"], { cwd: dir, stdio: "pipe" });
      const printed = execFileSync("kotlin", ["-cp", "out", "SamplesKt"], { cwd: dir, encoding: "utf8" })
        .split("\n")
        .slice(0, -1);
      expect(printed).toEqual(samples.map((s) => [...Array(s.length).keys()].map((i) => s.charCodeAt(i)).join(",")));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
