/**
 * The Java target, built and run by the JDK: golden files for the fixture;
 * for the fixture, the hostile catalog and the real spec, `javac --release 11
 * -Xlint:all -Xdoclint:all/protected -Werror` on the package and a test
 * program (test/fixtures/java/CatalogCheck.java) that dumps every code, its
 * metadata, the locale fallback and the parser cases, compared with the
 * catalog; the same for a catalog of names that meet the code class's own
 * members (test/fixtures/reserved-names.yaml) and for a 10,000-code
 * synthetic catalog (scripts/synthetic-catalog.ts); docs/consumers/java.md's Java
 * example compiled and run against dist/java.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateJava } from "../generators/targets/java/index.ts";
import { loadCatalog } from "../generators/catalog/load-catalog.ts";
import { isUpperSnake } from "../generators/catalog/names.ts";
import type { Catalog } from "../generators/catalog/types.ts";
import { JAVA_RESERVED, javaConstantNames, javaPackage } from "../generators/text/languages/java.ts";
import { syntheticCatalog } from "../scripts/synthetic-catalog.ts";
import { checkJavaPackage, JAVAC_FLAGS, runOk, writeAll } from "./language-builds.ts";
import { expectDumpMatches } from "./language-dump.ts";
import { expectGolden, fixture, golden, listFiles, loadFile, ROOT } from "./helpers.ts";
import { docBlock } from "./doc-blocks.ts";

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "coinone-java-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

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
    ["reserved-names", () => loadFile(fixture("reserved-names.yaml"), "test/fixtures/reserved-names.yaml")],
  ])(
    "compiles with every lint as an error and reads back the %s catalog exactly",
    (name, load) => {
      const catalog = load();
      expectDumpMatches(
        catalog,
        checkJavaPackage(join(work, name), catalog),
        (name) => javaConstantNames([name])[0] as string,
      );
    },
    600_000,
  );

  // Issue 23, finding 8: an enum's class initializer passed the JVM's 64 KiB limit ("code too large") from about 900 codes.
  it("compiles a 10,000-code catalog shaped like the real one and reads it back exactly (code too large)", () => {
    const result = loadCatalog(syntheticCatalog(10_000), "spec/errors.yaml");
    const catalog = result.catalog as Catalog;
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expectDumpMatches(
      catalog,
      checkJavaPackage(join(work, "synthetic"), catalog),
      (name) => javaConstantNames([name])[0] as string,
    );
  }, 600_000);

  it("keeps catalog names apart from the members of the code class: ACTIVE becomes ACTIVE_", () => {
    expect(javaConstantNames(["PRICE_NOT_CORRECT", "ACTIVE", "RETIRED", "A_L_L"])).toEqual([
      "PRICE_NOT_CORRECT",
      "ACTIVE_",
      "RETIRED_",
      "A_L_L",
    ]);
    // Every reserved name a catalog could spell (UPPER_SNAKE) is renamed; the others it cannot spell.
    const spellable = [...JAVA_RESERVED].filter(isUpperSnake);
    expect(spellable).toEqual(["ACTIVE", "RETIRED"]);
    for (const name of spellable) expect(javaConstantNames([name])[0]).toBe(`${name}_`);
  });

  it.runIf(spawnSync("mvn", ["--version"]).status === 0)(
    "writes a pom.xml that Maven accepts offline (mvn -o validate), for the spec and the hostile catalog",
    () => {
      for (const [name, catalog] of [
        ["pom-spec", loadFile(join(ROOT, "spec", "errors.yaml"))],
        ["pom-hostile", loadFile(fixture("hostile.yaml"), "test/fixtures/hostile.yaml")],
      ] as const) {
        const dir = join(work, name);
        writeAll(dir, generateJava(catalog));
        const output = runOk("mvn", ["-o", "-B", "validate", "-f", join(dir, "java", "pom.xml")], dir);
        expect(output).toContain("BUILD SUCCESS");
      }
    },
    600_000,
  );

  it("writes a pom.xml that names the package, Java 11 and the lint flags", () => {
    const pom =
      generateJava(loadFile(join(ROOT, "spec", "errors.yaml"))).find((f) => f.path === "java/pom.xml")?.content ?? "";
    expect(pom).toContain("<groupId>coinone.errorcodes</groupId>");
    expect(pom).toContain("<artifactId>coinone-error-codes</artifactId>");
    expect(pom).toContain("<release>11</release>");
    expect(pom).toContain("<arg>-Werror</arg>");
    // Maven Central is unreachable offline, so `mvn compile` cannot fetch the compiler plugin: javac builds the sources above with these flags.
    expect(pom).toContain("<arg>-Xdoclint:all/protected</arg>");
  });

  it("runs the Java example of docs/consumers/java.md against dist/java", () => {
    const example = docBlock("docs/consumers/java.md", "java").code;
    const dir = join(work, "readme");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "Example.java"), example);
    const sources = listFiles(join(ROOT, "dist", "java", "src")).map((f) => join(ROOT, "dist", "java", "src", f));
    runOk("javac", [...JAVAC_FLAGS, "-d", join(dir, "classes"), ...sources, join(dir, "Example.java")], dir);
    const output = runOk("java", ["-cp", join(dir, "classes"), "Example"], dir);
    expect(output).toBe(docBlock("docs/consumers/java.md", "text java-output").code);
  }, 600_000);
});

describe("javaPackage", () => {
  it.each([
    ["coinone", "coinone.errorcodes"],
    ["my-api", "myapi.errorcodes"],
    ["int", "_int.errorcodes"],
    ["9lives", "_9lives.errorcodes"],
  ])("%s -> %s", (name, expected) => {
    expect(javaPackage(name)).toBe(expected);
  });
});
