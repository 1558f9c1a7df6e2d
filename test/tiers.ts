/**
 * The two test tiers (docs/testing.md). `npm test` runs the fast tier: every
 * test file that needs nothing but Node and the npm dependencies. `npm run
 * test:all` adds the full tier: the files below, which start a language
 * toolchain, another Node from the npm registry, or a campaign (kills,
 * concurrency, fuzzing, arbitrary catalogs). A file is in exactly one tier;
 * test/tiers.test.ts fails when a fast-tier file starts a toolchain.
 */

/** Full-tier test files, each with what it needs beyond Node and the npm dependencies. */
export const FULL_TIER: Readonly<Record<string, string>> = {
  "test/adding-a-target.test.ts": "python3 (csv module), kotlinc and kotlin",
  "test/consumer-matrix.test.ts":
    "consumer matrix: seven OpenAPI code generators, two on Node 22 from the npm registry",
  "test/docs-sites-mkdocs.test.ts": "mkdocs 1.4 (Debian mkdocs, python3-markdown)",
  "test/explain-package.test.ts": "npm pack and offline installs of the tarball (test/consumers/scratch.ts)",
  "test/fuzz.test.ts": "campaign (FUZZ_RUNS); python3 with PyYAML (test/readers.ts)",
  "test/go-target.test.ts": "go, gofmt",
  "test/hostile-readers-pyyaml.test.ts": "python3 with PyYAML",
  "test/html-browser.test.ts": "Debian's chromium (/usr/bin/chromium), driven by playwright-core",
  "test/java-rust-escapers.test.ts": "javac, java, clippy-driver",
  "test/java-rust-property.test.ts": "javac, java, cargo with clippy and rustfmt",
  "test/java-target.test.ts": "javac, java (mvn where installed)",
  "test/maintainer-tasks.test.ts": "git; vitest run in a scratch copy of the repository for each task",
  "test/openapi-viewers.test.ts":
    "kubb, rtk-query codegen, openapi-typescript on the packed tarball; Debian chromium (/usr/bin/chromium)",
  "test/output-kill.test.ts": "campaign (KILL_RUNS): SIGKILL at random instants, concurrent runs",
  "test/package.test.ts": "Node 22 and 24 from the npm registry (test/consumers/node-runtime.ts)",
  "test/property.test.ts": "campaign (PROPERTY_RUNS); python3 with PyYAML (test/readers.ts)",
  "test/python-target.test.ts": "mypy, python3 with venv, setuptools and wheel",
  "test/rust-target.test.ts": "cargo with clippy and rustfmt",
  "test/template-helpers-kotlin.test.ts": "kotlinc and kotlin",
  "test/translations-toolkit.test.ts":
    "translate-toolkit (pocount, po2xliff, xliff2po, and its Python module on Debian's /usr/bin/python3)",
};

export const FULL_FILES: readonly string[] = Object.keys(FULL_TIER);
