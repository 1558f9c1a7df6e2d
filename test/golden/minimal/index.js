// Generated from test/fixtures/minimal.yaml by coinone-error-codes. Do not edit: change the spec and run `npm run generate`.

/**
 * Error codes of Demo API errors. Each value is the code string sent on the wire in `error_code`.
 *
 * Key on the code, never on the message: the server's message can differ from the documented one.
 */
export var DemoErrorCode = /* @__PURE__ */ (function (DemoErrorCode) {
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
  DemoErrorCode["PriceNotCorrect"] = "105";
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
  DemoErrorCode["PriceUnitWrong"] = "106";
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
  DemoErrorCode["ServerError"] = "405";
  return DemoErrorCode;
})({});

/** The active codes, for the type guard: apart from the metadata so that it can be left out of a bundle. */
const knownCodes = /* @__PURE__ */ new Set(["105", "106", "405"]);

/** Metadata of every active code, keyed by code. Frozen. */
export const DEMO_ERRORS = /* @__PURE__ */ deepFreeze({
  "105": {
    code: "105",
    name: "PRICE_NOT_CORRECT",
    message: "Price is not correct",
    category: "order",
    description: {
      en: "The price is not valid.",
      ko: "올바르지 않은 가격입니다.",
    },
    retryable: false,
    errorClass: "invalid-order",
    notes: "Keep \"price\" generic; it covers limit and stop prices.",
  },
  "106": {
    code: "106",
    name: "PRICE_UNIT_WRONG",
    message: "Price unit is wrong",
    category: "order",
    description: {
      en: "The price does not fit the tick size.",
      ko: "호가 단위가 맞지 않습니다.",
    },
    retryable: false,
    errorClass: "invalid-order",
    deprecated: { since: "2.0.0", reason: "Merged into 105.", replacedBy: "105" },
  },
  "405": {
    code: "405",
    name: "SERVER_ERROR",
    message: "Server error",
    category: "server",
    description: {
      en: "A server error occurred; try again in {seconds} seconds.",
      ko: "서버 에러가 발생하였습니다. {seconds}초 후 다시 시도하세요.",
    },
    retryable: true,
    errorClass: "exchange-unavailable",
    userAction: "retry-later",
    httpStatus: 500,
  },
});

/** Retired codes: no longer sent, reserved forever, never reused for another error. */
export const RESERVED_DEMO_ERROR_CODES = /* @__PURE__ */ Object.freeze(["110"]);
/** Every locale the descriptions are written in; the first is the fallback. */
export const DEMO_ERROR_LOCALES = /* @__PURE__ */ Object.freeze(["en", "ko"]);

/** True when `value` is a code this catalog knows (an active code, deprecated included). */
export function isDemoErrorCode(value) {
  return typeof value === "string" && knownCodes.has(value);
}

/**
 * Reads an error body: a parsed object or its JSON text. Accepts `error_code`/`errorCode` for the code and `error_msg`/`errorMsg` for the message;
 * a numeric code is read as its string. Returns `undefined` for anything that is not an error body
 * (a success body, `result` other than "error", malformed JSON, `null`, arrays, numbers). Never throws.
 */
export function parseDemoError(body) {
  let value = body;
  let result;
  let code;
  let serverMessage;
  try {
    if (typeof value === "string") value = JSON.parse(value);
    // Array.isArray throws on a revoked Proxy, and a getter or proxy trap can throw: all inside the try.
    if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
    const record = value;
    result = ownValue(record, "result");
    code = readText(ownValue(record, "error_code")) ?? readText(ownValue(record, "errorCode"));
    serverMessage = readText(ownValue(record, "error_msg")) ?? readText(ownValue(record, "errorMsg"));
  } catch {
    // Malformed JSON, a revoked Proxy, a getter or trap that throws: not a body this function can read.
    return undefined;
  }
  if (result !== undefined ? result !== "error" : code === undefined) return undefined;
  if (isDemoErrorCode(code)) return { known: true, code, serverMessage, info: DEMO_ERRORS[code] };
  return { known: false, code, serverMessage, info: undefined };
}

/** The description of `code` in `locale` (`ko-KR` falls back to `ko`), else in "en"; `undefined` for an unknown code. */
export function describeDemoError(code, locale = "en") {
  if (!isDemoErrorCode(code)) return undefined;
  const texts = DEMO_ERRORS[code].description;
  // Own properties only: a locale from a request may be "constructor" or "__proto__".
  const language = typeof locale === "string" ? locale : "en";
  return readText(ownValue(texts, language)) ?? readText(ownValue(texts, language.split("-")[0] ?? "")) ?? texts["en"];
}

/** An error the API returned, ready to throw. `message` reads like `[105 PRICE_NOT_CORRECT] Price is not correct`. */
export class DemoApiError extends Error {
  constructor(code, serverMessage) {
    const info = isDemoErrorCode(code) ? DEMO_ERRORS[code] : undefined;
    super(`[${code ?? "no code"}${info ? ` ${info.name}` : ""}] ${serverMessage ?? info?.message ?? "unknown error"}`);
    this.name = "DemoApiError";
    this.code = code;
    this.known = info !== undefined;
    this.info = info;
    this.serverMessage = serverMessage;
    Object.defineProperty(this, apiErrorBrand, { value: true });
  }

  /** True for an error built by this class in the ESM or the CJS build of the package (subclasses are checked as usual). */
  static [Symbol.hasInstance](value) {
    if (this !== DemoApiError) return Function.prototype[Symbol.hasInstance].call(this, value);
    try {
      return typeof value === "object" && value !== null && value[apiErrorBrand] === true;
    } catch {
      return false;
    }
  }

  /** Builds the error from a response body with `parseDemoError`; `undefined` when the body is not an error. */
  static fromResponse(body) {
    const parsed = parseDemoError(body);
    return parsed === undefined ? undefined : new DemoApiError(parsed.code, parsed.serverMessage);
  }
}

/** Marks instances of `DemoApiError` from either build (ESM, CJS) of the package. */
const apiErrorBrand = /* @__PURE__ */ Symbol.for("demo-error-codes:DemoApiError");

/** The value of an own property, never one inherited from `Object.prototype`. */
function ownValue(record, key) {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function readText(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

function deepFreeze(value) {
  if (typeof value === "object" && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** The known code of `body`: a bare code or an error body (object or JSON text, `error_code`/`errorCode` read as for `parseDemoError`); undefined otherwise. */
function knownDemoCodeOf(body) {
  let value = body;
  if (typeof value === "string" && !isDemoErrorCode(value)) {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  let code = value;
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const record = value;
    try {
      if (record["result"] !== undefined && record["result"] !== "error") return undefined;
      code = undefined;
      for (const field of ["error_code", "errorCode"]) {
        const raw = record[field];
        if (typeof raw === "string" || typeof raw === "number") {
          code = raw;
          break;
        }
      }
    } catch {
      return undefined;
    }
  }
  if (typeof code === "number" && Number.isFinite(code)) code = String(code);
  return isDemoErrorCode(code) ? code : undefined;
}

/**
 * True when `body` is an error body (object or JSON text, `error_code`/`errorCode` read as for `parseDemoError`) or a bare code whose catalog entry is retryable:
 * the same request may succeed later without any change by the caller. False for other codes, unknown codes and anything that is not an error. Never throws.
 */
export function isRetryableDemoError(body) {
  const code = knownDemoCodeOf(body);
  return code !== undefined && DEMO_ERRORS[code].retryable;
}

/**
 * Milliseconds to wait before sending the same request again, when `body` is an error body (object or JSON text, `error_code`/`errorCode` read as for `parseDemoError`)
 * or a bare code whose catalog entry is retryable with a documented wait (`retryAfterSeconds`). Undefined for a retryable code without a documented wait (back off as usual), for other codes, unknown codes and anything that is not an error. Never throws.
 */
export function retryAfterMsOfDemoError(body) {
  const code = knownDemoCodeOf(body);
  if (code === undefined) return undefined;
  const info = DEMO_ERRORS[code];
  return info.retryable && info.retryAfterSeconds !== undefined ? info.retryAfterSeconds * 1000 : undefined;
}

/** The media type of a problem details document (RFC 9457), for the `Content-Type` header. */
export const DEMO_PROBLEM_MEDIA_TYPE = "application/problem+json";

/** An RFC 9457 problem details object for `error` (from `parseDemoError` or a `DemoApiError`), to send as `DEMO_PROBLEM_MEDIA_TYPE`. */
export function toDemoProblemDetails(error, options = {}) {
  const info = isDemoErrorCode(error.code) ? DEMO_ERRORS[error.code] : undefined;
  const status = options.status ?? info?.httpStatus;
  const detail = info === undefined ? error.serverMessage : describeDemoError(info.code, options.locale);
  return {
    type: info === undefined ? "about:blank" : "https://example.com/docs/errors/" + info.code + ".html",
    title: info?.message ?? "Unknown error",
    ...(status === undefined ? {} : { status }),
    ...(detail === undefined ? {} : { detail }),
    ...(options.instance === undefined ? {} : { instance: options.instance }),
    ...(error.code === undefined ? {} : { code: error.code }),
    ...(info === undefined ? {} : { name: info.name }),
    retryable: info?.retryable ?? false,
    ...(info?.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: info.retryAfterSeconds }),
    ...(error.serverMessage === undefined ? {} : { serverMessage: error.serverMessage }),
  };
}
