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
import { utf16Text } from "./arbitraries.ts";
import { LANGUAGES } from "../generators/text/languages/index.ts";

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
