import { describe, expect, it } from "vitest";
import {
  caseNames,
  compareCodes,
  exportNames,
  isReservedMemberName,
  isUpperSnake,
  placeholdersOf,
  toEnumMemberName,
  toUpperSnake,
} from "../generators/catalog/names.ts";

describe("toEnumMemberName", () => {
  it.each([
    ["PRICE_NOT_CORRECT", "PriceNotCorrect"],
    ["NONCE_NOT_INCREASING", "NonceNotIncreasing"],
    ["V1_TOKEN_NOT_ACCEPTED", "V1TokenNotAccepted"],
    ["SERVER_ERROR", "ServerError"],
    ["A", "A"],
    ["API2_FAIL", "Api2Fail"],
    ["NONCE_2", "Nonce2"],
    ["NONCE2", "Nonce2"],
  ])("%s -> %s", (name, member) => {
    expect(toEnumMemberName(name)).toBe(member);
  });
});

describe("isUpperSnake and toUpperSnake", () => {
  it.each([
    ["PRICE_NOT_CORRECT", true],
    ["V2_API", true],
    ["PRICE__WRONG", false],
    ["PRICE_", false],
    ["priceNotCorrect", false],
    ["_PRICE", false],
  ])("%s is UPPER_SNAKE: %s", (name, expected) => {
    expect(isUpperSnake(name)).toBe(expected);
  });
  it.each([
    ["priceNotCorrect", "PRICE_NOT_CORRECT"],
    ["PRICE__WRONG", "PRICE_WRONG"],
    ["price-wrong", "PRICE_WRONG"],
  ])("%s -> %s", (name, expected) => {
    expect(toUpperSnake(name)).toBe(expected);
  });
});

describe("isReservedMemberName", () => {
  it.each([
    ["Constructor", true],
    ["ToString", true],
    ["Delete", true],
    ["Nan", true],
    ["DeleteFailed", false],
    ["PriceNotCorrect", false],
  ])("%s: %s", (member, expected) => {
    expect(isReservedMemberName(member)).toBe(expected);
  });
});

describe("compareCodes", () => {
  it("orders numeric codes by value, then other codes by code point", () => {
    const codes = ["3001", "E_B", "105", "4", "0105", "E_A", "1201", "20"];
    expect([...codes].sort(compareCodes)).toEqual(["4", "20", "0105", "105", "1201", "3001", "E_A", "E_B"]);
  });
  it("handles codes longer than a double can hold exactly", () => {
    expect(compareCodes("90071992547409931", "90071992547409930")).toBeGreaterThan(0);
  });
});

describe("exportNames", () => {
  it("derives every exported name from the catalog name", () => {
    expect(exportNames("coinone")).toEqual({
      prefix: "Coinone",
      enumName: "CoinoneErrorCode",
      infoInterface: "CoinoneErrorInfo",
      errorsRecord: "COINONE_ERRORS",
      reservedCodes: "RESERVED_COINONE_ERROR_CODES",
      isCode: "isCoinoneErrorCode",
      responseType: "CoinoneErrorResponse",
      parse: "parseCoinoneError",
      errorClass: "CoinoneApiError",
      describe: "describeCoinoneError",
    });
    expect(exportNames("my-api").enumName).toBe("MyApiErrorCode");
    expect(exportNames("my-api").errorsRecord).toBe("MY_API_ERRORS");
  });
});

describe("placeholdersOf", () => {
  it("finds {name} placeholders, sorted and unique", () => {
    expect(placeholdersOf("Wait {seconds}s, then {action} ({seconds})")).toEqual(["action", "seconds"]);
    expect(placeholdersOf("no {1} {} {a-b} placeholders")).toEqual([]);
  });
});

describe("caseNames", () => {
  it.each([
    [
      "PRICE_NOT_CORRECT",
      ["PRICE_NOT_CORRECT", "PriceNotCorrect", "priceNotCorrect", "price_not_correct", "price-not-correct"],
    ],
    [
      "V1_TOKEN_NOT_ACCEPTED",
      [
        "V1_TOKEN_NOT_ACCEPTED",
        "V1TokenNotAccepted",
        "v1TokenNotAccepted",
        "v1_token_not_accepted",
        "v1-token-not-accepted",
      ],
    ],
    ["A", ["A", "A", "a", "a", "a"]],
    ["NONCE2", ["NONCE2", "Nonce2", "nonce2", "nonce2", "nonce2"]],
  ])("%s", (name, [upperSnake, pascal, camel, snake, kebab]) => {
    expect(caseNames(name)).toEqual({ upperSnake, pascal, camel, snake, kebab });
  });
});
