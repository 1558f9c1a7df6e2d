/**
 * How catalog text enters one programming or data language: as a string
 * literal, and as comment text. Every language target, and every template
 * helper for that language, goes through one of these, so each escape rule
 * lives in exactly one place (generators/text/languages/<language>.ts).
 */
export interface LanguageText {
  /** Identifier used in helper names and tests, e.g. `python`. */
  readonly id: string;
  /**
   * A string literal, quotes included, that the language's own parser reads
   * back as exactly `value` (any Unicode: quotes, backslashes, line breaks,
   * control, bidi and non-BMP characters). Bidi controls and other
   * invisible characters are written as escapes, never raw.
   */
  stringLiteral(value: string): string;
  /**
   * Text for the rest of one line comment (`//` or `#`): it cannot end the
   * comment early or start a new line, and shows control and bidi characters
   * instead of embedding them.
   */
  lineComment(text: string): string;
  /**
   * Lines for the language's documentation comment (`/** *\/`, `///`,
   * docstring, ...), without the comment markers: nothing in them can close
   * the comment, start a tag the text did not mean, or hide characters.
   */
  docCommentLines(text: string): string[];
}
