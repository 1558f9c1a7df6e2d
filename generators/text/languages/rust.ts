/**
 * How catalog text enters Rust source (the Rust Reference, "Tokens" and
 * "Comments"): string literals, `//` comments and `///` doc comments.
 * Generated code never uses block comments, so `*​/` and the nesting of `/*`
 * can never end one; doc text is Markdown for rustdoc, so Markdown syntax
 * is escaped; bidi controls, which rustc denies in comments and literals
 * (`text_direction_codepoint_in_*`), are always written as escapes.
 */
import { showControls } from "../escape.ts";
import type { LanguageText } from "./types.ts";

/** Characters never written raw: C1 controls, line separators, bidi controls, invisible format characters, BOM. */
const INVISIBLE = /[\u0080-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, "g");

const hex = (point: number) => point.toString(16).toUpperCase().padStart(4, "0");

const SIMPLE: Readonly<Record<string, string>> = { "\t": "\\t", "\n": "\\n", "\r": "\\r", '"': '\\"', "\\": "\\\\" };

/**
 * A Rust string literal (`"..."`, never raw: a raw string cannot hold every
 * text, and escapes keep the source free of invisible characters). Controls
 * and invisible characters, NUL included, become `\u{XXXX}` (`\0` before
 * a digit reads like an octal escape, which clippy denies). A Rust `str` is
 * UTF-8, so a lone surrogate has no literal: a programming error, thrown.
 */
function stringLiteral(value: string): string {
  let out = '"';
  for (const char of value) {
    const point = char.codePointAt(0) as number;
    const simple = SIMPLE[char];
    if (simple !== undefined) out += simple;
    else if (point >= 0xd800 && point <= 0xdfff) throw new Error(`lone surrogate U+${hex(point)} has no Rust string literal`);
    else if (point < 0x20 || point === 0x7f || INVISIBLE.test(char)) out += `\\u{${hex(point)}}`;
    else out += char;
  }
  return `${out}"`;
}

/** Rust ends a comment at LF; a bare CR is rejected in doc comments. Both become spaces. */
const LINE_BREAKS = /\r\n|[\n\r]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function shown(text: string): string {
  return showControls(text)
    .replace(LONE_SURROGATE, "\uFFFD")
    .replace(INVISIBLE_ALL, (char) => `U+${hex(char.charCodeAt(0))}`);
}

/** The rest of a `//` comment: one line, controls and invisible characters shown as `U+XXXX`. */
function lineComment(text: string): string {
  return shown(text.split(LINE_BREAKS).join(" "));
}

/**
 * Lines of a `///` comment, which rustdoc reads as Markdown. Inline syntax
 * (`\ ` `` ` `` `*` `_` `[` `]` `<` `>` `&` `#` `|` `~` `!`) is backslash-escaped,
 * and so is anything that would start a block at a line start (list, heading
 * underline, numbered list); leading whitespace is dropped, so no line
 * becomes an indented code block (which rustdoc would compile as a doctest);
 * `://` is escaped so no bare URL appears (rustdoc's `bare_urls`); tabs
 * become `&#9;` (clippy's `tabs_in_doc_comments`).
 */
function docCommentLines(text: string): string[] {
  return text.split(LINE_BREAKS).map((line) =>
    shown(line)
      .trim()
      .replace(/[\\`*_[\]<>&#|~!]/g, "\\$&")
      .replace(/^([-+=])/, "\\$1")
      .replace(/^(\d+)([.)])/, "$1\\$2")
      .replace(/:\/\//g, "\\://")
      .replace(/\t/g, "&#9;"),
  );
}

export const rustText: LanguageText = { id: "rust", stringLiteral, lineComment, docCommentLines };

/**
 * A TOML basic string (`"..."`, TOML 1.0) for Cargo.toml: backslash and
 * quote escaped, controls and invisible characters as `\uXXXX` / `\UXXXXXXXX`.
 */
export function tomlString(value: string): string {
  let out = '"';
  for (const char of value.replace(LONE_SURROGATE, "\uFFFD")) {
    const point = char.codePointAt(0) as number;
    if (char === '"' || char === "\\") out += `\\${char}`;
    else if (point < 0x20 || point === 0x7f || INVISIBLE.test(char)) out += `\\u${hex(point)}`;
    else out += char;
  }
  return `${out}"`;
}
