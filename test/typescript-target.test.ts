/**
 * The TypeScript target: golden output, strict compilation of the module and
 * of its emitted declarations (ESM and CJS) with a consumer file, and the
 * runtime behaviour of every export from both the ESM and the CJS build.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateTypeScript } from "../generators/targets/typescript/index.ts";
import type { Catalog } from "../generators/catalog/types.ts";
import { expectGolden, fixture, golden, loadFile, ROOT, typecheck } from "./helpers.ts";

const DIST = join(ROOT, "dist");
const catalog = loadFile(join(ROOT, "spec", "errors.yaml"));
const active = catalog.errors.filter((e) => !e.removed);

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "coinone-ts-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Writes the five generated files of `source` into a fresh folder with the given package type. */
function emitInto(name: string, source: Catalog, type: "module" | "commonjs"): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type }));
  for (const file of generateTypeScript(source)) writeFileSync(join(dir, file.path), file.content);
  return dir;
}

describe("generated TypeScript files", () => {
  it("match the golden files for the fixture catalog", () => {
    const files = generateTypeScript(loadFile(fixture("minimal.yaml"), "test/fixtures/minimal.yaml"));
    expect(files.map((f) => f.path)).toEqual(["index.ts", "index.js", "index.cjs", "index.d.ts", "index.d.cts"]);
    for (const file of files) expectGolden(golden("minimal", file.path), file.content);
  });

  it("equal the committed dist/ files for the Coinone catalog", () => {
    for (const file of generateTypeScript(catalog))
      expect(file.content, file.path).toBe(readFileSync(join(DIST, file.path), "utf8"));
  });

  it("start with the generated-file header and carry no timestamp, hash or version", () => {
    for (const file of generateTypeScript(catalog)) {
      const text = file.content.replace(/^"use strict";\n/, "");
      expect(text.startsWith("// Generated from spec/errors.yaml by coinone-error-codes. Do not edit")).toBe(true);
      expect(text).not.toContain(catalog.source.sha256);
      expect(text).not.toMatch(/20\d\d-\d\d-\d\d/);
    }
  });
});

describe("strict compilation", () => {
  it("compiles dist/index.ts with a usage file: zero diagnostics, isolatedDeclarations included", () => {
    const dir = emitInto("source", catalog, "module");
    copyFileSync(fixture("typescript/usage.ts"), join(dir, "usage.ts"));
    rmSync(join(dir, "index.d.ts"));
    expect(typecheck(dir, ["index.ts", "usage.ts"], { isolatedDeclarations: true, declaration: true })).toEqual([]);
  });

  it("compiles the usage file against index.js + index.d.ts (ESM)", () => {
    const dir = emitInto("esm", catalog, "module");
    rmSync(join(dir, "index.ts"));
    copyFileSync(fixture("typescript/usage.ts"), join(dir, "usage.ts"));
    expect(typecheck(dir, ["usage.ts"])).toEqual([]);
  });

  it("compiles a CommonJS consumer against index.cjs + index.d.cts", () => {
    const dir = emitInto("cjs", catalog, "commonjs");
    rmSync(join(dir, "index.ts"));
    copyFileSync(fixture("typescript/usage.cts"), join(dir, "usage.cts"));
    expect(typecheck(dir, ["usage.cts"])).toEqual([]);
  });

  it("reports the type errors a consumer must get (the usage file's @ts-expect-error lines are live)", () => {
    const dir = emitInto("negative", catalog, "module");
    rmSync(join(dir, "index.ts"));
    writeFileSync(
      join(dir, "usage.ts"),
      readFileSync(fixture("typescript/usage.ts"), "utf8").replace(/\/\/ @ts-expect-error[^\n]*\n/g, ""),
    );
    expect(typecheck(dir, ["usage.ts"]).map((d) => d.replace(/:\d+:\d+ /, " ").split(":")[0])).toEqual([
      "usage.ts TS2322",
      "usage.ts TS2322",
      "usage.ts TS2540",
      "usage.ts TS2339",
      "usage.ts TS7053",
    ]);
  });
});

type Module = Record<string, any>;

const loaders: [string, () => Promise<Module>][] = [
  ["ESM dist/index.js", () => import(pathToFileURL(join(DIST, "index.js")).href)],
  ["CJS dist/index.cjs", async () => createRequire(import.meta.url)(join(DIST, "index.cjs"))],
];

describe.each(loaders)("runtime: %s", (_name, load) => {
  let m: Module;
  beforeAll(async () => {
    m = await load();
  });

  it("exports exactly the documented names", () => {
    expect(
      Object.keys(m)
        .filter((k) => k !== "__esModule")
        .sort(),
    ).toEqual(
      [
        "COINONE_ERRORS",
        "COINONE_ERROR_LOCALES",
        "CoinoneApiError",
        "CoinoneErrorCode",
        "RESERVED_COINONE_ERROR_CODES",
        "describeCoinoneError",
        "isCoinoneErrorCode",
        "isRetryableCoinoneError",
        "parseCoinoneError",
        "retryAfterMsOfCoinoneError",
        "COINONE_PROBLEM_MEDIA_TYPE",
        "toCoinoneProblemDetails",
      ].sort(),
    );
  });

  it("has one enum member per active code, in code order, valued with the wire code", () => {
    expect(Object.entries(m.CoinoneErrorCode)).toEqual(active.map((e) => [e.member, e.code]));
    expect(m.CoinoneErrorCode.PriceNotCorrect).toBe("105");
    expect(m.CoinoneErrorCode.NonceNotIncreasing).toBe("131");
  });

  it("holds the catalog's metadata for every code, frozen", () => {
    expect(Object.keys(m.COINONE_ERRORS)).toEqual(active.map((e) => e.code));
    for (const error of active) {
      const info = m.COINONE_ERRORS[error.code];
      expect(info).toEqual({
        code: error.code,
        name: error.name,
        message: error.message,
        category: error.category,
        description: error.description,
        retryable: error.retryable,
        ...(error.retryAfterSeconds !== undefined && { retryAfterSeconds: error.retryAfterSeconds }),
        errorClass: error.errorClass,
        ...(error.userAction !== undefined && { userAction: error.userAction }),
        ...(error.notes !== undefined && { notes: error.notes }),
      });
      expect(Object.isFrozen(info) && Object.isFrozen(info.description)).toBe(true);
    }
    expect(Object.isFrozen(m.COINONE_ERRORS)).toBe(true);
    expect(m.RESERVED_COINONE_ERROR_CODES).toEqual([]);
    expect(m.COINONE_ERROR_LOCALES).toEqual(["en", "ko"]);
  });

  it.each([
    ["a retryable code's body", { result: "error", error_code: "405", error_msg: "Server error" }, true],
    ["its legacy camelCase body", { errorCode: "405" }, true],
    ["its JSON text", '{"result":"error","error_code":"3003"}', true],
    ["a bare retryable code", "405", true],
    ["a bare numeric code", 405, true],
    ["a numeric code in a body", { result: "error", error_code: 3004 }, true],
    ["a body of a code that is not retryable", { result: "error", error_code: "105" }, false],
    ["a nonce error (re-sign, not retry)", { result: "error", error_code: "131" }, false],
    ["an unknown code", { result: "error", error_code: "9999" }, false],
    ["a success body", { result: "success", error_code: "405" }, false],
    ["malformed JSON", "{", false],
    ["a prototype key", { result: "error", error_code: "__proto__" }, false],
    ["null", null, false],
    ["an array", [{ result: "error", error_code: "405" }], false],
  ])("isRetryableCoinoneError(%s) is %s", (_name, value, expected) => {
    expect(m.isRetryableCoinoneError(value)).toBe(expected);
  });

  it("answers isRetryableCoinoneError from the catalog for every code", () => {
    for (const error of active)
      expect(m.isRetryableCoinoneError({ result: "error", error_code: error.code }), error.code).toBe(error.retryable);
    expect(active.filter((e) => e.retryable).map((e) => e.code)).toEqual(["4", "405", "3001", "3003", "3004"]);
  });

  it.each([
    [
      "code 4's body (the Public API's rate limit: one minute)",
      { result: "error", error_code: "4", error_msg: "Blocked user access" },
      60_000,
    ],
    [
      "code 4's camelCase body, as the API introduction page shows it",
      { result: "error", errorCode: "4", errorMsg: "Blocked user access." },
      60_000,
    ],
    ["its JSON text", '{"result":"error","errorCode":"4"}', 60_000],
    ["a bare code 4", 4, 60_000],
    ["a retryable code without a documented wait", { result: "error", error_code: "405" }, undefined],
    ["a code that is not retryable", { result: "error", error_code: "105" }, undefined],
    ["an unknown code", { result: "error", error_code: "9999" }, undefined],
    ["a success body", { result: "success", error_code: "4" }, undefined],
    ["malformed JSON", "{", undefined],
    ["null", null, undefined],
  ])("retryAfterMsOfCoinoneError(%s) is %s", (_name, value, expected) => {
    expect(m.retryAfterMsOfCoinoneError(value)).toBe(expected);
  });

  it("answers retryAfterMsOfCoinoneError from the catalog for every code", () => {
    for (const error of active) {
      const expected = error.retryAfterSeconds === undefined ? undefined : error.retryAfterSeconds * 1000;
      expect(m.retryAfterMsOfCoinoneError({ result: "error", error_code: error.code }), error.code).toBe(expected);
    }
  });

  it.each([
    ["105", true],
    ["3011", true],
    ["9999", false],
    [105, false],
    ["toString", false],
    ["__proto__", false],
    ["constructor", false],
    [null, false],
    [undefined, false],
  ])("isCoinoneErrorCode(%j) is %s", (value, expected) => {
    expect(m.isCoinoneErrorCode(value)).toBe(expected);
  });

  const info = (code: string) => m.COINONE_ERRORS[code];
  it.each([
    [
      "current shape",
      { result: "error", error_code: "105", error_msg: "Price is not correct" },
      { known: true, code: "105", serverMessage: "Price is not correct", info: "105" },
    ],
    [
      "legacy camelCase shape",
      { result: "error", errorCode: "131", errorMsg: "Nonce is must be bigger then last nonce" },
      { known: true, code: "131", serverMessage: "Nonce is must be bigger then last nonce", info: "131" },
    ],
    [
      "legacy shape without result",
      { errorCode: "12" },
      { known: true, code: "12", serverMessage: undefined, info: "12" },
    ],
    [
      "no message",
      { result: "error", error_code: "12" },
      { known: true, code: "12", serverMessage: undefined, info: "12" },
    ],
    [
      "server text that differs from the documented one",
      { result: "error", error_code: "104", error_msg: "order not found" },
      { known: true, code: "104", serverMessage: "order not found", info: "104" },
    ],
    [
      "a code the catalog does not know yet",
      { result: "error", error_code: "9999", error_msg: "New error" },
      { known: false, code: "9999", serverMessage: "New error", info: undefined },
    ],
    [
      "a numeric code",
      { result: "error", error_code: 105 },
      { known: true, code: "105", serverMessage: undefined, info: "105" },
    ],
    [
      "JSON text",
      '{"result":"error","error_code":"105","error_msg":"Price is not correct"}',
      { known: true, code: "105", serverMessage: "Price is not correct", info: "105" },
    ],
    [
      "an error without a code",
      { result: "error" },
      { known: false, code: undefined, serverMessage: undefined, info: undefined },
    ],
    [
      "a prototype key as code",
      { result: "error", error_code: "__proto__" },
      { known: false, code: "__proto__", serverMessage: undefined, info: undefined },
    ],
    ["a success body", { result: "success", error_code: "0" }, undefined],
    ["success JSON text", '{"result":"success","error_code":"0"}', undefined],
    ["malformed JSON", '{"result": "error", "error_code": ', undefined],
    ["an empty string", "", undefined],
    ["null", null, undefined],
    ["undefined", undefined, undefined],
    ["an array", [{ result: "error", error_code: "105" }], undefined],
    ["a number", 105, undefined],
    ["a boolean", true, undefined],
    ["an object with no fields", {}, undefined],
    [
      "a getter that throws",
      Object.defineProperty({}, "result", {
        get() {
          throw new Error("boom");
        },
        enumerable: true,
      }),
      undefined,
    ],
  ])("parseCoinoneError: %s", (_case, body, expected) => {
    const parsed = m.parseCoinoneError(body);
    if (expected === undefined) {
      expect(parsed).toBeUndefined();
    } else {
      expect(parsed).toEqual({ ...expected, info: expected.info === undefined ? undefined : info(expected.info) });
    }
  });

  it("describeCoinoneError falls back from region to language to the source locale", () => {
    const ko = "올바르지 않은 가격입니다.";
    expect(m.describeCoinoneError("105", "ko")).toBe(ko);
    expect(m.describeCoinoneError("105", "ko-KR")).toBe(ko);
    expect(m.describeCoinoneError("105", "fr")).toBe("The price is not valid.");
    expect(m.describeCoinoneError("105")).toBe("The price is not valid.");
    expect(m.describeCoinoneError("9999", "ko")).toBeUndefined();
  });

  it("CoinoneApiError carries the code, the info and the server's message", () => {
    const error = new m.CoinoneApiError("105", "price out of tick");
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(m.CoinoneApiError);
    expect(error.name).toBe("CoinoneApiError");
    expect(error.message).toBe("[105 PRICE_NOT_CORRECT] price out of tick");
    expect([error.code, error.known, error.info, error.serverMessage]).toEqual([
      "105",
      true,
      info("105"),
      "price out of tick",
    ]);
    expect(new m.CoinoneApiError("105").message).toBe("[105 PRICE_NOT_CORRECT] Price is not correct");
    const unknown = new m.CoinoneApiError("9999");
    expect([unknown.message, unknown.known, unknown.info]).toEqual(["[9999] unknown error", false, undefined]);
    expect(m.CoinoneApiError.fromResponse({ errorCode: "131" })?.info).toBe(info("131"));
    expect(m.CoinoneApiError.fromResponse({ result: "success" })).toBeUndefined();
  });
});

describe("deprecated and retired codes (fixture catalog)", () => {
  const fixtureCatalog = loadFile(fixture("minimal.yaml"), "test/fixtures/minimal.yaml");
  let m: Module;
  beforeAll(async () => {
    const dir = emitInto("fixture-runtime", fixtureCatalog, "module");
    m = await import(pathToFileURL(join(dir, "index.js")).href);
  });

  it("leaves retired codes out of the enum and lists them as reserved", () => {
    expect(Object.values(m.DemoErrorCode)).toEqual(["105", "106", "405"]);
    expect(m.RESERVED_DEMO_ERROR_CODES).toEqual(["110"]);
    expect(m.isDemoErrorCode("110")).toBe(false);
    expect(m.parseDemoError({ result: "error", error_code: "110" })).toMatchObject({ known: false, code: "110" });
  });

  it("keeps deprecated codes with their deprecation and marks them @deprecated", () => {
    expect(m.DEMO_ERRORS["106"].deprecated).toEqual({ since: "2.0.0", reason: "Merged into 105.", replacedBy: "105" });
    const source = generateTypeScript(fixtureCatalog)[0]?.content ?? "";
    expect(source).toContain(
      '@deprecated Since 2.0.0: Merged into 105. Use {@link DemoErrorCode.PriceNotCorrect} ("105") instead.\n   ' +
        '*/\n  PriceUnitWrong = "106",',
    );
    const declarations = generateTypeScript(fixtureCatalog)[3]?.content ?? "";
    expect(declarations).toContain("@deprecated Since 2.0.0");
  });

  it("carries the optional fields where set", () => {
    expect(m.DEMO_ERRORS["405"]).toMatchObject({ retryable: true, userAction: "retry-later", httpStatus: 500 });
    expect(m.DEMO_ERRORS["105"].notes).toBe('Keep "price" generic; it covers limit and stop prices.');
  });
});

describe("hostile catalog text", () => {
  const hostile = loadFile(fixture("hostile.yaml"), "test/fixtures/hostile.yaml");
  let dir: string;
  beforeAll(() => {
    dir = emitInto("hostile", hostile, "module");
  });

  it("still gives a module that compiles with zero diagnostics", () => {
    writeFileSync(
      join(dir, "usage.ts"),
      'import { HOSTILE_ERRORS, HostileErrorCode } from "./index.js";\nexport const m: string = ' +
        "HOSTILE_ERRORS[HostileErrorCode.CommentBreakout].message;\n",
    );
    rmSync(join(dir, "index.d.ts"), { force: true });
    expect(typecheck(dir, ["index.ts", "usage.ts"], { isolatedDeclarations: true, declaration: true })).toEqual([]);
  });

  it.each([
    ["ESM", async () => import(pathToFileURL(join(dir, "index.js")).href)],
    ["CJS", async () => createRequire(import.meta.url)(join(dir, "index.cjs"))],
  ] as const)("exports exactly the expected names, with values equal to the catalog text (%s)", async (_kind, load) => {
    const m: Module = await load();
    expect(
      Object.keys(m)
        .filter((k) => k !== "__esModule")
        .sort(),
    ).toEqual(
      [
        "HOSTILE_ERRORS",
        "HOSTILE_ERROR_LOCALES",
        "HostileApiError",
        "HostileErrorCode",
        "RESERVED_HOSTILE_ERROR_CODES",
        "describeHostileError",
        "isHostileErrorCode",
        "isRetryableHostileError",
        "parseHostileError",
        "retryAfterMsOfHostileError",
        "HOSTILE_PROBLEM_MEDIA_TYPE",
        "toHostileProblemDetails",
      ].sort(),
    );
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
    expect(Object.entries(m.HostileErrorCode)).toEqual([
      ["CommentBreakout", "1"],
      ["TemplateAndQuotes", "2"],
      ["TagsAndMarkup", "3"],
      ["EmojiAndBidi", "4"],
      ["TagAfterWhitespace", "5"],
      ["HtmlAndLinks", "6"],
      ["YamlBreakers", "7"],
      ["IcuLiterals", "8"],
      ["MarkdownlintTraps", "9"],
      ["LeadingZero", "0105"],
      ["AfterLeadingZero", "106"],
      ["AboveTwoToThe32", "4294967296"],
    ]);
    for (const error of hostile.errors) {
      const info = m.HOSTILE_ERRORS[error.code];
      expect(info.message).toBe(error.message);
      expect(info.description).toEqual(error.description);
      expect(info.notes).toBe(error.notes);
      expect(info.deprecated?.reason).toBe(error.deprecated?.reason);
      for (const locale of hostile.locales)
        expect(m.describeHostileError(error.code, locale)).toBe(error.description[locale]);
    }
    expect(m.parseHostileError({ result: 'err */ "or', error_code: "1" })?.known).toBe(true);
  });

  it("declares exactly the expected top-level statements: nothing injected", () => {
    for (const file of generateTypeScript(hostile)) {
      const source = ts.createSourceFile(file.path, file.content, ts.ScriptTarget.ES2022, true);
      const declared = source.statements.flatMap((statement) => {
        if (ts.isVariableStatement(statement))
          return statement.declarationList.declarations.map((d) => d.name.getText(source));
        if (ts.isExpressionStatement(statement)) return [`expr:${statement.expression.getText(source).slice(0, 40)}`];
        const named = statement as ts.Statement & { name?: ts.Identifier };
        return [named.name?.text ?? ts.SyntaxKind[statement.kind]];
      });
      expect(
        declared.filter((name) => /pwned/.test(name)),
        file.path,
      ).toEqual([]);
      if (file.path === "index.ts") {
        expect(declared).toEqual([
          "HostileErrorCode",
          "HostileErrorLocale",
          "HostileErrorCategory",
          "HostileUserAction",
          "HostileErrorClass",
          "HostileErrorInfo",
          "knownCodes",
          "HOSTILE_ERRORS",
          "RESERVED_HOSTILE_ERROR_CODES",
          "HOSTILE_ERROR_LOCALES",
          "isHostileErrorCode",
          "HostileErrorResponse",
          "HostileKnownError",
          "HostileUnknownError",
          "HostileParsedError",
          "parseHostileError",
          "describeHostileError",
          "HostileApiError",
          "apiErrorBrand",
          "ownValue",
          "readText",
          "deepFreeze",
          "knownHostileCodeOf",
          "isRetryableHostileError",
          "retryAfterMsOfHostileError",
          "HOSTILE_PROBLEM_MEDIA_TYPE",
          "HostileProblemDetails",
          "HostileProblemOptions",
          "toHostileProblemDetails",
        ]);
      }
    }
  });
});
