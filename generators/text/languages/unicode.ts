/**
 * Characters no generated source file carries raw, shared by the language
 * escapers: C0 and C1 controls and DEL (invisible, and NUL is illegal in
 * Python and Go source), line and paragraph separators, bidirectional
 * controls ("Trojan Source", CVE-2021-42574), zero-width and other invisible
 * format characters, and lone UTF-16 surrogates. A fixed list, not a Unicode
 * property class, so the output does not change with Node's Unicode version.
 */
export const HIDDEN_CHARACTER =
  /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The line breaks every language involved here treats as ending a line (and JavaScript's own). */
export const LINE_BREAK = /\r\n|[\n\r\u000B\u000C\u001C-\u001E\u0085\u2028\u2029]/;

/** `\uXXXX` spelling of one UTF-16 code unit, upper-case hex. */
export function u4(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * Comment text: C0 controls and DEL become their control pictures (U+0000 as
 * "␀"), every other hidden character its `\uXXXX` spelling, so a reader sees
 * it and no tool sees a raw control.
 */
export function showHidden(text: string): string {
  return text.replace(HIDDEN_CHARACTER, (char) => {
    const unit = char.charCodeAt(0);
    if (unit <= 0x1f) return String.fromCharCode(0x2400 + unit);
    if (unit === 0x7f) return "\u2421";
    return u4(char);
  });
}
