/**
 * The message syntax of descriptions: ICU MessageFormat as FormatJS reads it
 * with tags off. A placeholder is `{name}` (or `{n, number}`, `{d, date}`),
 * a plural `{count, plural, one {# order} other {# orders}}`, a choice
 * `{side, select, buy {...} other {...}}`; a literal brace is `'{'` / `'}'`,
 * an apostrophe is written as itself (`''` also works), `<` and `>` are text.
 * This file parses a description (with `@formatjs/icu-messageformat-parser`),
 * lists its arguments with their types, finds quoted placeholders, and
 * prints the message back escaped only where ICU (with tags read) requires
 * it, which is what the i18n bundles hold.
 */
import { parse, TYPE } from "@formatjs/icu-messageformat-parser";
import type { MessageFormatElement } from "@formatjs/icu-messageformat-parser";

export type ParsedMessage =
  | { readonly ok: true; readonly elements: MessageFormatElement[] }
  | { readonly ok: false; readonly message: string; readonly offset: number };

const ERROR_TEXT: Record<string, string> = {
  EXPECT_ARGUMENT_CLOSING_BRACE: "an argument is not closed with `}`",
  EMPTY_ARGUMENT: "`{}` names no argument",
  MALFORMED_ARGUMENT: "an argument must be `{name}` or `{name, type, ...}`",
  EXPECT_ARGUMENT_TYPE: "an argument's type is missing after the comma",
  INVALID_ARGUMENT_TYPE: "unknown argument type (use number, date, time, plural, select or selectordinal)",
  UNMATCHED_CLOSING_TAG: "unmatched closing tag",
  UNCLOSED_QUOTE_IN_ARGUMENT_STYLE: "an argument style has an unclosed quote",
  MISSING_OTHER_CLAUSE: "a plural or select needs an `other {...}` case",
};

/** Parses one description; on a syntax error, says what and at which offset of the text. */
export function parseMessage(text: string): ParsedMessage {
  try {
    return { ok: true, elements: parse(text, { ignoreTag: true, requiresOtherClause: true, captureLocation: true }) };
  } catch (error) {
    const problem = error as { originalMessage?: string; message?: string; location?: { start: { offset: number } } };
    const kind = problem.message ?? "syntax error";
    return {
      ok: false,
      message: ERROR_TEXT[kind] ?? kind.toLowerCase().replace(/_/g, " "),
      offset: problem.location?.start.offset ?? 0,
    };
  }
}

const TYPE_NAMES: Partial<Record<TYPE, string>> = {
  [TYPE.argument]: "text",
  [TYPE.number]: "number",
  [TYPE.date]: "date",
  [TYPE.time]: "time",
  [TYPE.plural]: "plural",
  [TYPE.select]: "select",
};

/** Every argument as `name: type`, sorted, nested ones included (`count: plural`, `count: selectordinal`). */
export function argumentsOf(elements: readonly MessageFormatElement[]): string[] {
  const found = new Set<string>();
  const walk = (list: readonly MessageFormatElement[]) => {
    for (const element of list) {
      if (element.type === TYPE.plural)
        found.add(`${element.value}: ${element.pluralType === "ordinal" ? "selectordinal" : "plural"}`);
      else if ("value" in element && TYPE_NAMES[element.type] !== undefined && element.type !== TYPE.literal)
        found.add(`${element.value}: ${TYPE_NAMES[element.type]}`);
      if (element.type === TYPE.plural || element.type === TYPE.select)
        for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  walk(elements);
  return [...found].sort();
}

/**
 * `'{name}'`: ICU quoting makes it the literal text `{name}`, which is almost
 * never what the writer meant. Found in the parsed literals (a literal brace
 * can only come from quoting), so `''{name}''` (quotes around the value) and
 * `'{"price": 1}'` (a literal brace) pass.
 */
export function quotedPlaceholder(
  elements: readonly MessageFormatElement[],
  text: string,
): { readonly found: string; readonly offset: number } | undefined {
  for (const element of elements) {
    if (element.type === TYPE.literal) {
      const match = /\{\s*[\p{L}_][\p{L}\p{N}_]*\s*(?:,[^{}]*)?\}/u.exec(element.value);
      if (match !== null) {
        const start = element.location?.start.offset ?? 0;
        const at = text.indexOf(`'${match[0]}`, start);
        return { found: `'${match[0]}'`, offset: at >= 0 ? at : start };
      }
    }
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) {
        const found = quotedPlaceholder(option.value, text);
        if (found !== undefined) return found;
      }
    }
  }
  return undefined;
}

/**
 * The message printed back as ICU, each literal escaped only where ICU
 * requires it (as FormatJS reads it, tags on): `{ }` always, `<` before a
 * letter or `/` (a tag), `#` inside a plural, and an apostrophe doubled only
 * before `' { } < >` (or `#` in a plural) or an argument. Text that needs none
 * of that is written as is, so formatters without ICU print it too
 * (formatter-syntax.ts refuses the rest unless the catalog is for ICU only).
 */
export function printForFormatters(
  elements: readonly MessageFormatElement[],
  source: string,
  parent: "plural" | "other" | "top" = "top",
): string {
  return elements
    .map((element, i) => {
      switch (element.type) {
        case TYPE.literal:
          return escapeLiteral(element.value, parent === "plural", parent === "top" && i === elements.length - 1);
        case TYPE.pound:
          return "#";
        case TYPE.plural:
        case TYPE.select: {
          const kind =
            element.type === TYPE.select ? "select" : element.pluralType === "ordinal" ? "selectordinal" : "plural";
          const offset = element.type === TYPE.plural && element.offset !== 0 ? ` offset:${element.offset}` : "";
          const options = Object.entries(element.options).map(
            ([key, option]) =>
              `${key} {${printForFormatters(option.value, source, kind === "select" ? "other" : "plural")}}`,
          );
          return `{${element.value}, ${kind},${offset} ${options.join(" ")}}`;
        }
        default:
          // A simple, number, date or time argument holds no literal text of its own: copied as written.
          return element.location === undefined
            ? `{${"value" in element ? element.value : ""}}`
            : source.slice(element.location.start.offset, element.location.end.offset);
      }
    })
    .join("");
}

/**
 * Literal text as ICU. A run that starts with a character ICU reads as syntax
 * and goes on over such characters and apostrophes is quoted as one section,
 * its apostrophes doubled (quoting `{` and `<a` apart would give `'{''<'a`,
 * where the closing quote and the next opening one read as an apostrophe).
 * Any other apostrophe stays single unless ICU would read it as a quote:
 * before `' { } < >` (`#` in a plural), or at the end of a literal that an
 * argument or a branch's `}` follows (`last` is true for the end of the whole
 * message, where a lone apostrophe is text).
 */
function escapeLiteral(text: string, inPlural: boolean, last: boolean): string {
  const syntax = (i: number) => {
    const c = text[i];
    return c === "{" || c === "}" || (inPlural && c === "#") || (c === "<" && /[A-Za-z/]/.test(text[i + 1] ?? ""));
  };
  let out = "";
  let i = 0;
  while (i < text.length) {
    if (syntax(i)) {
      let end = i + 1;
      while (end < text.length && (syntax(end) || text[end] === "'")) end++;
      out += `'${text.slice(i, end).replace(/'/g, "''")}'`;
      i = end;
    } else if (text[i] === "'") {
      const next = text[i + 1];
      const quotes = next === undefined ? !last : "'{}<>".includes(next) || (inPlural && next === "#");
      out += quotes ? "''" : "'";
      i++;
    } else {
      out += text[i];
      i++;
    }
  }
  return out;
}

/** The text a formatter prints for a message without arguments: its literals joined. */
export function literalText(elements: readonly MessageFormatElement[]): string {
  return elements.map((element) => (element.type === TYPE.literal ? element.value : "")).join("");
}
