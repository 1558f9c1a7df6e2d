/**
 * Emits `ccxt/exceptions.json`, the code -> ccxt error class name map in the
 * shape ccxt's coinone exchange reads: its `handleErrors` looks the body's
 * `error_code` up in `this.exceptions` itself, flat (`{ "<code>": <class> }`),
 * not in the `{ exact, broad }` pair other ccxt exchanges declare. A user
 * passes it, each name resolved to the class `ccxt` exports under it, as the
 * `exceptions` option of `new ccxt.coinone(...)` (docs/consumers/ccxt.md),
 * which ccxt merges into its own map. Class names come from each active
 * code's `errorClass`; CCXT_ERROR_CLASSES below is the one place where the
 * catalog's exchange-neutral classes meet ccxt's hierarchy. Retired codes are
 * left out: no server sends them.
 * @see https://docs.ccxt.com/#/README?id=error-handling
 */
import { orderedJson } from "../text/ordered-json.ts";
import type { Catalog, ErrorClass } from "../catalog/types.ts";
import type { OutputFile } from "../output/files.ts";

/** The ccxt error class (exported by the `ccxt` package under this name) for each error class. */
export const CCXT_ERROR_CLASSES: Readonly<Record<ErrorClass, string>> = Object.freeze({
  authentication: "AuthenticationError",
  permission: "PermissionDenied",
  "verification-required": "AccountNotEnabled",
  "account-suspended": "AccountSuspended",
  "insufficient-funds": "InsufficientFunds",
  "invalid-order": "InvalidOrder",
  "order-not-found": "OrderNotFound",
  "duplicate-order-id": "DuplicateOrderId",
  "unknown-symbol": "BadSymbol",
  "bad-request": "BadRequest",
  "not-supported": "NotSupported",
  "operation-rejected": "OperationRejected",
  "invalid-nonce": "InvalidNonce",
  "invalid-address": "InvalidAddress",
  "rate-limit": "RateLimitExceeded",
  "exchange-unavailable": "ExchangeNotAvailable",
  maintenance: "OnMaintenance",
  "exchange-error": "ExchangeError",
});

const ccxtEntries = (catalog: Catalog): [string, string][] =>
  catalog.errors.filter((error) => !error.removed).map((error) => [error.code, CCXT_ERROR_CLASSES[error.errorClass]]);

/** Code -> ccxt class name, every active code (a plain object: see generateCcxtExceptions for the file's order). */
export function buildCcxtExceptions(catalog: Catalog): Readonly<Record<string, string>> {
  return Object.fromEntries(ccxtEntries(catalog));
}

export function generateCcxtExceptions(catalog: Catalog): OutputFile[] {
  // Written in code order from a Map: an object would put "106" (an array index) before "0105".
  return [{ path: "ccxt/exceptions.json", content: `${orderedJson(new Map(ccxtEntries(catalog)))}\n` }];
}
