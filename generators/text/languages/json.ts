/**
 * JSON text: string literals as RFC 8259 strings (read back by JSON.parse),
 * the one JavaScript string escaper (escape.ts jsString, JSON syntax with
 * every hidden character escaped); comments for JSONC/JSON5 files (`//` and
 * `/** *\/`), which plain JSON lacks, as JavaScript writes them.
 * @see https://www.rfc-editor.org/rfc/rfc8259#section-7
 */
import { jsString } from "../escape.ts";
import { javascript } from "./javascript.ts";
import type { LanguageText } from "./types.ts";

export const json: LanguageText = {
  id: "json",
  stringLiteral: jsString,
  lineComment: javascript.lineComment,
  docCommentLines: javascript.docCommentLines,
};
