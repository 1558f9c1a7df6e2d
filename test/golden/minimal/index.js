// Generated from test/fixtures/minimal.yaml by coinone-error-codes. Do not edit: change the spec and run `npm run generate`.
// Catalog demo 2.1.0, spec sha256 b0c013d2487b8e3602654a1df503e935a74275eac7269da1ec8a06c8e496a86a.
/**
 * Error codes of Demo API errors. Each value is the code string sent on the wire in `error_code`.
 *
 * Key on the code, never on the message: the server's message can differ from the documented one.
 */
export var DemoErrorCode;
(function (DemoErrorCode) {
    /**
     * The price is not valid.
     *
     * (ko) 올바르지 않은 가격입니다.
     *
     * Wire message: "Price is not correct"
     * Category: order
     */
    DemoErrorCode["PriceNotCorrect"] = "105";
    /**
     * The price does not fit the tick size.
     *
     * (ko) 호가 단위가 맞지 않습니다.
     *
     * Wire message: "Price unit is wrong"
     * Category: order
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
     */
    DemoErrorCode["ServerError"] = "405";
})(DemoErrorCode || (DemoErrorCode = {}));
/** Metadata of every active code, keyed by code. Frozen. */
export const DEMO_ERRORS = deepFreeze({
    [DemoErrorCode.PriceNotCorrect]: {
        code: DemoErrorCode.PriceNotCorrect,
        name: "PRICE_NOT_CORRECT",
        message: "Price is not correct",
        category: "order",
        description: {
            en: "The price is not valid.",
            ko: "올바르지 않은 가격입니다.",
        },
        notes: "Keep \"price\" generic; it covers limit and stop prices.",
    },
    [DemoErrorCode.PriceUnitWrong]: {
        code: DemoErrorCode.PriceUnitWrong,
        name: "PRICE_UNIT_WRONG",
        message: "Price unit is wrong",
        category: "order",
        description: {
            en: "The price does not fit the tick size.",
            ko: "호가 단위가 맞지 않습니다.",
        },
        deprecated: { since: "2.0.0", reason: "Merged into 105.", replacedBy: DemoErrorCode.PriceNotCorrect },
    },
    [DemoErrorCode.ServerError]: {
        code: DemoErrorCode.ServerError,
        name: "SERVER_ERROR",
        message: "Server error",
        category: "server",
        description: {
            en: "A server error occurred; try again in {seconds} seconds.",
            ko: "서버 에러가 발생하였습니다. {seconds}초 후 다시 시도하세요.",
        },
        retryable: true,
        userAction: "retry-later",
        httpStatus: 500,
    },
});
/** Retired codes: no longer sent, reserved forever, never reused for another error. */
export const RESERVED_DEMO_ERROR_CODES = Object.freeze(["110"]);
/** Every locale the descriptions are written in; the first is the fallback. */
export const DEMO_ERROR_LOCALES = Object.freeze(["en", "ko"]);
/** True when `value` is a code this catalog knows (an active code, deprecated included). */
export function isDemoErrorCode(value) {
    return typeof value === "string" && Object.prototype.hasOwnProperty.call(DEMO_ERRORS, value);
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
        if (typeof value === "string")
            value = JSON.parse(value);
        // Array.isArray throws on a revoked Proxy, and a getter or proxy trap can throw: all inside the try.
        if (typeof value !== "object" || value === null || Array.isArray(value))
            return undefined;
        const record = value;
        result = ownValue(record, "result");
        code = readText(ownValue(record, "error_code")) ?? readText(ownValue(record, "errorCode"));
        serverMessage = readText(ownValue(record, "error_msg")) ?? readText(ownValue(record, "errorMsg"));
    }
    catch {
        // Malformed JSON, a revoked Proxy, a getter or trap that throws: not a body this function can read.
        return undefined;
    }
    if (result !== undefined ? result !== "error" : code === undefined)
        return undefined;
    if (isDemoErrorCode(code))
        return { known: true, code, serverMessage, info: DEMO_ERRORS[code] };
    return { known: false, code, serverMessage, info: undefined };
}
/** The description of `code` in `locale` (`ko-KR` falls back to `ko`), else in "en"; `undefined` for an unknown code. */
export function describeDemoError(code, locale = "en") {
    if (!isDemoErrorCode(code))
        return undefined;
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
    }
    /** Builds the error from a response body with `parseDemoError`; `undefined` when the body is not an error. */
    static fromResponse(body) {
        const parsed = parseDemoError(body);
        return parsed === undefined ? undefined : new DemoApiError(parsed.code, parsed.serverMessage);
    }
}
/** The value of an own property, never one inherited from `Object.prototype`. */
function ownValue(record, key) {
    return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
function readText(value) {
    if (typeof value === "string")
        return value;
    if (typeof value === "number" && Number.isFinite(value))
        return String(value);
    return undefined;
}
function deepFreeze(value) {
    if (typeof value === "object" && value !== null) {
        for (const child of Object.values(value))
            deepFreeze(child);
        Object.freeze(value);
    }
    return value;
}
