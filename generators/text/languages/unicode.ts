/**
 * What the Python and Go escapers add to shared.ts: the hidden characters
 * are shared.ts's INVISIBLE (C0 and C1 controls, DEL, line and paragraph
 * separators, bidirectional and zero-width controls, lone surrogates), named
 * HIDDEN_CHARACTER here; these two languages also end lines at U+001C-U+001E
 * and show a hidden character in comments by its `\uXXXX` spelling.
 */
import { INVISIBLE as HIDDEN_CHARACTER, u4 } from "./shared.ts";

export { HIDDEN_CHARACTER, u4 };

/** The line breaks every language involved here treats as ending a line (and JavaScript's own). */
export const LINE_BREAK = /\r\n|[\n\r\u000B\u000C\u001C-\u001E\u0085\u2028\u2029]/;

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
