/**
 * How catalog text enters Python source (generators/targets/python/): string
 * literals, `#` comments and docstring lines. Python reads the file as UTF-8,
 * so readable text (Korean, emoji) stays raw; hidden characters are escapes.
 */
import { HIDDEN_CHARACTER, LINE_BREAK, showHidden, u4 } from "./unicode.ts";
import type { LanguageText } from "./types.ts";

const SIMPLE: Readonly<Record<string, string>> = { "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escapeHidden(char: string): string {
  const unit = char.charCodeAt(0);
  return unit <= 0xff ? `\\x${unit.toString(16).padStart(2, "0")}` : u4(char);
}

/** `"..."`: `\`, `"` and hidden characters escaped; lone surrogates too (Python `str` can hold them). */
function stringLiteral(value: string): string {
  const body = value.replace(/[\\"\n\r\t]/g, (char) => SIMPLE[char] as string).replace(HIDDEN_CHARACTER, escapeHidden);
  return `"${body}"`;
}

/**
 * PEP 263: a comment on line 1 or 2 matching `coding[:=]` declares the file's
 * encoding. A space keeps catalog text in a header from declaring one.
 */
const ENCODING_DECLARATION = /coding([:=])/g;

function lineComment(text: string): string {
  return showHidden(text.split(LINE_BREAK).join(" ")).replace(ENCODING_DECLARATION, "coding $1");
}

/**
 * Lines for the inside of a `"""` docstring (not raw): backslashes doubled
 * first, so `\N{`, `\u` or a trailing `\` in the text stay text; then hidden
 * characters become escapes (the docstring still holds them, the source does
 * not); then every `"` that touches another `"` or a line end is escaped, so
 * no `"""` can form and the closing quotes cannot merge with the text.
 */
function docCommentLines(text: string): string[] {
  return text.split(LINE_BREAK).map((line) => {
    const escaped = showHidden(line.replace(/\\/g, "\\\\"));
    return escaped.replace(/"/g, (quote, offset: number, whole: string) =>
      offset === 0 || offset === whole.length - 1 || whole[offset - 1] === '"' || whole[offset + 1] === '"' ? '\\"' : quote,
    );
  });
}

export const pythonText: LanguageText = { id: "python", stringLiteral, lineComment, docCommentLines };
