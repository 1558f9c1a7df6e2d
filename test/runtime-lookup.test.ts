/**
 * Issue 12, item 5: the generated runtime helpers look up own properties only
 * and never throw. Every `Object.prototype` name (and `__proto__`,
 * `valueOf-KR`) is tried as a code and as a locale, in the ESM and CJS
 * builds; a revoked Proxy and throwing traps are passed as bodies.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { generateTypeScript } from "../generators/targets/typescript/index.ts";
import { fixture, loadFile } from "./helpers.ts";

const catalog = loadFile(fixture("minimal.yaml"), "test/fixtures/minimal.yaml");
const scratch = mkdtempSync(join(tmpdir(), "runtime-lookup-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function emit(type: "module" | "commonjs"): string {
  const dir = join(scratch, type);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type }));
  for (const file of generateTypeScript(catalog)) writeFileSync(join(dir, file.path), file.content);
  return dir;
}

const PROTOTYPE_NAMES = [
  ...Object.getOwnPropertyNames(Object.prototype),
  "__proto__",
  "constructor",
  "toString",
  "valueOf-KR",
  "hasOwnProperty-x",
  "__defineGetter__",
];

/** Bodies that throw when read: a revoked Proxy, and traps that throw on every operation. */
function hostileBodies(): unknown[] {
  const revocable = Proxy.revocable({ result: "error", error_code: "105" }, {});
  revocable.revoke();
  const thrower = () => {
    throw new Error("trap");
  };
  const traps = new Proxy(
    {},
    { get: thrower, has: thrower, getOwnPropertyDescriptor: thrower, ownKeys: thrower, getPrototypeOf: thrower },
  );
  const getter = Object.defineProperty({ result: "error" }, "error_code", { get: thrower, enumerable: true });
  return [revocable.proxy, traps, getter];
}

describe.each([
  ["ESM", async () => import(pathToFileURL(join(emit("module"), "index.js")).href)],
  ["CJS", async () => createRequire(import.meta.url)(join(emit("commonjs"), "index.cjs"))],
] as const)("runtime helpers (%s)", (_name, load) => {
  it("an Object.prototype name as a code is unknown", async () => {
    const m = await load();
    for (const name of PROTOTYPE_NAMES) {
      expect(m.isDemoErrorCode(name), name).toBe(false);
      expect(m.describeDemoError(name), name).toBeUndefined();
      expect(m.describeDemoError(name, name), name).toBeUndefined();
      expect(m.parseDemoError({ result: "error", error_code: name }), name).toMatchObject({
        known: false,
        code: name,
        info: undefined,
      });
      expect(m.DemoApiError.fromResponse({ result: "error", error_code: name })?.known, name).toBe(false);
    }
  });

  it("an Object.prototype name as a locale falls back to the source locale's text", async () => {
    const m = await load();
    const english = catalog.errors.find((e) => e.code === "105")?.description.en;
    for (const name of PROTOTYPE_NAMES) expect(m.describeDemoError("105", name), name).toBe(english);
    expect(m.describeDemoError("105", "ko-KR")).toBe(catalog.errors.find((e) => e.code === "105")?.description.ko);
    expect(m.describeDemoError("105", undefined)).toBe(english);
    expect(m.describeDemoError("105", 42 as never)).toBe(english);
  });

  it("an Object.prototype name as a body field is not read from the prototype", async () => {
    const m = await load();
    // No own `result` or code field: the inherited `constructor`, `toString` and the like are ignored.
    expect(m.parseDemoError(Object.create({ result: "error", error_code: "105" }))).toBeUndefined();
    expect(m.parseDemoError(JSON.parse('{"__proto__": {"result": "error", "error_code": "105"}}'))).toBeUndefined();
  });

  it("parse and fromResponse never throw, even on a revoked Proxy or throwing traps", async () => {
    const m = await load();
    for (const body of hostileBodies()) {
      expect(() => m.parseDemoError(body)).not.toThrow();
      expect(m.parseDemoError(body)).toBeUndefined();
      expect(m.DemoApiError.fromResponse(body)).toBeUndefined();
    }
  });
});
