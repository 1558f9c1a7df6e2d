/**
 * The Handlebars helpers of the Markdown templates: the one place where
 * catalog text is escaped for Markdown (CommonMark with GitHub's tables).
 * Templates are compiled with `noEscape`, so text reaches the output only
 * through these helpers.
 */
import { showBidi, showControls } from "./escape.ts";
import { everywhere, LINE_BREAKS as LINE_BREAK_CLASSES } from "./languages/characters.ts";

/** Every line break a string can hold. */
const LINE_BREAKS = everywhere(LINE_BREAK_CLASSES.javascript);

/**
 * Characters with a meaning in inline Markdown, escaped with a backslash
 * (CommonMark allows that for any ASCII punctuation): emphasis, code, links,
 * entities, table pipes, strikethrough, a heading's closing `#`, braces (an
 * MDX expression, as Docusaurus reads `.md` files), and the backslash itself.
 * (`!` needs nothing: it only matters before `[`.) `<` is written `&lt;`
 * instead: Python-Markdown (mkdocs) takes no `\<` as an escape, reads
 * `\<div>` as raw HTML, and loses the document's structure after it.
 */
const INLINE_SPECIAL = /[\\`*_[\]>&|~#{}]/g;

/**
 * Escaped inline text. Besides the special characters: a tab is written as
 * `&#9;` (markdownlint MD010), `://`, `www.` and `@` are broken with a
 * backslash so no bare URL or address becomes a link (GFM autolink
 * literals, MD034), leading and trailing spaces become `&#32;` so they
 * survive, and bidirectional controls are shown as `‹U+202E›`.
 */
function escapeInline(text: string): string {
  return showBidi(showControls(text))
    .replace(INLINE_SPECIAL, (char) => `\\${char}`)
    .replace(/</g, "&lt;")
    .replace(/:\/\//g, "\\://")
    .replace(/\b(www)\./gi, "$1\\.")
    .replace(/@/g, "\\@")
    .replace(/\t/g, "&#9;")
    .replace(/^ +| +$/g, (spaces) => "&#32;".repeat(spaces.length));
}

/** Text in a heading or list item: escaped, line breaks become spaces. */
export function inline(text: unknown): string {
  return escapeInline(String(text).replace(LINE_BREAKS, " "));
}

/**
 * Text in a table cell: escaped, line breaks become `<br />` so the row stays
 * one line (self-closed: MDX, as Docusaurus reads `.md` files, rejects `<br>`).
 */
export function cell(text: unknown): string {
  return String(text).split(LINE_BREAKS).map(escapeInline).join("<br />");
}

/**
 * A code span holding the text verbatim. The fence is one backtick longer
 * than the longest run inside, padded with spaces when the text starts or
 * ends with a backtick or a space; `|` is escaped because GitHub splits table
 * cells on it even inside code; line breaks become spaces, which is what a
 * code span renders them as anyway.
 */
export function code(text: unknown): string {
  const oneLine = String(text).replace(LINE_BREAKS, " ");
  // GitHub's table parser reads `\\|` as an escaped backslash and a cell border,
  // so a backslash right before a pipe cannot be written inside a code span;
  // a tab (MD010) or a space at either end (MD038) cannot be written in one
  // either without markdownlint objecting: such text is written as escaped
  // plain text instead.
  if (/\\\||\t|^\s|\s$/.test(oneLine)) return escapeInline(oneLine);
  const value = showBidi(showControls(oneLine)).replace(/\|/g, "\\|");
  const fence = fenceFor(value, 1);
  const pad = /^[` ]|[` ]$/.test(value) ? " " : "";
  return `${fence}${pad}${value}${pad}${fence}`;
}

/**
 * An HTML comment's text: a space goes between any two adjacent dashes, so
 * no `--` (and with it no `-->`, `--!>` or `<!--`) appears and the comment
 * cannot be closed early, whatever the text; controls and bidi are shown.
 */
export function comment(text: unknown): string {
  return showBidi(showControls(String(text).replace(LINE_BREAKS, " ")))
    .replace(/-(?=-)/g, "- ")
    .replace(/-$/, "- ");
}

/**
 * A run of backticks longer than any run in `text`, and at least `minimum`
 * long. One pass with a counter: no spread of matches into arguments (which
 * overflows the stack on ~100,000 runs), no recursion on the input's size.
 */
export function fenceFor(text: string, minimum: number): string {
  let longestRun = 0;
  let run = 0;
  for (let index = 0; index < text.length; index += 1) {
    run = text.charCodeAt(index) === 0x60 ? run + 1 : 0;
    if (run > longestRun) longestRun = run;
  }
  return "`".repeat(Math.max(minimum, longestRun + 1));
}

/** An HTML attribute value inside double quotes. */
export function attr(text: unknown): string {
  return String(text).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A fenced code block, with a fence longer than any backtick run in the text. */
export function codeBlock(language: string, text: string): string {
  const fence = fenceFor(text, 3);
  return `${fence}${language}\n${text}\n${fence}`;
}

/** The helpers the templates may call; the compiler is told these are the only ones. */
export const markdownHelpers = { inline, cell, code, comment, attr } as const;
