/**
 * Bundle sizes of the generated module as a browser app sees them: for each
 * import set, a one-line app that keeps the imports alive is bundled from
 * `<package>/dist/index.js` (resolved through the package's `exports`) with
 * esbuild and with rollup (+ node-resolve; its output minified by esbuild),
 * and measured minified and gzipped. Used by test/bundle-size.test.ts (the
 * budgets) and by `npm run bench` (the table). Reads the package folder only.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import { build, transform } from "esbuild";
import { rollup } from "rollup";

/** Each import set: a name and the exports the app uses. */
export const IMPORT_SETS: Readonly<Record<string, readonly string[]>> = {
  enum: ["CoinoneErrorCode"],
  isCoinoneErrorCode: ["isCoinoneErrorCode"],
  "enum + isCoinoneErrorCode": ["CoinoneErrorCode", "isCoinoneErrorCode"],
  "reserved + locales": ["RESERVED_COINONE_ERROR_CODES", "COINONE_ERROR_LOCALES"],
  parseCoinoneError: ["parseCoinoneError"],
  describeCoinoneError: ["describeCoinoneError"],
  CoinoneApiError: ["CoinoneApiError"],
  COINONE_ERRORS: ["COINONE_ERRORS"],
  everything: ["*"],
};

/** Import sets that never touch a description: no Korean text may reach their bundles. */
export const WITHOUT_DESCRIPTIONS = [
  "enum",
  "isCoinoneErrorCode",
  "enum + isCoinoneErrorCode",
  "reserved + locales",
] as const;

/** True when `code` holds Hangul, raw or as a `\\uXXXX` escape. */
export function hasHangul(code: string): boolean {
  return /[\uAC00-\uD7A3]|\\u(?:[aA][c-fC-F]|[bB][0-9a-fA-F]|[cC][0-9a-fA-F]|[dD][0-7])[0-9a-fA-F]{2}/.test(code);
}

export interface BundleSize {
  readonly set: string;
  readonly bundler: "esbuild" | "rollup";
  readonly minified: number;
  readonly gzipped: number;
  readonly code: string;
}

function app(names: readonly string[]): string {
  if (names[0] === "*") return `import * as all from "coinone-error-codes";\nglobalThis.sink = all;\n`;
  return `import { ${names.join(", ")} } from "coinone-error-codes";\nglobalThis.sink = [${names.join(", ")}];\n`;
}

async function minify(code: string): Promise<string> {
  return (await transform(code, { minify: true, format: "esm", target: "es2020", charset: "utf8" })).code;
}

/** Bundles every import set with both bundlers against the package in `packageDir`. */
export async function measureBundles(packageDir: string): Promise<BundleSize[]> {
  const work = mkdtempSync(join(tmpdir(), "coinone-bundles-"));
  try {
    mkdirSync(join(work, "node_modules"));
    symlinkSync(packageDir, join(work, "node_modules", "coinone-error-codes"), "dir");
    const sizes: BundleSize[] = [];
    for (const [set, names] of Object.entries(IMPORT_SETS)) {
      const entry = join(work, `${set.replace(/\W+/g, "-")}.mjs`);
      writeFileSync(entry, app(names));
      const esbuilt = await build({
        entryPoints: [entry],
        bundle: true,
        minify: true,
        format: "esm",
        platform: "browser",
        target: "es2020",
        charset: "utf8",
        write: false,
        logLevel: "silent",
      });
      const bundle = await rollup({ input: entry, plugins: [nodeResolve({ browser: true })], onwarn: () => {} });
      const rolled = await minify((await bundle.generate({ format: "es" })).output[0].code);
      await bundle.close();
      for (const [bundler, code] of [
        ["esbuild", esbuilt.outputFiles[0]!.text],
        ["rollup", rolled],
      ] as const) {
        sizes.push({
          set,
          bundler,
          minified: Buffer.byteLength(code),
          gzipped: gzipSync(code, { level: 9 }).length,
          code,
        });
      }
    }
    return sizes;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
