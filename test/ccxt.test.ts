/**
 * The ccxt artifact against ccxt itself (the pinned `ccxt` package): its
 * `coinone` exchange, with dist/ccxt/exceptions.json merged into its
 * `exceptions` as docs/consumers/ccxt.md shows, runs its own `handleErrors` on
 * a real error body for every active code and must throw the mapped ccxt
 * class (test/ccxt-docs.test.ts runs the page's block itself, on the packed
 * tarball, through ccxt's request path). Also lists where ccxt's own coinone
 * map disagrees with ours (see the decision on 405 below).
 */
import { readFileSync } from "node:fs";
import ccxt from "ccxt";
import { describe, expect, it } from "vitest";
import { buildCcxtExceptions, CCXT_ERROR_CLASSES } from "../generators/targets/ccxt.ts";
import schema from "../spec/errors.schema.json" with { type: "json" };
import { loadFile, ROOT } from "./helpers.ts";

type ErrorConstructor = new (message: string) => Error;
type Coinone = InstanceType<typeof ccxt.coinone> & { exceptions: Record<string, ErrorConstructor> };

const catalog = loadFile(`${ROOT}/spec/errors.yaml`);
const active = catalog.errors.filter((e) => !e.removed);
const artifact = JSON.parse(readFileSync(`${ROOT}/dist/ccxt/exceptions.json`, "utf8")) as Record<string, string>;
const ccxtClass = (name: string): ErrorConstructor => {
  const found = (ccxt as unknown as Record<string, unknown>)[name];
  if (typeof found !== "function") throw new Error(`ccxt exports no class ${name}`);
  return found as ErrorConstructor;
};
const isSubclass = (child: ErrorConstructor, parent: ErrorConstructor) =>
  child === parent || child.prototype instanceof parent;

/** ccxt's coinone exchange with our map merged into its own, as docs/consumers/ccxt.md installs it. */
function exchangeWithOurMap(): Coinone {
  // Coinone's handleErrors looks codes up in `exceptions` itself, flat; ccxt merges the option into its own map.
  return new ccxt.coinone({
    exceptions: Object.fromEntries(Object.entries(artifact).map(([code, name]) => [code, ccxtClass(name)])),
  }) as Coinone;
}

/** Calls ccxt's own handleErrors as its fetch does: HTTP 200, the body text and the parsed body. */
function handle(exchange: Coinone, body: Record<string, string>): unknown {
  const text = JSON.stringify(body);
  return exchange.handleErrors(
    200,
    "OK",
    "https://api.coinone.co.kr/v2.1/order",
    "POST",
    {},
    text,
    JSON.parse(text),
    {},
    "{}",
  );
}

describe("dist/ccxt/exceptions.json", () => {
  it("is what the catalog generates: every active code, flat, as coinone's handleErrors reads it", () => {
    expect(artifact).toEqual(buildCcxtExceptions(catalog));
    expect(Object.keys(artifact)).toEqual(active.map((e) => e.code));
    expect(Object.values(artifact).every((name) => typeof name === "string")).toBe(true);
  });

  it("maps every error class of the schema to one class ccxt exports, under BaseError", () => {
    expect(Object.keys(CCXT_ERROR_CLASSES).sort()).toEqual([...schema.$defs.error.properties.errorClass.enum].sort());
    for (const name of Object.values(CCXT_ERROR_CLASSES))
      expect(isSubclass(ccxtClass(name), ccxtClass("BaseError")), name).toBe(true);
    // One ccxt class per error class: a catch clause can tell every class apart.
    expect(new Set(Object.values(CCXT_ERROR_CLASSES)).size).toBe(Object.keys(CCXT_ERROR_CLASSES).length);
  });

  it("describes every error class in the schema", () => {
    const { enum: values, enumDescriptions } = schema.$defs.error.properties.errorClass;
    expect(enumDescriptions).toHaveLength(values.length);
    values.forEach((value, i) => expect(enumDescriptions[i]).toMatch(new RegExp(`^${value}: .{20,}`)));
  });
});

describe("ccxt's coinone handleErrors with our map", () => {
  const exchange = exchangeWithOurMap();

  it.each(active.map((e) => [e.code, e.name, artifact[e.code] ?? "(none)", e.message] as const))(
    "code %s (%s) throws %s",
    (code, _name, className, message) => {
      const expected = ccxtClass(className);
      let thrown: unknown;
      try {
        handle(exchange, { result: "error", error_code: code, error_msg: message });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(expected);
      // Exactly the mapped class, not ccxt's fallback ExchangeError or a subclass.
      expect((thrown as Error).constructor).toBe(expected);
      expect((thrown as Error).message).toContain(`"error_code":"${code}"`);
    },
  );

  it("throws nothing for a success body", () => {
    expect(handle(exchange, { result: "success", error_code: "0" })).toBeUndefined();
  });

  it("falls back to a bare ExchangeError for a code the catalog does not know", () => {
    expect(() => handle(exchange, { result: "error", error_code: "99999", error_msg: "New" })).toThrow(
      ccxtClass("ExchangeError"),
    );
    expect(() => handle(exchange, { result: "error", error_code: "99999" })).not.toThrow(ccxtClass("BadRequest"));
  });

  it("reads only error_code: a legacy camelCase body passes ccxt unnoticed (a ccxt limitation, not ours)", () => {
    expect(handle(exchange, { result: "error", errorCode: "405", errorMsg: "Server error" })).toBeUndefined();
  });
});

describe("code 4, the Public API's rate limit, against real ccxt (issue 26)", () => {
  const exchange = exchangeWithOurMap();
  /** The names of a class and its ancestors up to BaseError, as ccxt's class tree has them. */
  const chain = (cls: ErrorConstructor): string[] => {
    const names: string[] = [];
    for (let c: unknown = cls; typeof c === "function" && c !== Error; c = Object.getPrototypeOf(c))
      names.push((c as { name: string }).name);
    return names;
  };

  it("raises RateLimitExceeded, ccxt's rate-limit class (a NetworkError), no longer AccountSuspended", () => {
    expect(artifact["4"]).toBe("RateLimitExceeded");
    expect(() => handle(exchange, { result: "error", error_code: "4", error_msg: "Blocked user access" })).toThrow(
      ccxtClass("RateLimitExceeded"),
    );
    expect(() => handle(exchange, { result: "error", error_code: "4" })).not.toThrow(ccxtClass("AccountSuspended"));
    expect(chain(ccxtClass("RateLimitExceeded"))).toEqual([
      "RateLimitExceeded",
      "NetworkError",
      "OperationFailed",
      "BaseError",
    ]);
    // A catch of ExchangeError (where ccxt puts AccountSuspended) no longer swallows it as a permanent failure.
    expect(isSubclass(ccxtClass("RateLimitExceeded"), ccxtClass("ExchangeError"))).toBe(false);
  });

  it("ccxt itself maps no code 4 and raises a bare ExchangeError for it", () => {
    const theirs = new ccxt.coinone() as Coinone;
    expect(theirs.exceptions["4"]).toBeUndefined();
    let thrown: unknown;
    try {
      handle(theirs, { result: "error", error_code: "4" });
    } catch (error) {
      thrown = error;
    }
    expect((thrown as Error).constructor).toBe(ccxtClass("ExchangeError"));
  });

  it(
    "the body the introduction page documents (camelCase) passes " +
      "ccxt unnoticed: its coinone reads error_code only",
    () => {
      // A ccxt limitation no map can fix: clients of this package read both shapes (parseCoinoneError).
      expect(handle(exchange, { result: "error", errorCode: "4", errorMsg: "Blocked user access." })).toBeUndefined();
    },
  );
});

describe("ccxt's own coinone map against ours", () => {
  const theirs = Object.entries(new ccxt.coinone().exceptions as Record<string, ErrorConstructor>).map(
    ([code, cls]) => [code, cls.name] as const,
  );

  it("still has the 4 codes it had when this was decided", () => {
    expect(theirs).toEqual([
      ["104", "OrderNotFound"],
      ["107", "BadRequest"],
      ["108", "BadSymbol"],
      ["405", "OnMaintenance"],
    ]);
  });

  it("disagrees on 405 only: ours is ExchangeNotAvailable, the parent of ccxt's OnMaintenance", () => {
    const disagreements = theirs
      .filter(([code, name]) => artifact[code] !== name)
      .map(([code, name]) => ({ code, ccxt: name, ours: artifact[code] }));
    expect(disagreements).toEqual([{ code: "405", ccxt: "OnMaintenance", ours: "ExchangeNotAvailable" }]);
    // 405 is documented as "Server error", nothing about maintenance. Ours is the parent
    // class, so a catch of ExchangeNotAvailable (or NetworkError) catches both.
    expect(catalog.errors.find((e) => e.code === "405")?.message).toBe("Server error");
    expect(isSubclass(ccxtClass("OnMaintenance"), ccxtClass("ExchangeNotAvailable"))).toBe(true);
  });
});

describe("retryable against ccxt's hierarchy", () => {
  it("every code ccxt would treat as a network error is retryable or asks for a new nonce", () => {
    const network = ccxtClass("NetworkError");
    for (const error of active) {
      const mapped = ccxtClass(CCXT_ERROR_CLASSES[error.errorClass]);
      if (isSubclass(mapped, network))
        expect(error.retryable || error.userAction === "renew-nonce", error.code).toBe(true);
    }
  });

  it("every nonce error that a new nonce fixes says renew-nonce and is not retryable as the same request", () => {
    for (const error of active.filter((e) => e.errorClass === "invalid-nonce")) {
      expect(error.userAction, error.code).toBe("renew-nonce");
      expect(error.retryable, error.code).toBe(false);
    }
  });
});
