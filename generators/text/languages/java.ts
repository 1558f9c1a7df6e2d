/**
 * Java, for generators/targets/java/: how catalog text enters Java source
 * (JLS 17 chapter 3: string literals, `//` comments, Javadoc, and XML for
 * pom.xml) and how catalog names become identifiers. Java translates
 * `\uXXXX` escapes before it lexes anything, in comments too (JLS 3.3), so
 * a backslash followed by `u` must never reach the source as an eligible
 * escape: `\u000a` in a comment would end it and `\u0022` in a literal
 * would close it. Naming rule: a code's constant is its name in UPPER_SNAKE;
 * a name that JAVA_RESERVED holds (keywords, literals, and every member the
 * generated code enum declares or inherits) gets `_` appended
 * (characters.ts keepApart).
 */
import { caseNames } from "../../catalog/names.ts";
import { CONTROLS, INVISIBLE, keepApart, LINE_BREAKS as BREAKS, LONE_SURROGATE, showAll } from "./characters.ts";
import type { LanguageText } from "./types.ts";

const hex4 = (unit: number) => unit.toString(16).toUpperCase().padStart(4, "0");

/** Comment text: controls, lone surrogates and invisible characters shown (characters.ts showCharacter). */
const shown = (text: string): string => showAll(showAll(showAll(text, CONTROLS), LONE_SURROGATE), INVISIBLE);

const SIMPLE: Readonly<Record<string, string>> = {
  "\b": "\\b",
  "\t": "\\t",
  "\n": "\\n",
  "\f": "\\f",
  "\r": "\\r",
  '"': '\\"',
  "\\": "\\\\",
};

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

/** Java line terminators are CR, LF and CRLF only (JLS 3.4); U+2028 is shown, not a break. */
const LINE_BREAKS = BREAKS.crlf;

/**
 * The rest of a `//` comment: line breaks become spaces, controls and
 * invisible characters are shown, and a backslash run before `u` is doubled
 * so it cannot start a Unicode escape.
 */
function lineComment(text: string): string {
  return shown(text.split(LINE_BREAKS).join(" ")).replace(/\\+(?=u)/g, (run) => run + run);
}

/**
 * Javadoc lines. Javadoc is HTML: `&`, `<` and `>` become entities; `@`
 * becomes `&#64;` so neither a block tag (`@deprecated` at a line start) nor
 * an inline tag (`{@link x}`) appears; `*​/` becomes `*&#47;`; a backslash
 * before `u` becomes `&#92;`; hidden characters are shown, not written as
 * entities (doclint rejects entities of C1 controls).
 */
function docCommentLines(text: string): string[] {
  return text.split(LINE_BREAKS).map((line) =>
    shown(line)
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/@/g, "&#64;")
      .replace(/\*\//g, "*&#47;")
      .replace(/\\(?=u)/g, "&#92;")
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
  return showAll(showAll(text, CONTROLS), LONE_SURROGATE)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/[\r\n\t]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Java's reserved words and literals (JLS 3.9, 3.10): no package or identifier may be one. */
const JAVA_KEYWORDS: ReadonlySet<string> = new Set(
  (
    "abstract assert boolean break byte case catch char class const continue default do double else enum extends " +
    "final " +
    "finally float for goto if implements import instanceof int interface long native new package private " +
    "protected public " +
    "return short static strictfp super switch synchronized this throw throws transient try void volatile while " +
    "true false " +
    "null"
  ).split(" "),
);

/**
 * JAVA_KEYWORDS, then every member of the generated code enum
 * (templates/java/ErrorCode.java.hbs), inherited ones included: a constant
 * of that name would hide it or be hidden by it. None is UPPER_SNAKE today,
 * so no catalog name meets one; a member the template adds goes here.
 */
export const JAVA_RESERVED: ReadonlySet<string> = new Set([
  ...JAVA_KEYWORDS,
  ..."wireCode info isDeprecated resolve fromWireCode retired Lookup Metadata".split(" "),
  ..."name ordinal values valueOf compareTo getDeclaringClass describeConstable toString".split(" "),
  ..."equals hashCode getClass notify notifyAll wait clone finalize".split(" "),
]);

/** `coinone` -> `coinone.errorcodes`: a lower-case package; a leading digit or a keyword gets a `_` prefix. */
export function javaPackage(catalogName: string): string {
  const base = catalogName.toLowerCase().replace(/[^a-z0-9]+/g, "");
  return `${/^[a-z]/.test(base) && !JAVA_KEYWORDS.has(base) ? base : `_${base}`}.errorcodes`;
}

/** The constant of each catalog name: `PRICE_NOT_CORRECT`, kept apart from JAVA_RESERVED. */
export function javaConstantNames(names: readonly string[]): string[] {
  return names.map((name) => keepApart(caseNames(name).upperSnake, JAVA_RESERVED));
}
