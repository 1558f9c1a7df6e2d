/**
 * The one table of special characters every escaper reads: which characters
 * end a line in which languages, which are hidden (controls, separators,
 * bidirectional and zero-width format characters, lone surrogates), and the
 * one way comment text shows a hidden character. The language modules in
 * this folder and generators/text/escape.ts compose their rules from it; no
 * other file spells these classes. The patterns carry no `g` flag (a global
 * pattern keeps state between `test` calls): `everywhere` makes one.
 */

/** Line breaks, by who honours them. Each matches one break, CRLF first. */
export const LINE_BREAKS = {
  /** CR, LF and CRLF only: Java (JLS 3.4), Rust, CommonMark, YAML 1.2. */
  crlf: /\r\n|[\n\r]/,
  /** JavaScript's line terminators (ECMA-262 12.3), which end a `//` comment. */
  javascript: /\r\n|[\n\r\u2028\u2029]/,
  /**
   * Every break some language, editor or `str.splitlines` honours: VT, FF, the
   * Python file/group/record separators U+001C-U+001E, NEL and U+2028/U+2029.
   */
  any: /\r\n|[\n\r\u000B\u000C\u001C-\u001E\u0085\u2028\u2029]/,
} as const;

/**
 * Invisible characters beyond the C0 controls: C1 controls, soft hyphen, the
 * line and paragraph separators, the bidirectional controls ("Trojan Source",
 * CVE-2021-42574), zero-width and other format characters, the byte order
 * mark and the interlinear annotation characters.
 */
const FORMAT =
  "\\u0080-\\u009F\\u00AD\\u061C\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uFEFF\\uFFF9" +
  "-\\uFFFB";

/** A surrogate without its other half: no UTF-8 text can hold it. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** FORMAT alone: what Java and Rust write as escapes besides the controls they handle themselves. */
export const INVISIBLE = new RegExp(`[${FORMAT}]`);

/** Every hidden character: C0 controls, DEL, FORMAT and lone surrogates. */
export const HIDDEN = new RegExp(`[\\u0000-\\u001F\\u007F${FORMAT}]|${LONE_SURROGATE.source}`);

/** C0 controls and DEL, except tab and the line breaks LF and CR (which the callers handle). */
export const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** The bidirectional controls alone (Unicode's Bidi_Control property). */
export const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** What JavaScript source never holds raw: the line separators and the bidirectional controls. */
export const UNSAFE_IN_JS_SOURCE = /[\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

const globals = new WeakMap<RegExp, RegExp>();

/** A pattern of this table matching every occurrence, for `replace` (made once per pattern). */
export function everywhere(pattern: RegExp): RegExp {
  let global = globals.get(pattern);
  if (global === undefined) {
    global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
    globals.set(pattern, global);
  }
  return global;
}

/** Four upper-case hex digits (more for an astral code point) of a character's first code point. */
export function hex(char: string): string {
  return (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
}

/** `\uXXXX` for one UTF-16 code unit, upper-case hex: the escape most languages read. */
export function u4(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * The one way comment and prose text shows a hidden character: a C0
 * control or DEL as its Unicode control picture (U+0000 as "␀", DEL as
 * "␡"), any other as its code point between single guillemets, `‹U+202E›`,
 * so a reader sees it, text does not reorder, and no tool meets a raw control.
 */
export function showCharacter(char: string): string {
  const unit = char.charCodeAt(0);
  if (unit < 0x20) return String.fromCharCode(0x2400 + unit);
  if (unit === 0x7f) return "\u2421";
  return `\u2039U+${hex(char)}\u203A`;
}

/** `text` with every character `pattern` matches shown by `showCharacter`. */
export function showAll(text: string, pattern: RegExp): string {
  return text.replace(everywhere(pattern), showCharacter);
}

/** A name unchanged, or with `_` appended when `reserved` holds it: the renaming rule of every language module. */
export function keepApart(name: string, reserved: ReadonlySet<string>): string {
  return reserved.has(name) ? `${name}_` : name;
}
