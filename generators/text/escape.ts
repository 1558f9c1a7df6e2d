/**
 * Escaping for the places where catalog text enters generated code. Catalog
 * text can hold anything (`*\/`, backticks, `${`, quotes, backslashes, line
 * breaks, U+2028); each function makes it inert in one context: JavaScript
 * strings and keys, JSDoc comments, `//` comments, CommonMark descriptions
 * (OpenAPI), YAML double-quoted scalars and YAML comments.
 */

/**
 * A JavaScript/TypeScript string literal in double quotes. JSON string syntax
 * is valid JavaScript; U+2028 and U+2029 are escaped too, since older parsers
 * and many tools treat them as line breaks.
 */
export function jsString(value: string): string {
  return JSON.stringify(value).replace(UNSAFE_IN_SOURCE, unicodeEscape);
}

/**
 * Characters that must not appear raw in generated source: the line
 * separators, and the bidirectional controls that can make code read
 * differently from how it runs ("Trojan Source", CVE-2021-42574).
 */
const UNSAFE_IN_SOURCE = /[\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** The bidirectional controls alone (Unicode's Bidi_Control property). */
export const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** A bidirectional control shown as its code point, `‹U+202E›`, so a reader sees it and text does not reorder. */
export function showBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, (char) => `\u2039U+${hex(char)}\u203A`);
}

function hex(char: string): string {
  return (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
}

function unicodeEscape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
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
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, (char) =>
    String.fromCharCode(char === "\u007F" ? 0x2421 : 0x2400 + char.charCodeAt(0)),
  );
}

/** Every line break JavaScript knows: inside a comment each one starts a new line. */
const LINE_BREAKS = /\r\n|[\n\r\u2028\u2029]/;

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
    .map((line) =>
      showControls(line)
        .replace(UNSAFE_IN_SOURCE, unicodeEscape)
        .replace(/\*\//g, "*\\/"),
    )
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
const MARKDOWN_LINE_ENDINGS = /\r\n|[\n\r]/;

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
      const escaped = startsLine ? inline.replace(/^([ \t]*)([#>+=-])/, "$1\\$2").replace(/^([ \t]*\d+)\./, "$1\\.") : inline;
      return escaped.replace(/^[ \t]+|[ \t]+$/g, (space) => [...space].map((c) => (c === " " ? "&#32;" : "&#9;")).join(""));
    })
    .join("<br>");
}

/** A CommonMark code span holding `text` verbatim: the fence outruns any backtick run inside; line breaks become spaces. */
export function markdownCodeSpan(text: string): string {
  const value = text.replace(/\r\n|[\n\r]/g, " ");
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
export const YAML_UNSAFE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\uD800-\uDFFF\uFEFF\uFFFE\uFFFF\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

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

/** Text for a YAML comment line: line breaks and unsafe characters are spelled as `\uXXXX`, so the comment stays one line. */
export function yamlCommentText(text: string): string {
  return text.replace(/\r\n|[\n\r]/g, " ").replace(YAML_UNSAFE, (char) => `\\u${hex(char)}`);
}
