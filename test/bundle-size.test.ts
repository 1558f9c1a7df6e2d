/**
 * Tree-shaking: small browser apps bundled from dist/index.js with esbuild and
 * rollup, minified (scripts/bundle-sizes.ts). Budgets on the gzipped size:
 * the enum alone and `isCoinoneErrorCode` alone at most 1.5 KB each, and no
 * Korean text in any bundle that does not use descriptions. The sizes of
 * every import set are printed by `npm run bench`, not asserted here.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { hasHangul, measureBundles, WITHOUT_DESCRIPTIONS } from "../scripts/bundle-sizes.ts";
import type { BundleSize } from "../scripts/bundle-sizes.ts";
import { ROOT } from "./helpers.ts";

const BUDGET = 1536;
let sizes: BundleSize[];

beforeAll(async () => {
  sizes = await measureBundles(ROOT);
}, 300_000);

const of = (set: string) => sizes.filter((s) => s.set === set);

describe.each(["esbuild", "rollup"] as const)("bundled with %s", (bundler) => {
  it.each(["enum", "isCoinoneErrorCode"])("%s alone stays within 1.5 KB gzipped", (set) => {
    const size = of(set).find((s) => s.bundler === bundler)!;
    expect(size.gzipped).toBeLessThanOrEqual(BUDGET);
  });

  it.each(WITHOUT_DESCRIPTIONS)("%s carries no Korean text and no metadata record", (set) => {
    const { code } = of(set).find((s) => s.bundler === bundler)!;
    expect(hasHangul(code)).toBe(false);
    expect(code).not.toContain("Price is not correct");
  });

  it("keeps the Korean texts where descriptions are used", () => {
    for (const set of ["describeCoinoneError", "COINONE_ERRORS", "everything"]) {
      expect(hasHangul(of(set).find((s) => s.bundler === bundler)!.code), set).toBe(true);
    }
  });

  it("the type guard bundle still works: it knows 105 and rejects 999 and inherited names", async () => {
    const { code } = of("isCoinoneErrorCode").find((s) => s.bundler === bundler)!;
    const sink: { sink?: unknown[] } = {};
    new Function("globalThis", code.replace(/^import.*$/gm, ""))(sink);
    const [isCode] = sink.sink as [(v: unknown) => boolean];
    expect([isCode("105"), isCode("999"), isCode("constructor"), isCode("__proto__"), isCode(105)]).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});

it("hasHangul sees raw and escaped Hangul", () => {
  expect([hasHangul("가격"), hasHangul("\\uAC00"), hasHangul("\\ud7a3"), hasHangul("price")]).toEqual([
    true,
    true,
    true,
    false,
  ]);
});
