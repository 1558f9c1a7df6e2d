/**
 * Character classes shared by the language escapers in this folder: which
 * characters may never appear raw in generated source or comments, and how
 * comment text shows them instead.
 */

/**
 * Characters written as escapes in string literals, never raw: C0 and C1
 * controls, DEL, the line and paragraph separators, NEL, the bidirectional
 * controls ("Trojan Source", CVE-2021-42574), zero-width and other invisible
 * format characters, the byte order mark, and lone surrogates.
 */
export const INVISIBLE =
  /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Every line break some language or editor honours: inside a line comment each one would end it. */
export const LINE_BREAKS = /\r\n|[\n\r\u000B\u000C\u0085\u2028\u2029]/;

/** `U+202E` style name of one UTF-16 code unit or code point. */
export function codePointName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * Comment text on one line: line breaks become spaces; C0 controls become
 * their Unicode control pictures (U+0000 as "␀"), and every other invisible
 * character is shown by name (`<U+202E>`), so a reviewer sees what is there.
 */
export function visibleText(text: string): string {
  return text
    .split(LINE_BREAKS)
    .join(" ")
    .replace(INVISIBLE, (char) => {
      const code = char.charCodeAt(0);
      if (code < 0x20) return String.fromCharCode(0x2400 + code);
      if (code === 0x7f) return "\u2421";
      return `<${codePointName(char)}>`;
    });
}

/** Splits text into lines for a block or doc comment, each made visible. */
export function visibleLines(text: string): string[] {
  return text.split(LINE_BREAKS).map(visibleText);
}

/** `\uXXXX` for one UTF-16 code unit, upper-case hex. */
export function u4(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}
