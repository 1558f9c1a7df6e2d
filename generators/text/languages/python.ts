/**
 * Python, for generators/targets/python/: how catalog text enters Python
 * source (string literals, `#` comments and docstring lines; Python reads
 * UTF-8, so readable text such as Korean or emoji stays raw, hidden
 * characters are escapes in literals and shown in comments) and how catalog
 * names become identifiers. Naming rule: an enum member is the name in
 * UPPER_SNAKE, as `http.HTTPStatus.NOT_FOUND`; a name that PYTHON_RESERVED
 * holds (keywords, the names `Enum` and `str` give members, what the
 * generated class defines) gets `_` appended (characters.ts keepApart).
 * Those are lower or mixed case today, so no catalog name meets them.
 */
import { caseNames } from "../../catalog/names.ts";
import { everywhere, HIDDEN, keepApart, LINE_BREAKS, showAll, u4 } from "./characters.ts";
import type { LanguageText } from "./types.ts";

const LINE_BREAK = LINE_BREAKS.any;
const HIDDEN_CHARACTER = everywhere(HIDDEN);
const showHidden = (text: string): string => showAll(text, HIDDEN);

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
 * characters are shown (characters.ts showCharacter); then every `"` that touches another `"` or a line end is escaped,
 * so
 * no `"""` can form and the closing quotes cannot merge with the text.
 */
function docCommentLines(text: string): string[] {
  return text.split(LINE_BREAK).map((line) => {
    const escaped = showHidden(line.replace(/\\/g, "\\\\"));
    return escaped.replace(/"/g, (quote, offset: number, whole: string) =>
      offset === 0 || offset === whole.length - 1 || whole[offset - 1] === '"' || whole[offset + 1] === '"'
        ? '\\"'
        : quote,
    );
  });
}

export const pythonText: LanguageText = { id: "python", stringLiteral, lineComment, docCommentLines };

/**
 * Python's keywords and soft keywords, the names `Enum` reserves or gives
 * every member (`name`, `value`, `_missing_`, ...), `str`'s own, and what
 * templates/python/ defines in the enum class (`info`, `is_deprecated`).
 */
export const PYTHON_RESERVED: ReadonlySet<string> = new Set(
  [
    "False None True and as assert async await break class continue def del elif else except finally for from global",
    "if import in is lambda nonlocal not or pass raise return try while with yield match case type _",
    "name value mro _name_ _value_ _missing_ _ignore_ _order_ _generate_next_value_ _numeric_repr_ _add_alias_",
    "info is_deprecated str Enum ErrorInfo lookup describe",
  ]
    .join(" ")
    .split(" "),
);

/** The enum member of a catalog name: `PRICE_NOT_CORRECT`, kept apart from PYTHON_RESERVED. */
export function pythonMemberName(name: string): string {
  return keepApart(caseNames(name).upperSnake, PYTHON_RESERVED);
}
