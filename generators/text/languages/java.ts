/**
 * How catalog text enters Java source (JLS 17 chapter 3): string literals,
 * `//` comments and Javadoc. Java translates `\uXXXX` escapes before it
 * lexes anything, in comments too (JLS 3.3), so a backslash followed by `u`
 * must never reach the source as an eligible escape: `\u000a` in a comment
 * would end it and `\u0022` in a literal would close it.
 */
import { showControls } from "../escape.ts";
import type { LanguageText } from "./types.ts";

/** Characters never written raw: C1 controls, line separators, bidi controls (CVE-2021-42574), invisible format characters, BOM. */
const INVISIBLE = /[\u0080-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/;

const hex4 = (unit: number) => unit.toString(16).toUpperCase().padStart(4, "0");

const SIMPLE: Readonly<Record<string, string>> = { "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r", '"': '\\"', "\\": "\\\\" };

/**
 * A Java string literal. Backslashes are doubled, so every backslash run in
 * the source has even length and none starts a Unicode escape; line breaks
 * use `\n`/`\r` (a `\u000a` escape would become a real line break and end
 * the literal); other controls, invisible characters and lone surrogates
 * (legal in a Java String, impossible in UTF-8 source) become `\uXXXX`.
 */
function stringLiteral(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const char = value[i] as string;
    const unit = value.charCodeAt(i);
    const simple = SIMPLE[char];
    if (simple !== undefined) out += simple;
    else if (unit < 0x20 || unit === 0x7f || INVISIBLE.test(char)) out += `\\u${hex4(unit)}`;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < value.length && isLow(value.charCodeAt(i + 1))) {
      out += char + (value[i + 1] as string);
      i++;
    } else if (unit >= 0xd800 && unit <= 0xdfff) out += `\\u${hex4(unit)}`;
    else out += char;
  }
  return `${out}"`;
}

const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** Lone surrogates cannot be written as UTF-8: shown as U+FFFD in comments. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, "g");

/** Java line terminators are CR, LF and CRLF only (JLS 3.4); U+2028 is shown, not a break. */
const LINE_BREAKS = /\r\n|[\n\r]/;

/**
 * The rest of a `//` comment: line breaks become spaces, controls and
 * invisible characters are shown as `U+XXXX`, and a backslash run before `u`
 * is doubled so it cannot start a Unicode escape.
 */
function lineComment(text: string): string {
  return showControls(text.split(LINE_BREAKS).join(" "))
    .replace(LONE_SURROGATE, "\uFFFD")
    .replace(INVISIBLE_ALL, (char) => `U+${hex4(char.charCodeAt(0))}`)
    .replace(/\\+(?=u)/g, (run) => run + run);
}

/**
 * Javadoc lines. Javadoc is HTML: `&`, `<` and `>` become entities; `@`
 * becomes `&#64;` so neither a block tag (`@deprecated` at a line start) nor
 * an inline tag (`{@link x}`) appears; `*​/` becomes `*&#47;`; a backslash
 * before `u` becomes `&#92;`; invisible characters are shown as `U+XXXX`
 * (doclint rejects entities of C1 controls).
 */
function docCommentLines(text: string): string[] {
  return text.split(LINE_BREAKS).map((line) =>
    showControls(line)
      .replace(LONE_SURROGATE, "\uFFFD")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/@/g, "&#64;")
      .replace(/\*\//g, "*&#47;")
      .replace(/\\(?=u)/g, "&#92;")
      .replace(INVISIBLE_ALL, (char) => `U+${hex4(char.charCodeAt(0))}`)
      .replace(/\s+$/, ""),
  );
}

export const javaText: LanguageText = { id: "java", stringLiteral, lineComment, docCommentLines };

/**
 * Text content or an attribute value in an XML 1.0 file such as `pom.xml`:
 * markup characters become entities, and the C0 controls XML forbids are
 * shown as control pictures.
 */
export function xmlText(text: string): string {
  return showControls(text)
    .replace(LONE_SURROGATE, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/[\r\n\t]/g, (char) => `&#${char.charCodeAt(0)};`);
}
