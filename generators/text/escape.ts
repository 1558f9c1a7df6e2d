/**
 * Escaping for the places where catalog text enters generated code. Catalog
 * text can hold anything (`*\/`, backticks, `${`, quotes, backslashes, line
 * breaks, U+2028); each function makes it inert in one context.
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
 * Text for a JSDoc comment, as lines. `*\/` cannot close the comment, a line
 * that starts with `@` is escaped so it does not become a tag, and control and
 * bidirectional characters are shown, not embedded.
 */
export function jsDocLines(text: string): string[] {
  return text
    .split(LINE_BREAKS)
    .map((line) =>
      showControls(line)
        .replace(UNSAFE_IN_SOURCE, unicodeEscape)
        .replace(/\*\//g, "*\\/")
        .replace(/^(\s*)@/, "$1\\@"),
    );
}

/** Text for one line of a `//` comment: line breaks become spaces, so nothing escapes the comment. */
export function lineCommentText(text: string): string {
  return text.split(LINE_BREAKS).join(" ");
}
