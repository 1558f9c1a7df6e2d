/**
 * The Rust target, built and run by cargo: golden files for the fixture; for
 * the fixture, the hostile catalog and the real spec, `cargo fmt --check`,
 * `cargo clippy --all-targets -D warnings`, `cargo test` (the generated
 * tests/catalog.rs and the crate's doctest) and an example program
 * (test/fixtures/rust/dump.rs) whose dump of every code, metadata field,
 * locale fallback and parser case must equal the catalog; the
 * `#[deprecated]` attribute proven by compiling a use of each deprecated
 * variant under `deny(deprecated)`; docs/consumers/rust.md's Rust example run against
 * dist/rust. The registry's checks: clippy's pedantic group as errors, and `cargo package --offline` with no warning
 * when the catalog header names the repository and license (the metadata read back by `cargo metadata`), and still
 * packaging when it names none. Build output is cached in node_modules/.cache/rust-target.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateRust } from "../generators/targets/rust/index.ts";
import { rustVariant } from "../generators/targets/rust/view.ts";
import { RUST_RESERVED } from "../generators/text/languages/rust.ts";
import { expectGolden, fixture, golden, listFiles, loadFile, ROOT } from "./helpers.ts";
import { docBlock } from "./doc-blocks.ts";
import { checkRustCrate, runOk, runTool, rustLibName, writeCrate } from "./language-builds.ts";
import { expectDumpMatches } from "./language-dump.ts";
import type { Catalog } from "../generators/catalog/types.ts";

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "coinone-rust-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the Rust target", () => {
  it("matches the golden files for the fixture catalog", () => {
    const files = generateRust(loadFile(fixture("minimal.yaml"), "test/fixtures/minimal.yaml"));
    for (const file of files) expectGolden(golden("minimal", file.path), file.content);
    expect(files.map((f) => f.path).sort()).toEqual(listFiles(golden("minimal", "rust")).map((f) => `rust/${f}`));
  });

  it.each([
    ["minimal", () => loadFile(fixture("minimal.yaml"), "test/fixtures/minimal.yaml")],
    ["hostile", () => loadFile(fixture("hostile.yaml"), "test/fixtures/hostile.yaml")],
    ["spec", () => loadFile(join(ROOT, "spec", "errors.yaml"))],
    ["reserved-names", () => loadFile(fixture("reserved-names.yaml"), "test/fixtures/reserved-names.yaml")],
  ])(
    "passes rustfmt, clippy and its tests, and reads back the %s catalog exactly",
    (name, load) => {
      const catalog = load();
      const { tests, dump } = checkRustCrate(join(work, name), catalog);
      expect(tests).toMatch(/test result: ok\. 4 passed/);
      expect(tests).toMatch(/test result: ok\. 1 passed/); // the crate doctest
      expectDumpMatches(catalog, dump, rustVariant, { retryAfterSeconds: true });
    },
    300_000,
  );

  // Issue 23, finding 8: `ERR` became `Err` (ambiguous with `Self::Err` of FromStr), `A_L_L` became `ALL` (hiding
  // `ErrorCode::ALL`).
  it.each([
    ["ERR", "Err_"],
    ["A_L_L", "ALL_"],
    ["SELF", "Self_"],
    ["SOME", "Some_"],
    ["PRICE_NOT_CORRECT", "PriceNotCorrect"],
    ["ALL", "All"],
  ])("keeps the variant of %s apart from the crate's own names: %s", (name, variant) => {
    expect(rustVariant(name)).toBe(variant);
  });

  it("gives no catalog name a variant that RUST_RESERVED holds", () => {
    // The catalog name whose PascalCase is `name`: `ErrorCode` <- ERROR_CODE, `ALL` <- A_L_L.
    const spelling = (name: string) => (name.match(/[A-Z][a-z0-9]*/g) ?? []).join("_").toUpperCase();
    const spellable = [...RUST_RESERVED].filter((name) => /^[A-Z]/.test(name));
    expect(spellable).toContain("Err");
    for (const name of spellable) expect(rustVariant(spelling(name))).toBe(`${name}_`);
  });

  it("marks exactly the deprecated codes #[deprecated], so using one fails under deny(deprecated)", () => {
    const catalog = loadFile(fixture("minimal.yaml"), "test/fixtures/minimal.yaml");
    const crate = writeCrate(join(work, "deprecated"), catalog);
    const active = catalog.errors.filter((e) => !e.removed);
    const uses = active.map((e) => `    let _ = ErrorCode::${rustVariant(e.name)};`).join("\n");
    mkdirSync(join(crate, "examples"), { recursive: true });
    writeFileSync(
      join(crate, "examples", "uses.rs"),
      `#![deny(deprecated)]\nuse ${rustLibName(catalog)}::ErrorCode;\nfn main() {\n${uses}\n}\n`,
    );
    const run = runTool("cargo", ["check", "--offline", "--example", "uses"], crate);
    const flagged = [...run.stderr.matchAll(/use of deprecated unit variant `[\w:]*ErrorCode::(\w+)`/g)]
      .map((m) => m[1])
      .sort();
    expect(flagged).toEqual(
      active
        .filter((e) => e.deprecated)
        .map((e) => rustVariant(e.name))
        .sort(),
    );
    expect(flagged.length).toBeGreaterThan(0);
    expect(run.status).not.toBe(0);
    // The deprecation note carries the reason and the replacement.
    const deprecated = active.find((e) => e.deprecated);
    expect(run.stderr).toContain(deprecated?.deprecated?.reason.split("\n")[0]);
  }, 300_000);

  const loadSpec = () => loadFile(join(ROOT, "spec", "errors.yaml"));
  it.each([
    ["the real catalog (repository, license, author set)", loadSpec, "real"],
    [
      "the minimal fixture (none set)",
      () => loadFile(fixture("minimal.yaml"), "test/fixtures/minimal.yaml"),
      "minimal",
    ],
    [
      "hostile header values",
      (): Catalog => ({ ...loadSpec(), author: "Ann \"A\" \\ 'x' ]] {{y}}", repository: 'https://example.com/a"b\\c' }),
      "hostile-header",
    ],
  ])(
    "%s: clippy::pedantic finds nothing, and cargo package packs and verifies the crate",
    (_name, load, label) => {
      const catalog = load();
      const crate = writeCrate(join(work, `package-${label}`), catalog);
      runOk("cargo", ["clippy", "--offline", "--all-targets", "--", "-W", "clippy::pedantic", "-D", "warnings"], crate);
      // --allow-dirty: the scratch folder may sit inside a git checkout, whose state says nothing about the crate.
      const packed = runTool("cargo", ["package", "--offline", "--allow-dirty"], crate);
      expect(packed.status, packed.stderr).toBe(0);
      const metadata = JSON.parse(
        runOk("cargo", ["metadata", "--offline", "--no-deps", "--format-version", "1"], crate),
      ).packages[0];
      if (catalog.repository === undefined) {
        expect(metadata).toMatchObject({ repository: null, homepage: null, license: null, authors: [] });
      } else {
        expect(packed.stderr).not.toMatch(/warning/i);
        expect(metadata).toMatchObject({
          repository: catalog.repository,
          homepage: catalog.repository,
          license: catalog.license,
          authors: [catalog.author],
        });
      }
    },
    300_000,
  );

  it("runs the Rust example of docs/consumers/rust.md against dist/rust", () => {
    const example = docBlock("docs/consumers/rust.md", "rust").code;
    const crate = join(work, "readme");
    cpSync(join(ROOT, "dist", "rust"), crate, { recursive: true });
    mkdirSync(join(crate, "examples"), { recursive: true });
    writeFileSync(join(crate, "examples", "readme.rs"), example);
    runOk("cargo", ["clippy", "--offline", "--example", "readme", "--", "-D", "warnings"], crate);
    const output = runOk("cargo", ["run", "--offline", "--quiet", "--example", "readme"], crate);
    expect(output).toBe(docBlock("docs/consumers/rust.md", "text rust-output").code);
  }, 300_000);
});
