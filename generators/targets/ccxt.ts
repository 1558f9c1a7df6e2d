/**
 * Emits `ccxt/exceptions.json`, the code -> ccxt error class map in the shape
 * ccxt's exchange classes declare (`{ exact: { "<code>": "<class>" }, broad: {} }`),
 * from each active code's `errorClass`. CCXT_ERROR_CLASSES below is the one
 * place where the catalog's exchange-neutral classes meet ccxt's hierarchy.
 * Retired codes are left out: no server sends them. `broad` stays empty,
 * because Coinone errors are told apart by code, never by message text.
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

export interface CcxtExceptions {
  readonly exact: Readonly<Record<string, string>>;
  readonly broad: Readonly<Record<string, string>>;
}

export function buildCcxtExceptions(catalog: Catalog): CcxtExceptions {
  const active = catalog.errors.filter((error) => !error.removed);
  return {
    exact: Object.fromEntries(active.map((error) => [error.code, CCXT_ERROR_CLASSES[error.errorClass]])),
    broad: {},
  };
}

export function generateCcxtExceptions(catalog: Catalog): OutputFile[] {
  const { exact } = buildCcxtExceptions(catalog);
  // Written in code order: an object would put "106" (an array index) before "0105".
  const active = catalog.errors.filter((error) => !error.removed);
  const ordered = new Map([
    ["exact", new Map(active.map((error) => [error.code, exact[error.code] ?? ""]))],
    ["broad", new Map()],
  ]);
  return [{ path: "ccxt/exceptions.json", content: `${orderedJson(ordered)}\n` }];
}
