/**
 * The Go target with the real toolchain (Debian's golang-go): golden files
 * for the minimal fixture; the minimal, hostile and real catalogs checked with
 * `gofmt -l` (prints nothing), `go vet` and `go test` running
 * test/fixtures/go/generated_test.go (every code, exact text, parser cases,
 * error type) plus a generated list of every constant; arbitrary catalogs
 * (LANGUAGE_PROPERTY_RUNS, default 2) the same way; docs/consumers/go.md's Go
 * example as a consumer module; and a property test of the escapers read back
 * by a Go program (ESCAPE_RUNS strings, default 300). The generated example_test.go: `go test -run Example` runs
 * its examples and checks their output (and fails when an output is wrong). No network: GOPROXY=off.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateGo, goModulePath, goPackageName } from "../generators/targets/go/index.ts";
import { goConstantNames } from "../generators/text/languages/go.ts";
import { goText } from "../generators/text/languages/go.ts";
import { toPascalCase } from "../generators/catalog/names.ts";
import { expectGolden, fixture, golden, loadFile, ROOT } from "./helpers.ts";
import { docBlock } from "./doc-blocks.ts";
import { catalogArbitrary } from "./arbitraries.ts";
import { CATALOG_RUNS, expectedJson, loadArbitrary, run, writeTree } from "./toolchain.ts";
import type { Catalog } from "../generators/catalog/types.ts";

const TIMEOUT = 600_000;
/** The examples of the generated example_test.go, in file order. */
const EXAMPLES = ["ExampleLookup", "ExampleCode_Known", "ExampleParseJSON", "ExampleNewError", "ExampleDescribe"];
const ESCAPE_RUNS = Number(process.env.ESCAPE_RUNS ?? 300);

let work: string;
let env: Record<string, string>;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "coinone-go-"));
  env = {
    GOFLAGS: "-mod=mod",
    GOPROXY: "off",
    GOCACHE: join(work, "cache"),
    GOPATH: join(work, "gopath"),
    GOTOOLCHAIN: "local",
    CGO_ENABLED: "0",
  };
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("go target", () => {
  it("matches the golden files for the minimal fixture", () => {
    for (const file of generateGo(loadFile(fixture("minimal.yaml"))))
      expectGolden(golden("minimal", file.path), file.content);
  });

  it.each([
    ["minimal", fixture("minimal.yaml")],
    ["hostile", fixture("hostile.yaml")],
    ["real", join(ROOT, "spec", "errors.yaml")],
    ["reserved-names", fixture("reserved-names.yaml")],
  ])(
    "%s catalog: gofmt -l prints nothing, go vet is clean, go test finds every code with its exact text",
    (label, spec) => {
      checkModule(loadFile(spec), label);
    },
    TIMEOUT,
  );

  it(
    `${CATALOG_RUNS} arbitrary catalogs (LANGUAGE_PROPERTY_RUNS): gofmt, go vet and go test pass with the exact text`,
    () => {
      const raws = fc.sample(catalogArbitrary, { numRuns: CATALOG_RUNS, seed: Number(process.env.ESCAPE_SEED ?? 16) });
      raws.forEach((raw, i) => checkModule(loadArbitrary(raw), `arbitrary-${i}`));
    },
    TIMEOUT,
  );

  /** Writes the module, lints it, adds the test files and runs go test. */
  function checkModule(catalog: Catalog, label: string): void {
    const dir = join(work, label);
    writeTree(dir, generateGo(catalog), "go/");
    expect(run("gofmt", ["-l", "."], { cwd: dir, env }).stdout).toBe("");
    run("go", ["vet", "./..."], { cwd: dir, env });

    const packageName = goPackageName(catalog.name);
    const testSource = readFileSync(join(ROOT, "test", "fixtures", "go", "generated_test.go"), "utf8")
      .replace(/__PACKAGE__/g, packageName)
      .replace(/__MODULE__/g, goModulePath(catalog.name));
    writeFileSync(join(dir, "generated_test.go"), testSource);
    const active = catalog.errors.filter((e) => !e.removed);
    const constants = goConstantNames(active.map((e) => e.name)).map(
      (name) => `\t${JSON.stringify(name)}: pkg.${name},`,
    );
    writeFileSync(
      join(dir, "constants_test.go"),
      `package ${packageName}_test\n\nimport pkg "${goModulePath(catalog.name)}"\n\nvar constants = ` +
        `map[string]pkg.Code{\n${constants.join("\n")}\n}\n`,
    );
    const expected = join(work, `${label}.json`);
    const prefix = toPascalCase(catalog.name);
    writeFileSync(expected, expectedJson(catalog, { enum: `${prefix}ErrorCode`, errorClass: `${prefix}ApiError` }));
    run("gofmt", ["-w", "generated_test.go", "constants_test.go"], { cwd: dir, env });
    run("go", ["vet", "./..."], { cwd: dir, env });
    const result = run("go", ["test", "-count=1", "-v", "./..."], {
      cwd: dir,
      env: { ...env, EXPECTED_JSON: expected },
    });
    expect(result.stdout).toMatch(
      /--- PASS: TestEveryCode[\s\S]*--- PASS: TestParseEveryCode[\s\S]*--- PASS: TestParseCases[\s\S]*--- PASS: TestError/,
    );
    expect(result.stdout).toMatch(/\nok\s/);
    for (const example of EXAMPLES) expect(result.stdout).toContain(`--- PASS: ${example} `);
  }

  it(
    "go test -run Example runs the examples of example_test.go and checks their output",
    () => {
      const catalog = loadFile(join(ROOT, "spec", "errors.yaml"));
      const dir = join(work, "examples");
      writeTree(dir, generateGo(catalog), "go/");
      const result = run("go", ["test", "-count=1", "-run", "^Example", "-v", "./..."], { cwd: dir, env });
      expect([...result.stdout.matchAll(/^--- PASS: (\w+) /gm)].map((m) => m[1])).toEqual(EXAMPLES);
      // The checked output is real: a wrong `// Output:` line fails the run.
      const source = readFileSync(join(dir, "example_test.go"), "utf8");
      writeFileSync(join(dir, "example_test.go"), source.replace("// Output: true false", "// Output: false false"));
      const wrong = spawnSync("go", ["test", "-count=1", "-run", "^Example", "./..."], {
        cwd: dir,
        env: { ...process.env, ...env },
        encoding: "utf8",
      });
      expect(wrong.status).toBe(1);
      expect(wrong.stdout).toContain("--- FAIL: ExampleCode_Known");
    },
    TIMEOUT,
  );

  it(
    "runs the Go example of docs/consumers/go.md as a consumer module that requires and replaces the package",
    () => {
      const example = docBlock("docs/consumers/go.md", "go").code;
      const catalog = loadFile(join(ROOT, "spec", "errors.yaml"));
      const module = goModulePath(catalog.name);
      writeTree(join(work, "readme", "coinone-go"), generateGo(catalog), "go/");
      const app = join(work, "readme", "app");
      mkdirSync(app, { recursive: true });
      writeFileSync(
        join(app, "go.mod"),
        `module example.com/app\n\ngo 1.19\n\nrequire ${module} v0.0.0\n\nreplace ${module} => ../coinone-go\n`,
      );
      writeFileSync(join(app, "main.go"), example);
      expect(run("gofmt", ["-l", "."], { cwd: app, env }).stdout).toBe("");
      run("go", ["vet", "./..."], { cwd: app, env });
      expect(run("go", ["run", "."], { cwd: app, env }).stdout).toContain("[131 NONCE_NOT_INCREASING]");
    },
    TIMEOUT,
  );
});

describe("go escapers", () => {
  const anyText = fc.oneof(
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.constantFrom("`", "*/", "\\", '"', "+build linux", "\u2028\u202E\u0000\r\n", "\uD800x", "\uFEFF", "\u0085"),
  );

  it(
    `${ESCAPE_RUNS} arbitrary strings: go reads every string literal back exactly (a lone surrogate as U+FFFD); ` +
      `gofmt keeps every comment`,
    () => {
      const values = fc.sample(anyText, { numRuns: ESCAPE_RUNS, seed: Number(process.env.ESCAPE_SEED ?? 16) });
      const dir = join(work, "escapes");
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, "go.mod"), "module escapes\n\ngo 1.19\n");
      const docs = values.map((v, i) =>
        [
          `// F${i} is a function.`,
          ...goText.docCommentLines(v).map((l) => `// ${l}`),
          ...(goText.lineComment(v) === "" ? [] : [`// ${goText.lineComment(v)}`]),
          `func F${i}() {}`,
        ].join("\n"),
      );
      writeFileSync(
        join(dir, "main.go"),
        [
          "package main",
          "",
          'import (\n\t"encoding/json"\n\t"os"\n)',
          "",
          `var values = []string{\n${values.map((v) => `\t${goText.stringLiteral(v)},`).join("\n")}\n}`,
          "",
          docs.join("\n\n"),
          "",
          "func main() {\n\t_ = json.NewEncoder(os.Stdout).Encode(values)\n}",
          "",
        ].join("\n"),
      );
      expect(run("gofmt", ["-d", "."], { cwd: dir, env }).stdout).toBe("");
      run("go", ["vet", "."], { cwd: dir, env });
      const out = JSON.parse(run("go", ["run", "."], { cwd: dir, env }).stdout);
      // A lone surrogate has no UTF-8 form: Go holds U+FFFD, as `toWellFormed` (ES2024) gives.
      expect(out).toEqual(
        values.map((v) =>
          v.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD"),
        ),
      );
    },
    TIMEOUT,
  );
});
