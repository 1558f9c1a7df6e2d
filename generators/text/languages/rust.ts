/**
 * Rust, for generators/targets/rust/: how catalog text enters Rust source
 * (the Rust Reference, "Tokens" and "Comments": string literals, `//`
 * comments, `///` doc comments, and TOML strings for Cargo.toml) and how
 * catalog names become identifiers. Generated code never uses block
 * comments, so `*​/` and the nesting of `/*` can never end one; doc text is
 * Markdown for rustdoc, so Markdown syntax is escaped; bidi controls, which
 * rustc denies in comments and literals (`text_direction_codepoint_in_*`),
 * are always escapes. Naming rule: a code's variant is its name in
 * PascalCase; a variant that RUST_RESERVED holds (keywords, prelude names
 * the crate uses, every associated item of `ErrorCode`, its traits' items
 * included) gets `_` appended (characters.ts keepApart): `SELF` gives
 * `Self_`, `ERR` gives `Err_` (not `Self::Err`), `A_L_L` gives `ALL_`.
 */
import { caseNames } from "../../catalog/names.ts";
import {
  CONTROLS,
  everywhere,
  INVISIBLE,
  keepApart,
  LINE_BREAKS as BREAKS,
  LONE_SURROGATE,
  showAll,
} from "./characters.ts";
import type { LanguageText } from "./types.ts";

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
    else if (point >= 0xd800 && point <= 0xdfff)
      throw new Error(`lone surrogate U+${hex(point)} has no Rust string literal`);
    else if (point < 0x20 || point === 0x7f || INVISIBLE.test(char)) out += `\\u{${hex(point)}}`;
    else out += char;
  }
  return `${out}"`;
}

/** Rust ends a comment at LF; a bare CR is rejected in doc comments. Both become spaces. */
const LINE_BREAKS = BREAKS.crlf;

/** Comment text: controls, lone surrogates and invisible characters shown (characters.ts showCharacter). */
const shown = (text: string): string => showAll(showAll(showAll(text, CONTROLS), LONE_SURROGATE), INVISIBLE);

/** The rest of a `//` comment: one line, controls and invisible characters shown. */
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
  for (const char of value.replace(everywhere(LONE_SURROGATE), "\uFFFD")) {
    const point = char.codePointAt(0) as number;
    if (char === '"' || char === "\\") out += `\\${char}`;
    else if (point < 0x20 || point === 0x7f || INVISIBLE.test(char)) out += `\\u${hex(point)}`;
    else out += char;
  }
  return `${out}"`;
}

/**
 * Rust's keywords (strict and reserved, 2021 edition), the prelude names the
 * crate uses, and every associated item of `ErrorCode`: its own (`ALL`,
 * `as_str`, ...) and those of the traits it implements or derives (`Err` of
 * `FromStr`, `fmt`, `cmp`, ...). A variant of that name would be ambiguous
 * with it (`Self::Err`, `ErrorCode::ALL`) or would not compile.
 */
export const RUST_RESERVED: ReadonlySet<string> = new Set(
  [
    "as async await break const continue crate dyn else enum extern false fn for if impl in let loop match mod " +
      "move mut",
    "pub ref return self Self static struct super trait true type unsafe use where while abstract become box do final",
    "macro override priv try typeof unsized virtual yield union",
    "Option Some None Result Ok Err String Vec Box ErrorCode ErrorInfo UnknownCode",
    "ALL as_str from_code info is_deprecated from_str fmt to_string clone clone_from eq ne hash hash_slice cmp",
    "partial_cmp lt le gt ge max min clamp",
  ]
    .join(" ")
    .split(" "),
);

/** `PRICE_NOT_CORRECT` -> `PriceNotCorrect`, kept apart from RUST_RESERVED (`SELF` -> `Self_`). */
export function rustVariant(name: string): string {
  return keepApart(caseNames(name).pascal, RUST_RESERVED);
}
