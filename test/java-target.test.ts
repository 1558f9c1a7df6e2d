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
import { generateJava } from "../generators/targets/java/index.ts";
import { javaPackage } from "../generators/targets/java/view.ts";
import { caseNames, exportNames } from "../generators/catalog/names.ts";
import type { Catalog } from "../generators/catalog/types.ts";
import { expectDumpMatches, LOCALES_TRIED } from "./language-dump.ts";
import { expectGolden, fixture, golden, listFiles, loadFile, ROOT } from "./helpers.ts";

export const JAVAC_FLAGS = ["--release", "11", "-encoding", "UTF-8", "-Xlint:all", "-Xdoclint:all/protected", "-Werror"];

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
    expectDumpMatches(catalog, buildAndCheck(name, catalog), (name) => caseNames(name).upperSnake);
  }, 120_000);

  it.runIf(spawnSync("mvn", ["--version"]).status === 0)("writes a pom.xml that Maven accepts offline (mvn -o validate), for the spec and the hostile catalog", () => {
    for (const [name, catalog] of [["pom-spec", loadFile(join(ROOT, "spec", "errors.yaml"))], ["pom-hostile", loadFile(fixture("hostile.yaml"), "test/fixtures/hostile.yaml")]] as const) {
      const dir = join(work, name);
      writeAll(dir, generateJava(catalog));
      const output = run("mvn", ["-o", "-B", "validate", "-f", join(dir, "java", "pom.xml")], dir);
      expect(output).toContain("BUILD SUCCESS");
    }
  }, 120_000);

  it("writes a pom.xml that names the package, Java 11 and the lint flags", () => {
    const pom = generateJava(loadFile(join(ROOT, "spec", "errors.yaml"))).find((f) => f.path === "java/pom.xml")?.content ?? "";
    expect(pom).toContain("<groupId>coinone.errorcodes</groupId>");
    expect(pom).toContain("<artifactId>coinone-error-codes</artifactId>");
    expect(pom).toContain("<release>11</release>");
    expect(pom).toContain("<arg>-Werror</arg>");
    // Maven Central is unreachable offline, so `mvn compile` cannot fetch the compiler plugin: javac builds the sources above with these flags.
    expect(pom).toContain("<arg>-Xdoclint:all/protected</arg>");
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
