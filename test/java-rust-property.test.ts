/**
 * The catalog property test (test/arbitraries.ts) extended to the Java and
 * Rust packages: for a few arbitrary valid catalogs (any text, 1 to 5
 * locales, random codes and names, deprecated and retired codes), the Java
 * package compiles with every lint as an error and the Rust crate passes
 * rustfmt, clippy and its tests, and both read back the catalog's exact
 * text. LANGUAGE_PROPERTY_RUNS catalogs (2 by default; each costs a javac
 * and a cargo build), PROPERTY_SEED replays a run.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../generators/catalog/load-catalog.ts";
import { javaConstantNames } from "../generators/text/languages/java.ts";
import { rustVariant } from "../generators/targets/rust/view.ts";
import type { Catalog } from "../generators/catalog/types.ts";
import { catalogArbitrary } from "./arbitraries.ts";
import { checkJavaPackage, checkRustCrate } from "./language-builds.ts";
import { expectDumpMatches } from "./language-dump.ts";

const RUNS = Number(process.env.LANGUAGE_PROPERTY_RUNS ?? 2);
const SEED = Number(process.env.PROPERTY_SEED ?? Date.now() % 2 ** 31);

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "coinone-language-property-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function load(raw: unknown): Catalog {
  const result = loadCatalog(stringify(raw), "spec/errors.yaml");
  if (!result.catalog)
    throw new Error(
      `generated catalog is invalid:\n${result.diagnostics.map((d) => `${d.rule}: ${d.message}`).join("\n")}`,
    );
  return result.catalog;
}

describe("arbitrary valid catalogs in Java and Rust", () => {
  it(`${RUNS} catalogs build with every lint as an error and read back exactly (seed ${SEED})`, () => {
    const catalogs = fc.sample(catalogArbitrary, { numRuns: RUNS, seed: SEED }).map(load);
    catalogs.forEach((catalog, i) => {
      expectDumpMatches(
        catalog,
        checkJavaPackage(join(work, `java-${i}`), catalog),
        (name) => javaConstantNames([name])[0] as string,
        {
          retryAfterSeconds: true,
        },
      );
      const { tests, dump } = checkRustCrate(join(work, `rust-${i}`), catalog);
      expect(tests).toMatch(/test result: ok\. 4 passed/);
      expectDumpMatches(catalog, dump, rustVariant, { retryAfterSeconds: true });
    });
  }, 600_000);
});
