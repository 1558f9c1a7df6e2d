/**
 * Kotlin text: string literals in double quotes (`$` escaped so catalog text
 * never becomes a string template), `//` comment text, and KDoc lines. Kotlin
 * block comments nest, so both `/*` and `*\/` are broken up in KDoc.
 * @see https://kotlinlang.org/spec/syntax-and-grammar.html#literals
 */
import { everywhere, HIDDEN, u4 } from "./characters.ts";
import { visibleLines, visibleText } from "./visible.ts";
import type { LanguageText } from "./types.ts";

const SHORT: Record<string, string> = {
  "\\": "\\\\",
  '"': '\\"',
  $: "\\$",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\b": "\\b",
};

export const kotlin: LanguageText = {
  id: "kotlin",
  stringLiteral: (value) =>
    `"${value.replace(/[\\"$\n\r\t\b]/g, (char) => SHORT[char] ?? char).replace(everywhere(HIDDEN), u4)}"`,
  lineComment: visibleText,
  docCommentLines: (text) =>
    visibleLines(text).map((line) =>
      line
        .replace(/\*\//g, "*\u2215")
        .replace(/\/\*/g, "\u2215*")
        .replace(/^(\s*)@/, "$1\\@"),
    ),
};
