/**
 * Escaping for catalog text entering HTML (the static reference,
 * generators/targets/html/): text content and double-quoted attribute
 * values alike. The five HTML-special characters become character
 * references; control characters and bidirectional controls, which HTML
 * would keep and which would reorder or hide the text around them, are shown
 * as the shared table shows them (characters.ts showCharacter). Lone
 * surrogates, which no HTML encoder can write, become U+FFFD.
 */
import { BIDI_CONTROLS, CONTROLS, LONE_SURROGATE, everywhere, showAll } from "./languages/characters.ts";

const SPECIAL: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** `text` as HTML text or as the value of a double-quoted attribute. */
export function htmlText(text: string): string {
  return showAll(showAll(text, CONTROLS), BIDI_CONTROLS)
    .replace(everywhere(LONE_SURROGATE), "\uFFFD")
    .replace(/[&<>"']/g, (char) => SPECIAL[char] as string);
}
