// Generated from test/fixtures/minimal.yaml by coinone-error-codes. Do not edit: change the spec and run `npm run generate`.

/**
 * Error codes of Demo API errors. Each value is the code string sent on the wire in `error_code`.
 *
 * Key on the code, never on the message: the server's message can differ from the documented one.
 */
export declare enum DemoErrorCode {
  /**
   * The price is not valid.
   *
   * (ko) 올바르지 않은 가격입니다.
   *
   * Wire message: "Price is not correct"
   * Category: order
   * Error class: invalid-order
   * Retryable: no
   */
  PriceNotCorrect = "105",
  /**
   * The price does not fit the tick size.
   *
   * (ko) 호가 단위가 맞지 않습니다.
   *
   * Wire message: "Price unit is wrong"
   * Category: order
   * Error class: invalid-order
   * Retryable: no
   * @deprecated Since 2.0.0: Merged into 105. Use {@link DemoErrorCode.PriceNotCorrect} ("105") instead.
   */
  PriceUnitWrong = "106",
  /**
   * A server error occurred; try again in {seconds} seconds.
   *
   * (ko) 서버 에러가 발생하였습니다. {seconds}초 후 다시 시도하세요.
   *
   * Wire message: "Server error"
   * Category: server
   * Error class: exchange-unavailable
   * Retryable: yes
   */
  ServerError = "405",
}

/** A locale the descriptions are written in. */
export type DemoErrorLocale = "en" | "ko";
/** Id of an error category. */
export type DemoErrorCategory = "order" | "server";
/** What a caller should do about an error. */
export type DemoUserAction = "fix-request" | "check-credentials" | "complete-verification" | "contact-support" | "retry-later" | "renew-nonce";
/** The exchange-neutral class of an error (authentication, invalid-order, ...); each maps to one ccxt error class. */
export type DemoErrorClass = "authentication" | "permission" | "verification-required" | "account-suspended" | "insufficient-funds" | "invalid-order" | "order-not-found" | "duplicate-order-id" | "unknown-symbol" | "bad-request" | "not-supported" | "operation-rejected" | "invalid-nonce" | "invalid-address" | "rate-limit" | "exchange-unavailable" | "maintenance" | "exchange-error";

/** Everything the catalog says about one error code. */
export interface DemoErrorInfo {
  /** The wire code. */
  readonly code: DemoErrorCode;
  /** Stable UPPER_SNAKE name, e.g. `PRICE_NOT_CORRECT`. */
  readonly name: string;
  /** The documented return message, verbatim. The server's message may differ. */
  readonly message: string;
  readonly category: DemoErrorCategory;
  /** What the error means, in every locale. */
  readonly description: Readonly<Record<DemoErrorLocale, string>>;
  /** True when the same request may succeed later without any change by the caller. */
  readonly retryable: boolean;
  /** Only on retryable codes: the documented wait in seconds before the same request may succeed. */
  readonly retryAfterSeconds?: number;
  /** The exchange-neutral class of the error. */
  readonly errorClass: DemoErrorClass;
  readonly userAction?: DemoUserAction;
  /** Set when the code is deprecated. */
  readonly deprecated?: { readonly since: string; readonly reason: string; readonly replacedBy?: DemoErrorCode };
  /** Notes for translators and maintainers. */
  readonly notes?: string;
  /** HTTP status observed with this code; the status is not a reliable error signal. */
  readonly httpStatus?: number;
}

/** Metadata of every active code, keyed by code. Frozen. */
export declare const DEMO_ERRORS: Readonly<Record<DemoErrorCode, DemoErrorInfo>>;
/** Retired codes: no longer sent, reserved forever, never reused for another error. */
export declare const RESERVED_DEMO_ERROR_CODES: readonly string[];
/** Every locale the descriptions are written in; the first is the fallback. */
export declare const DEMO_ERROR_LOCALES: readonly DemoErrorLocale[];

/** True when `value` is a code this catalog knows (an active code, deprecated included). */
export declare function isDemoErrorCode(value: unknown): value is DemoErrorCode;

/**
 * An error body as the API sends it: `{ "result": "error", "error_code": "105", "error_msg": "..." }`.
 * The code is a string; the message may be missing or differ from the documented one.
 */
export interface DemoErrorResponse {
  readonly result: "error";
  readonly error_code: `${DemoErrorCode}` | (string & {});
  readonly error_msg?: string;
}

/** An error body in the older camelCase shape some endpoints still send. */
export interface DemoLegacyErrorResponse {
  readonly result?: "error";
  readonly errorCode: `${DemoErrorCode}` | (string & {});
  readonly errorMsg?: string;
}

/** An error body whose code the catalog knows. */
export interface DemoKnownError {
  readonly known: true;
  readonly code: DemoErrorCode;
  /** The message the server sent, if any; it may differ from `info.message`. */
  readonly serverMessage: string | undefined;
  readonly info: DemoErrorInfo;
}

/** An error body whose code the catalog does not know (yet), or that carries no code. */
export interface DemoUnknownError {
  readonly known: false;
  readonly code: string | undefined;
  readonly serverMessage: string | undefined;
  readonly info: undefined;
}

/** What `parseDemoError` found in an error body; check `known` to narrow it. */
export type DemoParsedError = DemoKnownError | DemoUnknownError;

/**
 * Reads an error body: a parsed object or its JSON text. Accepts `error_code`/`errorCode` for the code and `error_msg`/`errorMsg` for the message;
 * a numeric code is read as its string. Returns `undefined` for anything that is not an error body
 * (a success body, `result` other than "error", malformed JSON, `null`, arrays, numbers). Never throws.
 */
export declare function parseDemoError(body: unknown): DemoParsedError | undefined;

/** The description of `code` in `locale` (`ko-KR` falls back to `ko`), else in "en"; `undefined` for an unknown code. */
export declare function describeDemoError(code: string, locale?: DemoErrorLocale | (string & {})): string | undefined;

/** An error the API returned, ready to throw. `message` reads like `[105 PRICE_NOT_CORRECT] Price is not correct`. */
export declare class DemoApiError extends Error {
  /** The wire code, as sent. */
  readonly code: string | undefined;
  /** True when the catalog knows the code. */
  readonly known: boolean;
  /** The catalog's info for a known code. */
  readonly info: DemoErrorInfo | undefined;
  /** The message the server sent, if any; it may differ from the documented one. */
  readonly serverMessage: string | undefined;
  constructor(code: string | undefined, serverMessage?: string | undefined);
  /** True for an error built by this class in the ESM or the CJS build of the package (subclasses are checked as usual). */
  static [Symbol.hasInstance](value: unknown): boolean;
  /** Builds the error from a response body with `parseDemoError`; `undefined` when the body is not an error. */
  static fromResponse(body: unknown): DemoApiError | undefined;
}

/**
 * True when `body` is an error body (object or JSON text, `error_code`/`errorCode` read as for `parseDemoError`) or a bare code whose catalog entry is retryable:
 * the same request may succeed later without any change by the caller. False for other codes, unknown codes and anything that is not an error. Never throws.
 */
export declare function isRetryableDemoError(body: unknown): boolean;

/**
 * Milliseconds to wait before sending the same request again, when `body` is an error body (object or JSON text, `error_code`/`errorCode` read as for `parseDemoError`)
 * or a bare code whose catalog entry is retryable with a documented wait (`retryAfterSeconds`). Undefined for a retryable code without a documented wait (back off as usual), for other codes, unknown codes and anything that is not an error. Never throws.
 */
export declare function retryAfterMsOfDemoError(body: unknown): number | undefined;
/** The media type of a problem details document (RFC 9457), for the `Content-Type` header. */
export declare const DEMO_PROBLEM_MEDIA_TYPE: "application/problem+json";

/** An RFC 9457 problem details object for an error the API returned; `JSON.stringify` it. */
export interface DemoProblemDetails {
  /** The code's page, `https://example.com/docs/errors/<code>.html`; `about:blank` for an unknown code. */
  readonly type: string;
  /** The documented message of a known code; `Unknown error` otherwise. */
  readonly title: string;
  /** The HTTP status given in the options, else the one the catalog observed, if any. */
  readonly status?: number;
  /** The description in the requested locale, or the server's message for an unknown code. */
  readonly detail?: string;
  /** The `instance` given in the options. */
  readonly instance?: string;
  /** Extension: the wire code, as sent. */
  readonly code?: string;
  /** Extension: the catalog's name of a known code. */
  readonly name?: string;
  /** Extension: whether the same request may succeed later. */
  readonly retryable: boolean;
  /** Extension: the documented wait before retrying. */
  readonly retryAfterSeconds?: number;
  /** Extension: the message the server sent, if any. */
  readonly serverMessage?: string;
}

/** Options of `toDemoProblemDetails`. */
export interface DemoProblemOptions {
  /** The HTTP status your service answers with. */
  readonly status?: number;
  /** A URI reference that identifies this occurrence. */
  readonly instance?: string;
  /** The locale of `detail`, as for `describeDemoError`. */
  readonly locale?: DemoErrorLocale | (string & {});
}

/** An RFC 9457 problem details object for `error` (from `parseDemoError` or a `DemoApiError`), to send as `DEMO_PROBLEM_MEDIA_TYPE`. */
export declare function toDemoProblemDetails(error: DemoParsedError | DemoApiError, options?: DemoProblemOptions): DemoProblemDetails;
