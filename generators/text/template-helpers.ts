/**
 * Every Handlebars helper a template may call, in one table:
 * - case conversions of a catalog name: `upperSnake`, `pascal`, `camel`,
 *   `snake`, `kebab` (`{{pascal name}}` -> `PriceNotCorrect`), through
 *   caseNames in generators/catalog/names.ts;
 * - for each language in generators/text/languages/index.ts (id `kotlin`):
 *   `kotlinString value` (a string literal, quotes included),
 *   `kotlinLineComment text` (the rest of one `//` line) and
 *   `kotlinDocComment text prefix` (doc comment lines, each after `prefix`,
 *   joined by line breaks, without the comment markers);
 * - Markdown text: `markdownInline`, `markdownCell`, `markdownCode`,
 *   `markdownComment`, `markdownAttr`. The Markdown reference's own view
 *   (`markdown-reference`) also gets them by their short names (`cell`,
 *   `code`, ...), which other templates do not: `{{code}}` there must stay
 *   the error's field.
 * A helper given a missing value (a misspelt field: Handlebars' strict mode
 * does not check helper arguments) or a non-text value throws a
 * TemplateValueError that carries the template line and column. Handlebars'
 * own `lookup` is replaced by one that, like a strict field, needs its key
 * to be the object's own property (`{{lookup description "kr"}}` is an
 * error, not an empty string; targets/template-guard.ts holds the same rule for fields).
 */
import { caseNames, toUpperSnake } from "../catalog/names.ts";
import type { CaseNames } from "../catalog/names.ts";
import { LANGUAGES } from "./languages/index.ts";
import { markdownHelpers } from "./markdown-helpers.ts";
import Handlebars from "handlebars";

/** True when `object` is an object (or function) with `name` as its own property. */
export function isOwnField(object: unknown, name: string): boolean {
  return (typeof object === "object" || typeof object === "function") && object !== null && Object.hasOwn(object, name);
}

/** The error Handlebars throws for a missing field in strict mode, which template.ts turns into `unknown-field` at
 * `loc`. */
export function missingField(name: string, loc: unknown): Error {
  return new Handlebars.Exception(`"${name}" not defined in this object`, { loc } as unknown as hbs.AST.Node);
}

/** A helper as the template sees it: text arguments in, text out. */
export type TextHelper = (...args: string[]) => string;

/** A helper called with a value it cannot use, at a place in the template (1-based line and column). */
export class TemplateValueError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly col: number,
  ) {
    super(message);
  }
}

function caseHelper(convention: keyof CaseNames): TextHelper {
  return (name) => caseNames(toUpperSnake(name))[convention];
}

function languageHelpers(): Record<string, TextHelper> {
  const out: Record<string, TextHelper> = {};
  for (const language of LANGUAGES) {
    out[`${language.id}String`] = (value) => language.stringLiteral(value);
    out[`${language.id}LineComment`] = (text) => language.lineComment(text);
    out[`${language.id}DocComment`] = (text, prefix = "") =>
      language
        .docCommentLines(text)
        .map((line) => `${prefix}${line}`.trimEnd())
        .join("\n");
  }
  return out;
}

/** The helpers as plain functions of text, for tests and plugins. */
export const TEXT_HELPERS: Readonly<Record<string, TextHelper>> = {
  upperSnake: caseHelper("upperSnake"),
  pascal: caseHelper("pascal"),
  camel: caseHelper("camel"),
  snake: caseHelper("snake"),
  kebab: caseHelper("kebab"),
  ...languageHelpers(),
  ...Object.fromEntries(
    Object.entries(markdownHelpers).map(([name, helper]) => [
      `markdown${name.charAt(0).toUpperCase()}${name.slice(1)}`,
      helper as TextHelper,
    ]),
  ),
};

/** The short Markdown helper names of the Markdown reference's template. */
export const MARKDOWN_REFERENCE_HELPERS: Readonly<Record<string, TextHelper>> = {
  ...TEXT_HELPERS,
  ...(markdownHelpers as Record<string, TextHelper>),
};

interface HelperOptions {
  readonly name?: string;
  readonly loc?: { readonly start: { readonly line: number; readonly column: number } };
  readonly lookupProperty?: (parent: unknown, name: PropertyKey) => unknown;
}

/** `{{lookup object key}}` of an own property only; anything else is a missing field at the helper's place. */
function ownLookup(...args: unknown[]): unknown {
  const options = args.pop() as HelperOptions;
  const [object, key] = args;
  if (args.length !== 2)
    throw new TemplateValueError(
      'helper "lookup" takes an object and a key: {{lookup description "en"}}',
      options.loc?.start.line ?? 1,
      (options.loc?.start.column ?? 0) + 1,
    );
  const name = String(key);
  if (!isOwnField(object, name)) throw missingField(name, options.loc);
  return options.lookupProperty ? options.lookupProperty(object, name) : (object as Record<string, unknown>)[name];
}

/**
 * The helpers wrapped for Handlebars: arguments are checked (text, a number
 * or a boolean; never undefined, null, a list or a mapping) and the
 * Handlebars options object is not passed on.
 */
export function handlebarsHelpers(
  table: Readonly<Record<string, TextHelper>> = TEXT_HELPERS,
): Record<string, (...args: unknown[]) => unknown> {
  const wrapped: Record<string, (...args: unknown[]) => unknown> = Object.fromEntries(
    Object.entries(table).map(([name, helper]) => [
      name,
      (...args: unknown[]) => {
        const options = args.pop() as HelperOptions;
        const line = options.loc?.start.line ?? 1;
        const col = (options.loc?.start.column ?? 0) + 1;
        if (args.length === 0)
          throw new TemplateValueError(`helper "${name}" needs a value: {{${name} field}}`, line, col);
        const texts = args.map((value, index) => {
          if (typeof value === "string") return value;
          if (typeof value === "number" || typeof value === "boolean") return String(value);
          const what =
            value === undefined
              ? "undefined (a misspelt or missing field?)"
              : value === null
                ? "null"
                : Array.isArray(value)
                  ? "a list"
                  : "a mapping";
          throw new TemplateValueError(`helper "${name}" argument ${index + 1} is ${what}; it takes text`, line, col);
        });
        return helper(...texts);
      },
    ]),
  );
  return { ...wrapped, lookup: ownLookup };
}
