/**
 * JSON text: string literals as RFC 8259 strings (read back by JSON.parse),
 * comments for JSONC/JSON5 files (`//` and `/** *\/`), which plain JSON lacks.
 * @see https://www.rfc-editor.org/rfc/rfc8259#section-7
 */
import { INVISIBLE, u4 } from "./shared.ts";
import { javascript } from "./javascript.ts";
import type { LanguageText } from "./types.ts";

export const json: LanguageText = {
  id: "json",
  // JSON.stringify escapes `"`, `\` and C0 controls, and lone surrogates as \uXXXX; the rest of INVISIBLE is escaped too.
  stringLiteral: (value) => JSON.stringify(value).replace(INVISIBLE, u4),
  lineComment: javascript.lineComment,
  docCommentLines: javascript.docCommentLines,
};
