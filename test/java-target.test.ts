/**
 * The Java target, built and run by the JDK: golden files for the fixture;
 * for the fixture, the hostile catalog and the real spec, `javac --release 11
 * -Xlint:all -Xdoclint:all/protected -Werror` on the package and a test
 * program (test/fixtures/java/CatalogCheck.java) that dumps every code, its
 * metadata, the locale fallback and the parser cases, compared with the
 * catalog; the README's Java example compiled and run against dist/java.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseNames } from "../generators/catalog/names.ts";
import { generateJava } from "../generators/targets/java/index.ts";
import { javaPackage } from "../generators/targets/java/view.ts";
import { exportNames } from "../generators/catalog/names.ts";
import type { Catalog, CatalogError } from "../generators/catalog/types.ts";
import { expectGolden, fixture, golden, listFiles, loadFile, ROOT } from "./helpers.ts";

export const JAVAC_FLAGS = ["--release", "11", "-encoding", "UTF-8", "-Xlint:all", "-Xdoclint:all/protected", "-Werror"];
const LOCALES_TRIED = ["ko-KR", "ko", "pt-BR", "pt", "xx-YY", "null"];

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "coinone-java-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

function writeAll(dir: string, files: { path: string; content: string }[]): void {
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.content);
  }
}

/** Compiles the generated package and the check program with all lints as errors, runs it, returns its JSON. */
function buildAndCheck(name: string, catalog: Catalog): Record<string, any> {
  const dir = join(work, name);
  writeAll(dir, generateJava(catalog));
  const pkg = javaPackage(catalog.name);
  const checkPath = join(dir, "check", ...pkg.split("."), "CatalogCheck.java");
  mkdirSync(dirname(checkPath), { recursive: true });
  const check = readFileSync(fixture("java/CatalogCheck.java"), "utf8").replaceAll("__PACKAGE__", pkg).replaceAll("__PREFIX__", exportNames(catalog.name).prefix);
  writeFileSync(checkPath, check);
  const sources = listFiles(join(dir, "java", "src")).map((f) => join(dir, "java", "src", f));
  run("javac", [...JAVAC_FLAGS, "-d", join(dir, "classes"), ...sources, checkPath], dir);
  return JSON.parse(run("java", ["-cp", join(dir, "classes"), `${pkg}.CatalogCheck`, ...LOCALES_TRIED], dir));
}

const opt = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

function expectedInfo(catalog: Catalog, error: CatalogError) {
  return {
    code: error.code,
    name: error.name,
    category: error.category,
    message: error.message,
    description: Object.fromEntries(catalog.locales.map((l) => [l, error.description[l]])),
    retryable: opt(error.retryable),
    errorClass: opt(error.errorClass),
    userAction: opt(error.userAction),
    deprecated: error.deprecated ? { since: error.deprecated.since, reason: error.deprecated.reason, replacedBy: opt(error.deprecated.replacedBy) } : null,
    removed: error.removed ? { since: error.removed.since, reason: error.removed.reason } : null,
    notes: opt(error.notes),
    httpStatus: opt(error.httpStatus),
  };
}

/** What the fallback must give: exact locale, then its language, then the source locale. */
function expectedDescription(catalog: Catalog, error: CatalogError, locale: string): string {
  if (locale === "null") return error.description[catalog.sourceLocale] as string;
  return error.description[locale] ?? error.description[locale.split("-")[0] as string] ?? (error.description[catalog.sourceLocale] as string);
}

/** Checks the dump of CatalogCheck against the catalog, field by field, text by exact text. */
export function expectDumpMatches(catalog: Catalog, dump: Record<string, any>): void {
  const active = catalog.errors.filter((e) => !e.removed);
  const { wire } = catalog;
  expect(dump.catalogName).toBe(catalog.name);
  expect(dump.version).toBe(catalog.version);
  expect(dump.sourceLocale).toBe(catalog.sourceLocale);
  expect(dump.locales).toEqual(catalog.locales);
  expect(dump.wire).toEqual([
    wire.resultField,
    wire.errorResult,
    [wire.codeField, ...(wire.legacyCodeField ? [wire.legacyCodeField] : [])],
    [wire.messageField, ...(wire.legacyMessageField ? [wire.legacyMessageField] : [])],
  ]);
  expect(dump.codes.map((c: any) => c.wireCode)).toEqual(active.map((e) => e.code));
  active.forEach((error, i) => {
    const entry = dump.codes[i];
    expect(entry.constant).toBe(caseNames(error.name).upperSnake);
    expect(entry.resolved).toBe(true);
    expect(entry.fromWireCode).toBe(entry.constant);
    expect(entry.isDeprecated).toBe(error.deprecated !== undefined);
    expect(entry.deprecatedSince).toBe(error.deprecated ? error.deprecated.since : null);
    expect(entry.info).toEqual(expectedInfo(catalog, error));
    for (const locale of LOCALES_TRIED) expect(entry.describe[locale], `${error.code} ${locale}`).toBe(expectedDescription(catalog, error, locale));
  });
  const retired = catalog.errors.filter((e) => e.removed);
  expect(dump.reserved).toEqual(retired.map((e) => ({ ...expectedInfo(catalog, e), isReserved: true, resolved: null })));

  const first = active[0] as CatalogError;
  const known = (code: string) => active.find((e) => e.code === code);
  const parsed = (code: string | null, serverMessage: string | null) => {
    const info = code === null ? undefined : known(code);
    return {
      present: true,
      code,
      known: info !== undefined,
      constant: info ? caseNames(info.name).upperSnake : null,
      serverMessage,
      message: `[${code ?? "no code"}${info ? ` ${info.name}` : ""}] ${serverMessage ?? info?.message ?? "unknown error"}`,
      infoCode: info ? info.code : null,
      isRuntimeException: true,
    };
  };
  const { cases } = dump;
  expect(cases.current).toEqual(parsed(first.code, "server says"));
  // Without legacy fields the program sends the current ones.
  expect(cases.legacy).toEqual(parsed(first.code, "legacy says"));
  expect(cases.missingMessage).toEqual(parsed(first.code, null));
  expect(cases.unknown).toEqual(parsed("no such code \u0000", "?"));
  for (const name of ["int", "long", "double", "decimal"]) expect(cases[name], name).toEqual(parsed("105", null));
  expect(cases.fraction).toEqual(parsed("1.5", null));
  expect(cases.messageNotText).toEqual(parsed(first.code, null));
  expect(cases.success).toEqual({ present: false });
  expect(cases.empty).toEqual({ present: false });
  expect(cases.null).toEqual({ present: false });
  expect(cases.constructed).toEqual(parsed(null, null));
}

describe("the Java target", () => {
  it("matches the golden files for the fixture catalog", () => {
    const files = generateJava(loadFile(fixture("minimal.yaml"), "test/fixtures/minimal.yaml"));
    for (const file of files) expectGolden(golden("minimal", file.path), file.content);
    expect(files.map((f) => f.path).sort()).toEqual(listFiles(golden("minimal", "java")).map((f) => `java/${f}`));
  });

  it.each([
    ["minimal", () => loadFile(fixture("minimal.yaml"), "test/fixtures/minimal.yaml")],
    ["hostile", () => loadFile(fixture("hostile.yaml"), "test/fixtures/hostile.yaml")],
    ["spec", () => loadFile(join(ROOT, "spec", "errors.yaml"))],
  ])("compiles with every lint as an error and reads back the %s catalog exactly", (name, load) => {
    const catalog = load();
    expectDumpMatches(catalog, buildAndCheck(name, catalog));
  }, 120_000);

  it("writes a pom.xml that names the package, Java 11 and the lint flags", () => {
    const pom = generateJava(loadFile(join(ROOT, "spec", "errors.yaml"))).find((f) => f.path === "java/pom.xml")?.content ?? "";
    expect(pom).toContain("<groupId>coinone.errorcodes</groupId>");
    expect(pom).toContain("<artifactId>coinone-error-codes</artifactId>");
    expect(pom).toContain("<release>11</release>");
    expect(pom).toContain("<arg>-Werror</arg>");
    // The committed pom is the one generated, and well-formed XML as far as javac's own parser goes is not checked here:
    // Maven Central is unreachable offline, so `mvn` cannot resolve the compiler plugin; javac builds the sources above.
  });

  it("runs the README's Java example against dist/java", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const example = /```java\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example, "README.md has a ```java block").toBeDefined();
    const dir = join(work, "readme");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "Example.java"), example as string);
    const sources = listFiles(join(ROOT, "dist", "java", "src")).map((f) => join(ROOT, "dist", "java", "src", f));
    run("javac", [...JAVAC_FLAGS, "-d", join(dir, "classes"), ...sources, join(dir, "Example.java")], dir);
    const output = run("java", ["-cp", join(dir, "classes"), "Example"], dir);
    expect(output).toBe(readme.match(/```text java-output\n([\s\S]*?)```/)?.[1]);
  }, 120_000);
});
