/**
 * Swift text: string literals in double quotes with `\u{...}` escapes,
 * `//` comment text, and `///` documentation lines. Swift block comments
 * nest, so `/*` and `*\/` are broken up too. A Swift String holds Unicode
 * scalars only, so a lone surrogate (never in a catalog read from UTF-8) is
 * written as U+FFFD.
 * @see https://docs.swift.org/swift-book/documentation/the-swift-programming-language/lexicalstructure/#String-Literals
 */
import { everywhere, HIDDEN } from "./characters.ts";
import { visibleLines, visibleText } from "./visible.ts";
import type { LanguageText } from "./types.ts";

const SHORT: Record<string, string> = { "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\0": "\\0" };

function escapeChar(char: string): string {
  const short = SHORT[char];
  if (short !== undefined) return short;
  const code = char.charCodeAt(0);
  const scalar = code >= 0xd800 && code <= 0xdfff ? 0xfffd : code;
  return `\\u{${scalar.toString(16).toUpperCase()}}`;
}

export const swift: LanguageText = {
  id: "swift",
  stringLiteral: (value) => `"${value.replace(/[\\"\n\r\t\0]/g, escapeChar).replace(everywhere(HIDDEN), escapeChar)}"`,
  lineComment: visibleText,
  docCommentLines: (text) =>
    visibleLines(text).map((line) => line.replace(/\*\//g, "*\u2215").replace(/\/\*/g, "\u2215*")),
};
