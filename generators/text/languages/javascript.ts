/**
 * JavaScript and TypeScript text: double-quoted string literals, `//` line
 * comment text and JSDoc lines (`*\/` cannot close the comment, no `@` can
 * start a tag: the rule of generators/text/escape.ts).
 * @see https://tc39.es/ecma262/#sec-literals-string-literals
 */
import { escapeJsDocTags } from "../escape.ts";
import { INVISIBLE, u4, visibleLines, visibleText } from "./shared.ts";
import type { LanguageText } from "./types.ts";

export const javascript: LanguageText = {
  id: "javascript",
  stringLiteral: (value) => JSON.stringify(value).replace(INVISIBLE, u4),
  lineComment: visibleText,
  docCommentLines: (text) =>
    visibleLines(text).map((line) => escapeJsDocTags(line.replace(/\*\//g, "*\\/"))),
};
