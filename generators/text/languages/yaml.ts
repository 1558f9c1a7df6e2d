/**
 * YAML 1.2 text: double-quoted scalars (the only style that can hold any
 * string) with every non-printable character escaped, and `#` comment text.
 * @see https://yaml.org/spec/1.2.2/#731-double-quoted-style
 */
import { everywhere, HIDDEN } from "./characters.ts";
import { visibleLines, visibleText } from "./visible.ts";
import type { LanguageText } from "./types.ts";

const SHORT: Record<string, string> = { "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\0": "\\0" };

function escapeChar(char: string): string {
  const short = SHORT[char];
  if (short !== undefined) return short;
  const code = char.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}`
    : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Not printable in YAML 1.2 (c-printable), besides HIDDEN: the non-characters U+FFFE and U+FFFF. */
const NOT_PRINTABLE = /[\uFFFE\uFFFF]/g;

export const yaml: LanguageText = {
  id: "yaml",
  stringLiteral: (value) =>
    `"${value
      .replace(/[\\"\n\r\t\0]/g, escapeChar)
      .replace(everywhere(HIDDEN), escapeChar)
      .replace(NOT_PRINTABLE, escapeChar)}"`,
  lineComment: visibleText,
  docCommentLines: visibleLines,
};
