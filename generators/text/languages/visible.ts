/**
 * Comment text for the languages whose comments need nothing beyond the
 * shared table (C#, Kotlin, Swift, JavaScript, JSON, YAML): line breaks
 * (characters.ts LINE_BREAKS.any) become spaces or split lines, and every
 * hidden character is shown by characters.ts showCharacter.
 */
import { HIDDEN, LINE_BREAKS, showAll } from "./characters.ts";

/** Comment text on one line: line breaks become spaces, hidden characters are shown. */
export function visibleText(text: string): string {
  return showAll(text.split(LINE_BREAKS.any).join(" "), HIDDEN);
}

/** Splits text into lines for a block or doc comment, each made visible. */
export function visibleLines(text: string): string[] {
  return text.split(LINE_BREAKS.any).map(visibleText);
}
