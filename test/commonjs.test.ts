/**
 * index.cjs is index.js with CommonJS exports (generators/targets/typescript/
 * commonjs.ts). The golden files pin the transformation on the real and
 * hostile catalogs; here its rules, and its refusal of any other form.
 */
import { describe, expect, it } from "vitest";
import { commonJsFromEsm } from "../generators/targets/typescript/commonjs.ts";

const esm = [
  "// Generated notice.",
  "",
  "/** An enum. */",
  "export var E = /* @__PURE__ */ (function (E) {",
  '  E["A"] = "1";',
  "  return E;",
  "})({});",
  "",
  "/**",
  " * export const looksExported = 1; (a JSDoc line: not an export)",
  " */",
  'export const TABLE = /* @__PURE__ */ Object.freeze(["export function x("]);',
  "",
  "const hidden = 1;",
  "",
  "export function f(value) {",
  "  return value === hidden;",
  "}",
  "",
  "export class K extends Error {",
  "  constructor() {",
  "    super();",
  "  }",
  "}",
  "",
  "/** Next. */",
  "export function g() {}",
  "",
].join("\n");

describe("commonJsFromEsm", () => {
  it("exports each declaration as CommonJS, functions first (they are hoisted), a class after its blank line", () => {
    expect(commonJsFromEsm(esm)).toBe(
      [
        '"use strict";',
        "// Generated notice.",
        "",
        'Object.defineProperty(exports, "__esModule", { value: true });',
        "exports.f = f;",
        "exports.g = g;",
        "",
        "/** An enum. */",
        "var E = exports.E = /* @__PURE__ */ (function (E) {",
        '  E["A"] = "1";',
        "  return E;",
        "})({});",
        "",
        "/**",
        " * export const looksExported = 1; (a JSDoc line: not an export)",
        " */",
        'const TABLE = exports.TABLE = /* @__PURE__ */ Object.freeze(["export function x("]);',
        "",
        "const hidden = 1;",
        "",
        "function f(value) {",
        "  return value === hidden;",
        "}",
        "",
        "class K extends Error {",
        "  constructor() {",
        "    super();",
        "  }",
        "}",
        "",
        "exports.K = K;",
        "/** Next. */",
        "function g() {}",
        "",
      ].join("\n"),
    );
  });

  it.each([
    "export default 1;",
    "export { a };",
    "export let a = 1;",
    "export * from './x.js';",
    "export async function h() {}",
  ])("refuses %s", (line) => {
    expect(() => commonJsFromEsm(`// n\n\n${line}\n`)).toThrow(/no CommonJS form for the line/);
  });

  it("refuses a class that does not end with a blank line", () => {
    expect(() => commonJsFromEsm("// n\n\nexport class K {\n}\nconst x = 1;\n")).toThrow(/no blank line after class K/);
    expect(() => commonJsFromEsm("// n\n\nexport class K {\n  m() {}\n")).toThrow(/class K does not end/);
  });
});
