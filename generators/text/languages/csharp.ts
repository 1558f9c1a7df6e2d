/**
 * C# text: regular string literals (`\uXXXX` escapes, never the
 * variable-length `\x`), `//` comment text, and `///` XML documentation
 * lines, where `<`, `>` and `&` are XML-escaped so text cannot open a tag.
 * @see
 * https://learn.microsoft.com/dotnet/csharp/language-reference/language-specification/lexical-structure#6456-string-literals
 */
import { everywhere, HIDDEN, u4 } from "./characters.ts";
import { visibleLines, visibleText } from "./visible.ts";
import type { LanguageText } from "./types.ts";

const SHORT: Record<string, string> = { "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\0": "\\0" };
const XML: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;" };

export const csharp: LanguageText = {
  id: "csharp",
  stringLiteral: (value) =>
    `"${value.replace(/[\\"\n\r\t\0]/g, (char) => SHORT[char] ?? char).replace(everywhere(HIDDEN), u4)}"`,
  lineComment: visibleText,
  docCommentLines: (text) => visibleLines(text).map((line) => line.replace(/[<>&]/g, (char) => XML[char] ?? char)),
};
