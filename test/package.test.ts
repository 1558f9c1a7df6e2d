/**
 * The published package, proven the way a consumer uses it: `npm pack`, an
 * offline install of the tarball into a scratch project, then ESM, CJS and
 * TypeScript consumers, resolution of data files through the exports map,
 * and an OpenAPI document that $refs the installed components. The ESM, CJS,
 * dual-package (both builds in one process) and TypeScript consumers run on
 * the Node running the tests and on Node 22 and 24 from the npm registry's
 * `node` package (test/consumers/node-runtime.ts, cached in node_modules/.cache).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundle, createConfig } from "@redocly/openapi-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, loadFile, ROOT, typecheck, generateArtifacts } from "./helpers.ts";
import { nodeBinary, NODE_VERSIONS } from "./consumers/node-runtime.ts";
import type { NodeMajor } from "./consumers/node-runtime.ts";

const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const catalog = loadFile(join(ROOT, "spec", "errors.yaml"));
const version = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version as string;

let work: string;
let consumer: string;
let packed: { filename: string; files: { path: string }[]; size: number; unpackedSize: number };

beforeAll(() => {
  work = realpathSync(mkdtempSync(join(tmpdir(), "coinone-package-")));
  const output = execFileSync(NPM, ["pack", "--json", "--pack-destination", work], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  });
  packed = JSON.parse(output)[0];
  consumer = join(work, "consumer");
  execFileSync("mkdir", ["-p", consumer]);
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  execFileSync(NPM, ["install", "--offline", "--no-audit", "--no-fund", join(work, packed.filename)], {
    cwd: consumer,
    stdio: "ignore",
  });
  for (const name of ["consumer.mjs", "consumer.cjs", "dual.mjs", "usage.ts", "api.yaml"])
    copyFileSync(fixture(`package/${name}`), join(consumer, name));
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The Node binaries the consumers run on: this process's, then the registry's 22 and 24. */
const RUNTIMES: readonly (readonly [string, () => string])[] = [
  [`this Node (${process.version})`, () => process.execPath],
  ...(Object.keys(NODE_VERSIONS).map(Number) as NodeMajor[]).map(
    (major) => [`Node ${NODE_VERSIONS[major]} from the registry`, () => nodeBinary(major)] as const,
  ),
];
let node = process.execPath;

function runNode(script: string): Record<string, any> {
  const result = spawnSync(node, [script], { cwd: consumer, encoding: "utf8" });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
}

describe("the packed tarball", () => {
  it("holds exactly the artifacts, the spec and its schema, the README, the LICENSE and package.json", () => {
    const expected = [
      "LICENSE",
      "README.md",
      "package.json",
      "spec/errors.schema.json",
      "spec/errors.yaml",
      // The Java and Rust packages are published to Maven and crates.io, the HTML site to a docs host,
      // not in the npm tarball.
      ...generateArtifacts(catalog)
        .filter((file) => !/^(python|go|java|rust|html)\//.test(file.path))
        .map((file) => `dist/${file.path}`),
    ].sort();
    expect(packed.files.map((f) => f.path).sort()).toEqual(expected);
  });

  it("declares no runtime dependencies and no side effects", () => {
    const manifest = JSON.parse(
      readFileSync(join(consumer, "node_modules", "coinone-error-codes", "package.json"), "utf8"),
    );
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.sideEffects).toBe(false);
    expect(manifest.version).toBe(version);
  });

  describe.each(RUNTIMES)("on %s", (_name, binary) => {
    beforeAll(() => {
      node = binary();
      expect(spawnSync(node, ["--version"], { encoding: "utf8" }).status).toBe(0);
    }, 300_000);

    it("works from an ESM script", () => {
      const out = runNode("consumer.mjs");
      expect(out).toMatchObject({
        member: "105",
        message: "Price is not correct",
        known: true,
        name: "NONCE_NOT_INCREASING",
        isCode: [true, false],
        korean: "올바르지 않은 가격입니다.",
        error: "[105 PRICE_NOT_CORRECT] Price is not correct",
        catalogVersion: version,
        bundle105: "올바르지 않은 가격입니다.",
      });
      expect(out.openapi).toBe(
        `file://${join(consumer, "node_modules", "coinone-error-codes", "dist", "openapi", "3.1", "errors.yaml")}`,
      );
      expect(out.bundlePath).toBe(
        `file://${join(consumer, "node_modules", "coinone-error-codes", "dist", "i18n", "ko.json")}`,
      );
    });

    it("works from a CommonJS script", () => {
      const out = runNode("consumer.cjs");
      expect(out).toEqual({
        member: "3010",
        message: "Account is locked",
        parsed: { known: false, code: "9999" },
        error: "[3010 ACCOUNT_LOCKED] Account is locked",
        instance: true,
        bundle3010:
          "계정 잠금으로 인해 출금이 불가한 경우입니다. 잠금 해제는 최신 버전의 앱 또는 웹페이지에서 로그인을 통해 진행할 수 있습니다.",
        openapi: join(consumer, "node_modules", "coinone-error-codes", "dist", "openapi", "3.0", "errors.json"),
        ccxt3010: "AccountSuspended",
        retryable3010: false,
      });
    });

    it("gives one error class across the ESM and CJS builds loaded in one process", () => {
      expect(runNode("dual.mjs")).toEqual({
        twoBuildsLoaded: true,
        cjsErrorIsEsmInstance: true,
        esmErrorIsCjsInstance: true,
        unknownIsInstance: [true, true],
        areErrors: [true, true],
        known: [true, true, false],
        names: ["PRICE_NOT_CORRECT", "PRICE_NOT_CORRECT"],
        notInstances: [false, false, false],
        subclass: [true, false, true, true],
        parsedAcross: true,
      });
    });

    it("typechecks the TypeScript consumer with tsc running on this Node", () => {
      const tsc = spawnSync(
        node,
        [
          join(ROOT, "node_modules", "typescript", "bin", "tsc"),
          "--noEmit",
          "--strict",
          "--module",
          "NodeNext",
          "--moduleResolution",
          "NodeNext",
          "--target",
          "ES2022",
          "--skipLibCheck",
          "usage.ts",
        ],
        { cwd: consumer, encoding: "utf8" },
      );
      expect(tsc.stdout + tsc.stderr).toBe("");
      expect(tsc.status).toBe(0);
    }, 600_000);
  });

  it.each([
    ["nodenext", { module: "NodeNext", moduleResolution: "NodeNext" }],
    ["bundler", { module: "ESNext", moduleResolution: "Bundler" }],
  ])("typechecks a TypeScript consumer with moduleResolution %s", (_name, options) => {
    expect(typecheck(consumer, ["usage.ts"], options)).toEqual([]);
  });

  it("bundles an OpenAPI document that $refs the installed components file", async () => {
    const result = await bundle({
      ref: join(consumer, "api.yaml"),
      config: await createConfig({ extends: ["recommended"] }),
    });
    expect(result.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    const parsed = result.bundle.parsed as any;
    expect(parsed.components.schemas.CoinoneErrorCode.enum).toHaveLength(
      catalog.errors.filter((e) => !e.removed).length,
    );
    expect(Object.keys(parsed.components.examples ?? {})).toContain("CoinoneError105");
  });
});
