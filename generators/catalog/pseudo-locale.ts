/**
 * A pseudo-locale for testing user interfaces (issue 28): each description
 * with its letters accented and about 40% longer, in brackets, so text that
 * is cut off, hard-coded or not translated at all stands out on screen. Only
 * literal text changes: placeholders, plurals and selects stay as written, and
 * the result is printed back as ICU (message-syntax.ts), as the i18n bundles
 * hold it.
 */
import { TYPE } from "@formatjs/icu-messageformat-parser";
import type { MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { literalText, parseMessage, printForFormatters } from "./message-syntax.ts";

const PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const ACCENTED = [..."àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ"];

const accent = (text: string) => text.replace(/[A-Za-z]/g, (c) => ACCENTED[PLAIN.indexOf(c)] ?? c);

function accentAll(elements: readonly MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.literal) return { ...element, value: accent(element.value) };
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      const options = Object.fromEntries(
        Object.entries(element.options).map(([key, option]) => [key, { ...option, value: accentAll(option.value) }]),
      );
      return { ...element, options } as MessageFormatElement;
    }
    return element;
  });
}

/** The pseudo-localised form of one description (an ICU message); undefined when it does not parse. */
export function pseudoLocalize(text: string): string | undefined {
  const parsed = parseMessage(text);
  if (!parsed.ok) return undefined;
  const padding = "·".repeat(Math.ceil(literalText(parsed.elements).length * 0.4));
  return `[${printForFormatters(accentAll(parsed.elements), text)}${padding === "" ? "" : ` ${padding}`}]`;
}
