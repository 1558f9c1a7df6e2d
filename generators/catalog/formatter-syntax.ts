/**
 * The `formatter-syntax` rule: a description's literal text must print the
 * same in every mainstream translation formatter, ICU or not. The i18n
 * bundles hold a description escaped only where ICU requires it
 * (message-syntax.ts), so text that needs no ICU escape is written as is, and
 * i18next (without ICU), vue-i18n, typesafe-i18n and Lingui's raw catalogs
 * print it as the catalog wrote it. Some text cannot be written that way:
 * ICU needs an escape that the others would print (a literal brace, a tag, an
 * apostrophe before ICU syntax), or another formatter reads it as its own
 * syntax (`$t(...)` in i18next, `@` and `|` in vue-i18n, which also turns CR LF
 * and U+2028/U+2029 into a line feed, `\uXXXX` in Lingui).
 * Checked on the top-level text only: a plural or select branch is printed by
 * ICU formatters alone, so ICU escapes there are safe. Measured with i18next
 * 26, i18next-icu, vue-i18n 11, typesafe-i18n 5, Lingui 5 and FormatJS
 * (test/i18n-formatters.test.ts).
 */
import { TYPE } from "@formatjs/icu-messageformat-parser";
import type { MessageFormatElement } from "@formatjs/icu-messageformat-parser";

export interface FormatterConflict {
  /** The characters at fault, as the text holds them. */
  readonly found: string;
  /** Offset in the description's source text (best effort: where `found` first occurs in its literal). */
  readonly offset: number;
  /** Which formatters misread it, and how. */
  readonly reason: string;
  readonly hint: string;
}

const DOUBLED = "the bundle would need the apostrophe doubled, which the others print twice";
const APOSTROPHE_HINT =
  "write the typographic apostrophe \u2019 (U+2019) there, or put a space between the apostrophe and what follows";

/** The first literal piece that some formatter would misprint, with why; `next` says whether an argument follows. */
function conflictIn(value: string, next: boolean): Omit<FormatterConflict, "offset"> | undefined {
  const checks: [RegExp, (found: string) => Omit<FormatterConflict, "offset" | "found">][] = [
    [
      /[{}]/,
      () => ({
        reason:
          "ICU formatters need a literal brace quoted ('{'), and i18next, vue-i18n and typesafe-i18n " +
          "print the quotes or read the brace as a placeholder",
        hint: "reword without braces, e.g. with ( ) or [ ]",
      }),
    ],
    [
      /<[A-Za-z/]/,
      () => ({
        reason: "FormatJS and react-intl read it as a tag; quoting it there would print the quotes everywhere else",
        hint: "put a space after <, or reword",
      }),
    ],
    [
      /'['<>]/,
      (found) => ({
        reason: `ICU formatters read ${found} as the start of quoted text: ${DOUBLED}`,
        hint: APOSTROPHE_HINT,
      }),
    ],
    [
      // i18next's nesting pattern: `$t(` and `)` with something between, on one line.
      /\$t\(.+?\)/,
      () => ({
        reason: "i18next reads $t(...) as a nested translation and prints that instead",
        hint: "reword, e.g. write $ t( apart",
      }),
    ],
    [
      /@/,
      () => ({
        reason: "vue-i18n reads @ as a linked message (@:key) and fails or prints something else",
        hint: "write at, or the full-width \uFF20 (U+FF20)",
      }),
    ],
    [
      /\|/,
      () => ({
        reason: "vue-i18n reads | as a plural separator and prints only the text before it",
        hint: "write / or a word instead",
      }),
    ],
    [
      /\r\n|\u2028|\u2029/,
      () => ({
        reason: "vue-i18n reads CR LF, U+2028 and U+2029 as a line end and prints a line feed instead",
        hint: "write a plain line feed (\\n) for a line break, or a space",
      }),
    ],
    [
      /\\(?:u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2})/,
      () => ({
        reason: "Lingui decodes \\uXXXX and \\xXX in a message into the character they name",
        hint: "write the character itself, or put a space after the backslash",
      }),
    ],
  ];
  for (const [pattern, explain] of checks) {
    const found = pattern.exec(value)?.[0];
    if (found !== undefined) return { found, ...explain(found) };
  }
  // An apostrophe right before an argument would be doubled in the bundle.
  if (next && value.endsWith("'"))
    return {
      found: "'{",
      reason: `ICU formatters read an apostrophe before { as the start of quoted text: ${DOUBLED}`,
      hint: APOSTROPHE_HINT,
    };
  return undefined;
}

/** The first piece of the message's top-level literal text that some formatter would print differently, if any. */
export function formatterConflict(
  elements: readonly MessageFormatElement[],
  text: string,
): FormatterConflict | undefined {
  for (const [i, element] of elements.entries()) {
    if (element.type !== TYPE.literal) continue;
    const conflict = conflictIn(element.value, i + 1 < elements.length);
    if (conflict === undefined) continue;
    const start = element.location?.start.offset ?? 0;
    const end = element.location?.end.offset ?? text.length;
    const source = text.slice(start, end);
    // The apostrophe before an argument is the literal's last one; anything else is searched as written, then by its
    // first character (the source may quote it).
    const at =
      conflict.found === "'{"
        ? source.lastIndexOf("'")
        : source.includes(conflict.found)
          ? source.indexOf(conflict.found)
          : source.indexOf(conflict.found.slice(0, 1));
    return { ...conflict, offset: at >= 0 ? start + at : start };
  }
  return undefined;
}
