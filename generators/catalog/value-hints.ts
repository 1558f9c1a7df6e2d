/**
 * Hints that speak about what the author wrote: a value of the wrong type
 * (`retryable: yes`, `httpStatus: "404"`), a misspelt category or locale,
 * with the nearest declared name (nearest.ts). The schema's description of
 * a property says what belongs there; these say what to change.
 */
import schema from "../../spec/errors.schema.json" with { type: "json" };
import { quote } from "./diagnostics.ts";
import { nearest, normaliseName } from "./nearest.ts";

const ERROR_CLASSES: readonly string[] = schema.$defs.error.properties.errorClass.enum;

/** How a value reads in a message: `the text "yes"`, `the number 1`, `no value`, `a mapping`. */
export function describeValue(value: unknown, written: string | undefined): string {
  if (value === null) return "no value";
  if (typeof value === "string") return `the text ${quote(value)}`;
  if (typeof value === "number") return `the number ${written ?? String(value)}`;
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return "a list";
  if (value instanceof Uint8Array) return "binary data (!!binary)";
  return "a mapping";
}

/** A schema type as a message names it: `a string`, `true or false`. */
export function article(type: string): string {
  const names: Record<string, string> = {
    string: "a string",
    object: "a mapping",
    array: "a list",
    boolean: "true or false",
    integer: "an integer",
    number: "a number",
  };
  return names[type] ?? type;
}

const TRUE_WORDS = new Set(["yes", "y", "on"]);
const FALSE_WORDS = new Set(["no", "n", "off"]);

/**
 * What to write instead of `value` (written as `written` in the file) for
 * the property `field`, whose schema type is `expected`; `locales` names
 * the keys of a text per locale.
 */
export function wrongTypeHint(
  field: string,
  expected: string,
  value: unknown,
  written: string | undefined,
  locales: readonly string[] = [],
): string {
  // Only a scalar is shown; a mapping or list may even be circular (a self-referencing alias).
  const shown = written ?? (typeof value === "object" && value !== null ? "" : String(value));
  if (value instanceof Uint8Array) return "remove the !!binary tag and write the text itself";
  switch (expected) {
    case "boolean": {
      if (typeof value === "string") {
        const word = value.toLowerCase();
        if (TRUE_WORDS.has(word) || FALSE_WORDS.has(word)) {
          const meant = TRUE_WORDS.has(word) ? "true" : "false";
          const reads = `YAML 1.2 reads \`${shown}\` as the text ${quote(value)}`;
          return `${field} must be true or false; ${reads}: write ${meant}`;
        }
        if (word === "true" || word === "false") {
          return `${field} must be true or false; the quotes make it text: write ${word} without them`;
        }
        return `${field} must be true or false, not the text ${quote(value)}: write true or false`;
      }
      if (value === null) return `${field} has no value: write true or false after \`${field}:\``;
      if (value === 0 || value === 1) {
        return `${field} must be true or false, not a number: write ${value === 1 ? "true" : "false"}`;
      }
      return `write true or false after \`${field}:\``;
    }
    case "string": {
      if (typeof value === "number" || typeof value === "boolean") {
        const reads = typeof value === "number" ? "a number" : "true or false";
        return `YAML reads \`${shown}\` as ${reads}; quote it: ${field}: "${shown}"`;
      }
      if (value === null) {
        return written !== undefined && written !== ""
          ? `YAML reads \`${written}\` as no value; quote it: ${field}: "${written}"`
          : `write the text after \`${field}:\``;
      }
      return Array.isArray(value)
        ? `write one text after \`${field}:\`, not a list; quote text that starts with \`[\` or \`- \``
        : `write one text after \`${field}:\`, not a mapping; quote text that holds \`: \` or starts with \`{\``;
    }
    case "object":
      if (locales.length > 0) {
        const keys = locales.map((locale) => `\`${locale}: ...\``).join(", ");
        return `${field} holds one text per locale: write \`${field}:\` and under it ${keys} on indented lines`;
      }
      return `${field} is a mapping: write \`${field}:\` and its keys on indented lines under it`;
    case "array":
      return typeof value === "string"
        ? `${field} is a list: write ${field}: [${value}] or one \`- \` line per item`
        : `${field} is a list: write one \`- \` line per item, or [a, b]`;
    case "integer":
    case "number":
      if (typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value.trim())) {
        return `write the number without quotes: ${field}: ${value.trim()}`;
      }
      if (typeof value === "number") return `write a whole number, such as ${Math.round(value)}`;
      return `write a number after \`${field}:\``;
    default:
      return `write ${expected} after \`${field}:\``;
  }
}

/** The unknown-category hint: the nearest category, and a word when the value reads as an errorClass. */
export function unknownCategoryHint(category: string, ids: readonly string[]): string {
  const meant = nearest(category, ids);
  const asClass = ERROR_CLASSES.find((value) => normaliseName(value) === normaliseName(category));
  return (
    (meant !== undefined ? `did you mean ${meant}? ` : "") +
    (asClass !== undefined ? `(${asClass} is an errorClass, not a category) ` : "") +
    `use one of: ${ids.join(", ")}; or declare it under categories`
  );
}

/**
 * The locale each undeclared key of a text per locale most likely means,
 * among the declared locales it lacks: `kr` -> `ko`.
 */
export function meantLocales(keys: readonly string[], missing: readonly string[]): Map<string, string> {
  const meant = new Map<string, string>();
  for (const key of keys) {
    const found = nearest(
      key,
      missing.filter((locale) => ![...meant.values()].includes(locale)),
    );
    if (found !== undefined) meant.set(key, found);
  }
  return meant;
}

/** The extra-locale hint: the locale probably meant, and the declared ones. */
export function unknownLocaleHint(key: string, meant: string | undefined, locales: readonly string[]): string {
  const declared = `the declared locales are ${locales.join(", ")}`;
  if (meant !== undefined) return `did you mean ${meant}? ${declared}; or declare ${key} in catalog.locales`;
  return `${declared}; declare ${key} in catalog.locales or remove this entry`;
}
