/**
 * The Python target with real tools: golden files for the minimal fixture;
 * the minimal, hostile and real catalogs installed with
 * `pip install --no-index --no-build-isolation` into a fresh virtual
 * environment, checked by `mypy --strict` and by test/fixtures/python/
 * test_generated.py under `unittest` (every code, exact text, parser cases,
 * exception); arbitrary catalogs (LANGUAGE_PROPERTY_RUNS, default 2) the
 * same way from their sources; docs/consumers/python.md's example; and a property
 * test of the escapers read back by python3 (ESCAPE_RUNS strings, default 300). The registry's checks: a wheel and an
 * sdist built offline pass `twine check --strict`, with the README, LICENSE and project URLs the catalog header names
 * (and none when it names none); `python3 -m pydoc` shows every member's description and message.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatePython, pythonMemberName, pythonPackageNames } from "../generators/targets/python/index.ts";
import { pythonText } from "../generators/text/languages/python.ts";
import { toPascalCase } from "../generators/catalog/names.ts";
import { expectGolden, fixture, golden, loadFile, ROOT, runCli } from "./helpers.ts";
import { docBlock } from "./doc-blocks.ts";
import { catalogArbitrary } from "./arbitraries.ts";
import { CATALOG_RUNS, expectedJson, loadArbitrary, run, writeTree } from "./toolchain.ts";
import type { Catalog } from "../generators/catalog/types.ts";

const TIMEOUT = 600_000;
const ESCAPE_RUNS = Number(process.env.ESCAPE_RUNS ?? 300);
/** Debian's interpreter: python3-venv, python3-setuptools and python3-wheel belong to it. */
const PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

let work: string;
let venvPython: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "coinone-python-"));
  run(PYTHON, ["-m", "venv", "--system-site-packages", join(work, "venv")], { cwd: work });
  venvPython = join(work, "venv", "bin", "python");
}, TIMEOUT);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("python target", () => {
  it("matches the golden files for the minimal fixture", () => {
    for (const file of generatePython(loadFile(fixture("minimal.yaml"))))
      expectGolden(golden("minimal", file.path), file.content);
  });

  /** mypy --strict on the sources, then the unittest module over the package found through PYTHONPATH or the venv. */
  function checkPackage(catalog: Catalog, dir: string, label: string, installed: boolean): void {
    const { packageName } = pythonPackageNames(catalog.name);
    // The package declares Python 3.9 as its floor; mypy checks the typing against it.
    run("mypy", ["--strict", "--no-incremental", "--python-version", "3.9", join(dir, "src", packageName)], {
      cwd: dir,
    });
    const expected = join(work, `${label}.json`);
    const prefix = toPascalCase(catalog.name);
    writeFileSync(expected, expectedJson(catalog, { enum: `${prefix}ErrorCode`, errorClass: `${prefix}ApiError` }));
    const env: Record<string, string> = {
      EXPECTED_JSON: expected,
      PACKAGE: packageName,
      PYTHONDONTWRITEBYTECODE: "1",
      ...(installed ? {} : { PYTHONPATH: join(dir, "src") }),
    };
    const result = run(venvPython, ["-m", "unittest", "-v", "test_generated"], {
      cwd: join(ROOT, "test", "fixtures", "python"),
      env,
    });
    expect(result.stderr).toMatch(/\nOK\n$/);
    expect(result.stderr).not.toContain("skipped");
  }

  it(
    `${CATALOG_RUNS} arbitrary catalogs (LANGUAGE_PROPERTY_RUNS): mypy --strict passes and unittest finds the exact ` +
      `text`,
    () => {
      const raws = fc.sample(catalogArbitrary, { numRuns: CATALOG_RUNS, seed: Number(process.env.ESCAPE_SEED ?? 16) });
      raws.forEach((raw, i) => {
        const catalog = loadArbitrary(raw);
        const dir = join(work, `arbitrary-${i}`);
        writeTree(dir, generatePython(catalog), "python/");
        checkPackage(catalog, dir, `arbitrary-${i}`, false);
      });
    },
    TIMEOUT,
  );

  it.each([
    ["minimal", fixture("minimal.yaml")],
    ["hostile", fixture("hostile.yaml")],
    ["real", join(ROOT, "spec", "errors.yaml")],
    ["reserved-names", fixture("reserved-names.yaml")],
  ])(
    "%s catalog: installs with pip, passes mypy --strict, and unittest finds every code with its exact text",
    (label, spec) => {
      const catalog = loadFile(spec);
      const dir = join(work, label);
      writeTree(dir, generatePython(catalog), "python/");
      run(venvPython, ["-m", "pip", "install", "--quiet", "--no-index", "--no-build-isolation", dir], { cwd: work });
      checkPackage(catalog, dir, label, true);
    },
    TIMEOUT,
  );

  /** Builds the wheel (pip, offline) and the sdist (setuptools' PEP 517 hook, as `python -m build` calls it). */
  function buildDistributions(catalog: Catalog, label: string): { dir: string; wheel: string; sdist: string } {
    const dir = join(work, `dist-${label}`);
    const out = join(work, `out-${label}`);
    writeTree(dir, generatePython(catalog), "python/");
    const pip = ["-m", "pip", "wheel", "--quiet", "--no-index", "--no-build-isolation", "--no-deps", "-w", out, "."];
    run(venvPython, pip, { cwd: dir });
    const hook = `from setuptools import build_meta; print(build_meta.build_sdist(${JSON.stringify(out)}))`;
    const sdist = run(venvPython, ["-c", hook], { cwd: dir }).stdout.trim().split("\n").at(-1) as string;
    const wheel = readdirSync(out).find((f) => f.endsWith(".whl")) as string;
    return { dir, wheel: join(out, wheel), sdist: join(out, sdist) };
  }

  /** A file of the wheel (a zip), read by python3's zipfile. */
  const wheelFile = (wheel: string, suffix: string) =>
    run(
      venvPython,
      [
        "-c",
        "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); " +
          "names = [n for n in z.namelist() if n.endswith(sys.argv[2])]; " +
          "sys.stdout.write(z.read(names[0]).decode() if names else '')",
        wheel,
        suffix,
      ],
      { cwd: work },
    ).stdout;

  const loadSpec = () => loadFile(join(ROOT, "spec", "errors.yaml"));
  const hostileHeader = (): Catalog => ({
    ...loadSpec(),
    author: 'Ann "A" O\'Neil \\ <b>]] --> ${x} {{y}}',
    repository: 'https://example.com/a"b<c>d\\e',
    license: "MIT OR Apache-2.0",
  });

  it.each([
    ["the real catalog (repository, license, author set)", loadSpec, "real"],
    ["the minimal fixture (none set)", () => loadFile(fixture("minimal.yaml")), "minimal"],
    ["hostile header values", hostileHeader, "hostile-header"],
    ["the hostile fixture (hostile title and texts)", () => loadFile(fixture("hostile.yaml")), "hostile"],
  ])(
    "%s: the wheel and the sdist pass twine check --strict, with exactly the metadata the header names",
    (_name, load, label) => {
      const catalog = load();
      const { wheel, sdist } = buildDistributions(catalog, label);
      const check = run("twine", ["check", "--strict", wheel, sdist], { cwd: work }).stdout;
      expect(check.match(/PASSED/g)).toHaveLength(2);
      const metadata = wheelFile(wheel, ".dist-info/METADATA");
      const { distribution } = pythonPackageNames(catalog.name);
      expect(metadata).toContain(`\nName: ${distribution}\n`);
      expect(metadata).toContain("\nDescription-Content-Type: text/markdown\n");
      expect(metadata).toContain(`\n# ${distribution}\n`); // the README is the long description
      const urls = [...metadata.matchAll(/^Project-URL: (.*)$/gm)].map((m) => m[1]);
      const licenseText = wheelFile(wheel, ".dist-info/LICENSE");
      if (catalog.repository === undefined) {
        expect(urls).toEqual(catalog.docsBaseUrl === undefined ? [] : [`Documentation, ${catalog.docsBaseUrl}`]);
        expect(metadata).not.toMatch(/^(Author|License|License-File):/m);
        expect(licenseText).toBe("");
      } else {
        expect(urls.slice(0, 2)).toEqual([`Homepage, ${catalog.repository}`, `Repository, ${catalog.repository}`]);
        expect(metadata).toContain(`\nAuthor: ${catalog.author}\n`);
        expect(metadata).toContain(`\nLicense: ${catalog.license}\n`);
        expect(licenseText).toContain(`SPDX-License-Identifier: ${catalog.license}\n`);
        expect(licenseText).toContain(`Copyright (c) ${catalog.author}\n`);
      }
      const sdistFiles = run("tar", ["tzf", sdist], { cwd: work }).stdout;
      expect(sdistFiles).toContain("/README.md\n");
      expect(sdistFiles.includes("/LICENSE\n")).toBe(catalog.license !== undefined);
    },
    TIMEOUT,
  );

  it(
    "runs the Python example of the generated README against the installed wheel",
    () => {
      const { dir, wheel } = buildDistributions(loadSpec(), "readme");
      run(venvPython, ["-m", "pip", "install", "--quiet", "--no-index", "--force-reinstall", wheel], { cwd: work });
      const readme = readFileSync(join(dir, "README.md"), "utf8");
      const example = /\n```python\n([\s\S]*?)\n```\n/.exec(readme)?.[1] as string;
      writeFileSync(join(work, "readme.py"), example);
      const output = run(venvPython, [join(work, "readme.py")], { cwd: work }).stdout;
      const first = loadSpec().errors.find((e) => !e.removed);
      expect(output).toBe(`${first?.message}\n${first?.description.en}\n`);
    },
    TIMEOUT,
  );

  it.each([
    ["real", () => loadFile(join(ROOT, "spec", "errors.yaml"))],
    ["minimal", () => loadFile(fixture("minimal.yaml"))],
  ])(
    "%s catalog: python3 -m pydoc shows each member's description, other locales, message and category",
    (label, load) => {
      const catalog = load();
      const dir = join(work, `pydoc-${label}`);
      writeTree(dir, generatePython(catalog), "python/");
      const { packageName } = pythonPackageNames(catalog.name);
      const enumName = `${toPascalCase(catalog.name)}ErrorCode`;
      const page = run(venvPython, ["-m", "pydoc", `${packageName}.${enumName}`], {
        cwd: work,
        env: { PYTHONPATH: join(dir, "src"), PYTHONIOENCODING: "utf-8", PYTHONDONTWRITEBYTECODE: "1" },
      }).stdout;
      const active = catalog.errors.filter((e) => !e.removed);
      for (const error of active) {
        const member = pythonMemberName(error);
        const start = page.indexOf(`\n |  ${member} = <${enumName}.`);
        expect(start, member).toBeGreaterThan(0);
        const doc = page.slice(page.indexOf("\n", start + 1) + 1).split("\n |  \n |  \n")[0] as string;
        const text = [
          error.description[catalog.sourceLocale],
          "",
          ...catalog.locales.filter((l) => l !== catalog.sourceLocale).map((l) => `${l}: ${error.description[l]}`),
          `Message: ${error.message}`,
          `Category: ${error.category}`,
        ];
        if (error.deprecated)
          text.push("", `.. deprecated:: ${error.deprecated.since}`, `   ${error.deprecated.reason}`);
        const shown = text
          .join("\n")
          .split("\n")
          .map((line) => ` |      ${line}`)
          .join("\n");
        expect(doc.startsWith(shown), `${member}:\n${doc}`).toBe(true);
      }
    },
    TIMEOUT,
  );

  it(
    "installed in place with pip, as its page says, leaves generate --check green",
    () => {
      const project = join(work, "in-place");
      mkdirSync(join(project, "spec"), { recursive: true });
      writeFileSync(join(project, "spec", "errors.yaml"), readFileSync(join(ROOT, "spec", "errors.yaml")));
      expect(runCli([], project).status).toBe(0);
      run(venvPython, ["-m", "pip", "install", "--quiet", "--no-index", "--no-build-isolation", "./dist/python"], {
        cwd: project,
      });
      expect(runCli(["--check"], project)).toMatchObject({ status: 0, stderr: "" });
    },
    TIMEOUT,
  );

  it(
    "runs the Python example of docs/consumers/python.md against the real catalog, and mypy --strict accepts it",
    () => {
      const example = docBlock("docs/consumers/python.md", "python").code;
      const dir = join(work, "readme-example");
      writeTree(dir, generatePython(loadFile(join(ROOT, "spec", "errors.yaml"))), "python/");
      run(venvPython, ["-m", "pip", "install", "--quiet", "--no-index", "--no-build-isolation", dir], { cwd: work });
      writeFileSync(join(work, "example.py"), example);
      const result = run(venvPython, [join(work, "example.py")], { cwd: work });
      expect(result.stdout).toContain("[131 NONCE_NOT_INCREASING]");
      run("mypy", ["--strict", "--no-incremental", "--python-executable", venvPython, join(work, "example.py")], {
        cwd: work,
      });
    },
    TIMEOUT,
  );
});

describe("python escapers", () => {
  const anyText = fc.oneof(
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.constantFrom(
      '"""',
      "\\N{DASH}",
      "\\",
      '"',
      'a"""b\\',
      "\u2028\u202E\u0000\r\n",
      "\uD800",
      "coding: latin-1",
      '""""""',
    ),
  );

  it(
    `${ESCAPE_RUNS} arbitrary strings: python3 reads every string literal back exactly; docstrings and comments stay ` +
      `inside`,
    () => {
      const values = fc.sample(anyText, { numRuns: ESCAPE_RUNS, seed: Number(process.env.ESCAPE_SEED ?? 16) });
      const source = [
        "# -*- test -*-",
        "import json",
        ...values.map(
          (v, i) =>
            `# ${pythonText.lineComment(v)}\ndef f${i}() -> None:\n    """\n${pythonText
              .docCommentLines(v)
              .map((l) => `    ${l}`)
              .join("\n")}\n    """`,
        ),
        `values = [${values.map(pythonText.stringLiteral).join(", ")}]`,
        `functions = [name for name in dir() if name.startswith("f") and name[1:].isdigit()]`,
        "print(json.dumps({'values': values, 'functions': len(functions)}))",
      ].join("\n");
      writeFileSync(join(work, "escapes.py"), source);
      const out = JSON.parse(run(PYTHON, [join(work, "escapes.py")], { cwd: work }).stdout);
      expect(out.functions).toBe(values.length);
      expect(out.values).toEqual(values);
    },
    TIMEOUT,
  );
});
