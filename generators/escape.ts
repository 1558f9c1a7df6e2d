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
  return JSON.stringify(value).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** An object literal key: bare when it is an identifier, quoted otherwise. */
export function jsPropertyKey(name: string): string {
  return IDENTIFIER.test(name) && name !== "__proto__" ? name : jsString(name);
}

/** Every line break JavaScript knows: inside a comment each one starts a new line. */
const LINE_BREAKS = /\r\n|[\n\r\u2028\u2029]/;

/**
 * Text for a JSDoc comment, as lines. `*\/` cannot close the comment, and a
 * line that starts with `@` is escaped so it does not become a tag.
 */
export function jsDocLines(text: string): string[] {
  return text
    .split(LINE_BREAKS)
    .map((line) => line.replace(/\*\//g, "*\\/").replace(/^(\s*)@/, "$1\\@"));
}

/** Text for one line of a `//` comment: line breaks become spaces, so nothing escapes the comment. */
export function lineCommentText(text: string): string {
  return text.split(LINE_BREAKS).join(" ");
}
