/**
 * Turns catalog names into identifiers and orders codes. Every generator
 * derives member and export names here, so the TypeScript enum, the OpenAPI
 * `x-enum-varnames` and the docs always agree.
 */

const UPPER_SNAKE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

/** True for a well-formed UPPER_SNAKE name such as `PRICE_NOT_CORRECT`. */
export function isUpperSnake(name: string): boolean {
  return UPPER_SNAKE.test(name);
}

/** `PRICE_NOT_CORRECT` -> `PriceNotCorrect`; `V1_TOKEN` -> `V1Token`. */
export function toEnumMemberName(name: string): string {
  return name
    .split("_")
    .filter((word) => word !== "")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase())
    .join("");
}

/** A catalog name spelt in every convention a target language needs. */
export interface CaseNames {
  /** `PRICE_NOT_CORRECT` */
  readonly upperSnake: string;
  /** `PriceNotCorrect` (the TypeScript enum member) */
  readonly pascal: string;
  /** `priceNotCorrect` */
  readonly camel: string;
  /** `price_not_correct` */
  readonly snake: string;
  /** `price-not-correct` */
  readonly kebab: string;
}

/** Every spelling of an UPPER_SNAKE name, derived once so that no target re-derives them. */
export function caseNames(name: string): CaseNames {
  const words = name
    .split("_")
    .filter((word) => word !== "")
    .map((word) => word.toLowerCase());
  const pascal = toEnumMemberName(name);
  return {
    upperSnake: words.map((word) => word.toUpperCase()).join("_"),
    pascal,
    camel: pascal.charAt(0).toLowerCase() + pascal.slice(1),
    snake: words.join("_"),
    kebab: words.join("-"),
  };
}

/** Best-effort UPPER_SNAKE spelling of any name, for fix hints: `priceNotCorrect` -> `PRICE_NOT_CORRECT`. */
export function toUpperSnake(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .toUpperCase();
}

/** `coinone` -> `Coinone`, `my-api` -> `MyApi`: the prefix of every exported name. */
export function toPascalCase(id: string): string {
  return id
    .split(/[-_]/)
    .filter((word) => word !== "")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("");
}

/**
 * Member names that break consumers although TypeScript accepts them: they
 * equal, ignoring case, a JavaScript reserved word or an Object.prototype
 * member, which code generators reading `x-enum-varnames` (camelCase or
 * lower-case targets) and `Record<member, ...>` lookups trip over.
 */
const RESERVED_MEMBER_NAMES = new Set([
  "break",
  "case",
  "catch",
  "class",
  "const",
  "continue",
  "debugger",
  "default",
  "delete",
  "do",
  "else",
  "enum",
  "export",
  "extends",
  "false",
  "finally",
  "for",
  "function",
  "if",
  "import",
  "in",
  "instanceof",
  "new",
  "null",
  "return",
  "super",
  "switch",
  "this",
  "throw",
  "true",
  "try",
  "typeof",
  "var",
  "void",
  "while",
  "with",
  "implements",
  "interface",
  "let",
  "package",
  "private",
  "protected",
  "public",
  "static",
  "yield",
  "await",
  "undefined",
  "nan",
  "infinity",
  "constructor",
  "prototype",
  "__proto__",
  "tostring",
  "valueof",
  "hasownproperty",
  "isprototypeof",
  "propertyisenumerable",
  "tolocalestring",
]);

export function isReservedMemberName(member: string): boolean {
  return RESERVED_MEMBER_NAMES.has(member.toLowerCase());
}

/** Names of everything the generated module exports, derived from the catalog name. */
export interface ExportNames {
  readonly prefix: string;
  readonly enumName: string;
  readonly infoInterface: string;
  readonly errorsRecord: string;
  readonly reservedCodes: string;
  readonly isCode: string;
  readonly responseType: string;
  readonly parse: string;
  readonly errorClass: string;
  readonly describe: string;
}

export function exportNames(catalogName: string): ExportNames {
  const prefix = toPascalCase(catalogName);
  const constant = catalogName.replace(/-/g, "_").toUpperCase();
  return {
    prefix,
    enumName: `${prefix}ErrorCode`,
    infoInterface: `${prefix}ErrorInfo`,
    errorsRecord: `${constant}_ERRORS`,
    reservedCodes: `RESERVED_${constant}_ERROR_CODES`,
    isCode: `is${prefix}ErrorCode`,
    responseType: `${prefix}ErrorResponse`,
    parse: `parse${prefix}Error`,
    errorClass: `${prefix}ApiError`,
    describe: `describe${prefix}Error`,
  };
}

const DIGITS = /^[0-9]+$/;

/**
 * Code order: numeric codes by value (`4` < `105` < `3001`), then other codes
 * by code point. Equal values with other spellings (`0105`, `105`) fall back
 * to code point order so the order is total.
 */
export function compareCodes(a: string, b: string): number {
  const aNumeric = DIGITS.test(a);
  const bNumeric = DIGITS.test(b);
  if (aNumeric !== bNumeric) return aNumeric ? -1 : 1;
  if (aNumeric) {
    const aValue = a.replace(/^0+(?=.)/, "");
    const bValue = b.replace(/^0+(?=.)/, "");
    if (aValue.length !== bValue.length) return aValue.length - bValue.length;
    if (aValue !== bValue) return aValue < bValue ? -1 : 1;
  }
  return a === b ? 0 : a < b ? -1 : 1;
}

/** `{name}` placeholders (ICU simple arguments) in a text, sorted and unique. */
export function placeholdersOf(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g)) found.add(match[1] as string);
  return [...found].sort();
}
