/**
 * Types of the normalised catalog: what the loader returns once the YAML has
 * passed the schema and the semantic checks, and what every generator reads.
 */

/** Field names of the error body on the wire. */
export interface WireFields {
  readonly resultField: string;
  readonly errorResult: string;
  readonly codeField: string;
  readonly messageField: string;
  readonly legacyCodeField?: string;
  readonly legacyMessageField?: string;
}

/** Text per locale, one entry for each declared locale. */
export type LocalizedText = Readonly<Record<string, string>>;

export interface Category {
  readonly id: string;
  readonly title: LocalizedText;
}

/** A document the catalog's texts are copied from (`documents` in the spec). */
export interface SourceDocument {
  readonly id: string;
  readonly title: LocalizedText;
  readonly url?: string;
}

/** The `source` value of a text written for the catalog itself, copied from no document. */
export const OURS = "ours";

/**
 * Where each text of an error comes from, keyed `message`, then every
 * declared locale, then `retryAfterSeconds` when the error has a wait: the
 * id of the document the text is copied from verbatim (or that states the
 * wait), or `ours`. The loader fills in `ours` for a key the spec leaves out.
 */
export type TextSources = Readonly<Record<string, string>>;

export type UserAction =
  "fix-request" | "check-credentials" | "complete-verification" | "contact-support" | "retry-later" | "renew-nonce";

/**
 * The exchange-neutral class of an error: the closed list of
 * spec/errors.schema.json (`errorClass`), where each value is described.
 * generators/targets/ccxt.ts maps each to one ccxt error class.
 */
export type ErrorClass =
  | "authentication"
  | "permission"
  | "verification-required"
  | "account-suspended"
  | "insufficient-funds"
  | "invalid-order"
  | "order-not-found"
  | "duplicate-order-id"
  | "unknown-symbol"
  | "bad-request"
  | "not-supported"
  | "operation-rejected"
  | "invalid-nonce"
  | "invalid-address"
  | "rate-limit"
  | "exchange-unavailable"
  | "maintenance"
  | "exchange-error";

export interface Deprecation {
  readonly since: string;
  readonly reason: string;
  readonly replacedBy?: string;
}

export interface Removal {
  readonly since: string;
  readonly reason: string;
}

export interface CatalogError {
  /** Wire code, a string. */
  readonly code: string;
  /** UPPER_SNAKE name from the spec. */
  readonly name: string;
  /** PascalCase enum member derived from `name`. */
  readonly member: string;
  readonly category: string;
  /** Documented return message, verbatim. */
  readonly message: string;
  readonly description: LocalizedText;
  /** True when the same request may succeed later without any change by the caller. */
  readonly retryable: boolean;
  /** Set only on retryable errors: the documented wait, in seconds, before the same request may succeed. */
  readonly retryAfterSeconds?: number;
  /** Exchange-neutral error class, from the closed list in the schema. */
  readonly errorClass: ErrorClass;
  readonly userAction?: UserAction;
  readonly deprecated?: Deprecation;
  /** Set on a tombstone: the code is retired and reserved forever. */
  readonly removed?: Removal;
  readonly notes?: string;
  readonly httpStatus?: number;
  /** Where `message` and each description come from (every locale listed). */
  readonly source: TextSources;
}

/** How far one locale's descriptions are translated (translations.ts); codes in code order. */
export interface LocaleStatus {
  readonly locale: string;
  /** Every description the locale should have: one per error. */
  readonly total: number;
  /** Descriptions the locale has, stale ones included. */
  readonly translated: number;
  /** Codes whose description falls back to the source locale's. */
  readonly missing: readonly string[];
  /** Codes whose description was translated from another origin text than today's (or has no record). */
  readonly stale: readonly string[];
}

export interface Catalog {
  readonly name: string;
  /** The title in the source locale. */
  readonly title: string;
  /** The title in every locale: `translatedTitle`, or `title` for a locale it leaves out. */
  readonly titles: LocalizedText;
  readonly version: string;
  /** The fallback locale: a missing text shows this locale's. */
  readonly sourceLocale: string;
  /** Set when the catalog tracks translations: the locale descriptions are written in first. */
  readonly originLocale?: string;
  readonly locales: readonly string[];
  readonly docsBaseUrl?: string;
  /** The packages' metadata, each optional: source repository URL, SPDX license expression, author. */
  readonly repository?: string;
  readonly license?: string;
  readonly author?: string;
  readonly wire: WireFields;
  readonly categories: readonly Category[];
  /** The documents `source` names, in spec order; empty when every text is the catalog's own. */
  readonly documents: readonly SourceDocument[];
  /** Every error in code order, tombstones included. */
  readonly errors: readonly CatalogError[];
  /** Per locale, what is translated, missing and stale (stale only with `originLocale`). */
  readonly translationStatus?: readonly LocaleStatus[];
  /** Where the catalog came from: the spec path as given and the sha256 of its text. */
  readonly source: { readonly path: string; readonly sha256: string };
}
