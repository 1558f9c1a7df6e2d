/**
 * Escaping for the places where catalog text enters generated code. Catalog
 * text can hold anything (`*\/`, backticks, `${`, quotes, backslashes, line
 * breaks, U+2028); each function makes it inert in one context: JavaScript
 * strings and keys, JSDoc comments, `//` comments, CommonMark descriptions
 * (OpenAPI), YAML double-quoted scalars and YAML comments. The character
 * classes come from the shared table, generators/text/languages/characters.ts.
 */
import {
  BIDI_CONTROLS,
  CONTROLS,
  everywhere,
  hex,
  HIDDEN,
  LINE_BREAKS as LINE_BREAK_CLASSES,
  showAll,
  u4,
  UNSAFE_IN_JS_SOURCE,
} from "./languages/characters.ts";

/**
 * The one JavaScript/TypeScript string literal, in double quotes: JSON string
 * syntax (valid JavaScript), with every hidden character of the shared table
 * (characters.ts HIDDEN: line separators, bidirectional controls, zero-width
 * characters, ...) written as `\uXXXX`, never raw.
 */
export function jsString(value: string): string {
  return JSON.stringify(value).replace(everywhere(HIDDEN), u4);
}

/**
 * A bidirectional control shown as its code point, `‹U+202E›` (characters.ts
 * showCharacter), so text does not reorder.
 */
export function showBidi(text: string): string {
  return showAll(text, BIDI_CONTROLS);
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** An object literal key: bare when it is an identifier, quoted otherwise. */
export function jsPropertyKey(name: string): string {
  return IDENTIFIER.test(name) && name !== "__proto__" ? name : jsString(name);
}

/**
 * Control characters (NUL and the like) have no Markdown spelling and make
 * tools treat the file as binary; they are shown as their Unicode control
 * pictures (U+0000 as "␀"). Tab, line breaks and DEL's neighbours are left alone.
 */
export function showControls(text: string): string {
  return showAll(text, CONTROLS);
}

/** Every line break JavaScript knows: inside a comment each one starts a new line. */
const LINE_BREAKS = LINE_BREAK_CLASSES.javascript;

/**
 * An `@` that TypeScript could read as the start of a tag: TypeScript starts a
 * tag at `@` after any character it counts as whitespace (space, tab, NBSP,
 * U+0085, U+200B, U+3000, ...), at a line start and after `{` (`{@link}`).
 * Rather than track that list, every `@` not preceded by a letter, digit or
 * one of `._-+%` (the inside of an e-mail address) or a backslash is escaped
 * as `\@` (one pass: the look-behind consumes nothing, so `@@` gets two), which
 * TypeScript leaves as text and Markdown hovers show as `@`.
 */
const TAG_AT = /(?<![A-Za-z0-9._%+\-\\])@/g;

/**
 * Text for a JSDoc comment, as lines. `*\/` cannot close the comment, no `@`
 * can start a tag, and control and bidirectional characters are shown, not
 * embedded.
 */
export function jsDocLines(text: string): string[] {
  return text
    .split(LINE_BREAKS)
    .map((line) => showControls(line).replace(everywhere(UNSAFE_IN_JS_SOURCE), u4).replace(/\*\//g, "*\\/"))
    .map(escapeJsDocTags);
}

/** One JSDoc line with every `@` that could start a tag escaped (TAG_AT); also used by the template helpers' JSDoc. */
export function escapeJsDocTags(line: string): string {
  return line.replace(TAG_AT, "\\@");
}

/** Text for one line of a `//` comment: line breaks become spaces, so nothing escapes the comment. */
export function lineCommentText(text: string): string {
  return text.split(LINE_BREAKS).join(" ");
}

/** Line endings as CommonMark knows them (U+2028 and U+2029 are ordinary characters there). */
const MARKDOWN_LINE_ENDINGS = LINE_BREAK_CLASSES.crlf;

/**
 * Catalog text inside a CommonMark description (OpenAPI `description`):
 * rendered, it shows the text as written and makes no element or link. ASCII
 * punctuation with an inline meaning is backslash-escaped (emphasis, code,
 * links, autolinks, raw HTML, entities, tables, strikethrough); a character
 * that would open a block at a line start (heading, quote, list, thematic
 * break, setext underline, fence) is escaped there; leading and trailing
 * whitespace become character references, so no indented code block or
 * hard break appears; each line break becomes `<br>` on the same line, so the
 * text stays one paragraph and no line of it can start a block. NUL cannot be written in CommonMark
 * (it reads as U+FFFD).
 */
export function markdownText(text: string): string {
  return markdownInline(text, true);
}

/**
 * `markdownText` for text in the middle of a line of ours (after "Deprecated
 * since "): the same inline escapes; the block starters only matter after a
 * line break inside the text.
 */
export function markdownInline(text: string, atLineStart = false): string {
  return text
    .split(MARKDOWN_LINE_ENDINGS)
    .map((line, index) => {
      const startsLine = atLineStart || index > 0;
      const inline = line
        .replace(/[\\`*_[\]>&~|!()]/g, "\\$&")
        // `<` as a reference, not `\<`: Redocly's no-unsafe-markdown matches `<script` in the source text.
        .replace(/</g, "&lt;")
        .replace(/\b(javascript|vbscript|data)(\s*):/gi, "$1$2\\:")

        // Autolink literals (GFM): `http://`, `www.` and e-mail addresses stay text.
        .replace(/:\/\//g, "\\://")
        .replace(/\b(www)\./gi, "$1\\.")
        .replace(/@/g, "\\@");
      const escaped = startsLine
        ? inline.replace(/^([ \t]*)([#>+=-])/, "$1\\$2").replace(/^([ \t]*\d+)\./, "$1\\.")
        : inline;
      return escaped.replace(/^[ \t]+|[ \t]+$/g, (space) =>
        [...space].map((c) => (c === " " ? "&#32;" : "&#9;")).join(""),
      );
    })
    .join("<br>");
}

/** A CommonMark code span holding `text` verbatim: the fence outruns any backtick run inside; line breaks become
 * spaces. */
export function markdownCodeSpan(text: string): string {
  const value = text.replace(everywhere(LINE_BREAK_CLASSES.crlf), " ");
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(value) ? " " : "";
  return `${fence}${pad}${value}${pad}${fence}`;
}

/**
 * Characters a YAML double-quoted scalar must carry as escapes: everything
 * YAML 1.1 and 1.2 call non-printable (C0 but LF, DEL, C1, lone surrogates,
 * U+FFFE/U+FFFF), the characters YAML 1.1 loaders read as line breaks (U+0085,
 * U+2028, U+2029), TAB, the byte order mark and the bidirectional controls.
 */
export const YAML_UNSAFE =
  /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\uD800-\uDFFF\uFEFF\uFFFE\uFFFF\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/** Whether a string must be written double-quoted in YAML so that `yamlEscapes` can escape it. */
export function needsYamlEscapes(value: string): boolean {
  // Line feeds alone are fine: the library writes such text as a literal block, which every loader reads.
  return new RegExp(YAML_UNSAFE.source, "u").test(value);
}

/**
 * Whether a YAML 1.1 loader could read the plain scalar `value` as something
 * other than a string: booleans (`yes`, `On`, `N`), numbers with `_` or `:`
 * (`1_0`, `1:20`), octal or hex, `.inf`, null (`~`, `Null`), `=` and `<<`.
 * YAML 1.2 writers leave these plain; PyYAML and SnakeYAML would not give
 * the text back, so they are written quoted. The test is generous: any
 * string that starts with a digit, sign, dot or `~=<` is quoted too.
 */
export function isYaml11Ambiguous(value: string): boolean {
  return /^[-+.0-9~=<]/.test(value) || /^(?:y|n|yes|no|true|false|on|off|null)$/i.test(value);
}

/**
 * Replaces every raw `YAML_UNSAFE` character of a YAML text by its `\uXXXX`
 * escape. Only valid where such characters can occur only inside
 * double-quoted scalars, which is how the OpenAPI target writes them.
 */
export function yamlEscapes(yamlText: string): string {
  return yamlText.replace(YAML_UNSAFE, (char) => `\\u${hex(char)}`);
}

/** Text for a YAML comment line: line breaks and unsafe characters are spelled as `\uXXXX`, so the comment stays one
 * line. */
export function yamlCommentText(text: string): string {
  return text.replace(everywhere(LINE_BREAK_CLASSES.crlf), " ").replace(YAML_UNSAFE, (char) => `\\u${hex(char)}`);
}
