/**
 * JavaScript and TypeScript text: double-quoted string literals (the one
 * escaper, escape.ts jsString), `//` line comment text and JSDoc lines
 * (`*\/` cannot close the comment, no `@` can start a tag: the rule of
 * generators/text/escape.ts).
 * @see https://tc39.es/ecma262/#sec-literals-string-literals
 */
import { escapeJsDocTags, jsString } from "../escape.ts";
import { visibleLines, visibleText } from "./visible.ts";
import type { LanguageText } from "./types.ts";

export const javascript: LanguageText = {
  id: "javascript",
  stringLiteral: jsString,
  lineComment: visibleText,
  docCommentLines: (text) => visibleLines(text).map((line) => escapeJsDocTags(line.replace(/\*\//g, "*\\/"))),
};
