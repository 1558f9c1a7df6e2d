/**
 * The Java target, built and run by the JDK: golden files for the fixture;
 * for the fixture, the hostile catalog and the real spec, `javac --release 11
 * -Xlint:all -Xdoclint:all/protected -Werror` on the package and a test
 * program (test/fixtures/java/CatalogCheck.java) that dumps every code, its
 * metadata, the locale fallback and the parser cases, compared with the
 * catalog; the same for a catalog of names that meet the code enum's own
 * members (test/fixtures/reserved-names.yaml) and for a synthetic catalog
 * at the target's limit (generators/targets/java/limit.ts); one code more
 * stops the CLI with a located java-too-many-codes before anything is
 * written. dist/java is an enum (test/fixtures/java/EnumUse.java switches
 * over it) and docs/consumers/java.md's Java example compiles and runs against it. What Maven Central requires: the
 * pom's name, description, url, licenses, developers and scm (read back by the JDK's XML parser, from the catalog
 * header, absent when it names none), and the class, sources and javadoc jars, built with the JDK's own javac, javadoc
 * (`-Xdoclint:all -Werror`) and jar, since Maven's source and javadoc plugins cannot be downloaded here.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateJava } from "../generators/targets/java/index.ts";
import { loadCatalog } from "../generators/catalog/load-catalog.ts";
import { isUpperSnake } from "../generators/catalog/names.ts";
import type { Catalog } from "../generators/catalog/types.ts";
import { JAVA_MAX_CODES, MEASURED_MAX } from "../generators/targets/java/limit.ts";
import { JAVA_RESERVED, javaConstantNames, javaPackage } from "../generators/text/languages/java.ts";
import { syntheticCatalog } from "../scripts/synthetic-catalog.ts";
import { checkJavaPackage, JAVAC_FLAGS, runOk, runTool, writeAll } from "./language-builds.ts";
import { expectDumpMatches } from "./language-dump.ts";
import { expectGolden, fixture, golden, listFiles, loadFile, ROOT, runCli } from "./helpers.ts";
import { docBlock } from "./doc-blocks.ts";

/** A synthetic catalog of `count` codes with names as long as the real catalog's longest (39 characters). */
function longNamedCatalog(count: number): string {
  return syntheticCatalog(count).replace(
    /name: SYNTHETIC_ERROR_(\d+)/g,
    (_line, i: string) => `name: SYNTHETIC_ERROR_OF_REALISTIC_LEN_${i.padStart(6, "0")}`,
  );
}

let work: string;
const javaTool = (command: string, args: string[]) => runTool(command, args, work);
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
        { retryAfterSeconds: true },
      );
    },
    600_000,
  );

  // Issue 23, finding 8: the enum's class initializer creates every constant, within the JVM's 64 KiB of code.
  it(`compiles a ${JAVA_MAX_CODES}-code catalog (the limit) shaped like the real one and reads it back exactly`, () => {
    expect(JAVA_MAX_CODES).toBeLessThan(MEASURED_MAX);
    const result = loadCatalog(longNamedCatalog(JAVA_MAX_CODES), "spec/errors.yaml");
    const catalog = result.catalog as Catalog;
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expectDumpMatches(
      catalog,
      checkJavaPackage(join(work, "synthetic"), catalog),
      (name) => javaConstantNames([name])[0] as string,
      { retryAfterSeconds: true },
    );
  }, 600_000);

  it("refuses one code more at the java entry, exit 1, nothing written (java-too-many-codes)", () => {
    const dir = join(work, "too-many");
    mkdirSync(join(dir, "out"), { recursive: true });
    writeFileSync(join(dir, "out", "kept.txt"), "before\n");
    writeFileSync(join(dir, "errors.yaml"), longNamedCatalog(JAVA_MAX_CODES + 1));
    writeFileSync(join(dir, "targets.yaml"), "targets:\n  - i18n\n  - java\n");
    const run = runCli(["--spec", "errors.yaml", "--targets", "targets.yaml", "--out", "out"], dir);
    expect(run.status).toBe(1);
    const last = JAVA_MAX_CODES + 1;
    expect(run.stderr).toBe(
      `targets.yaml:3:5 error java-too-many-codes: java: the catalog has ${last} codes (${last} active, 0 retired), ` +
        `over the Java target's limit of ${JAVA_MAX_CODES}; code "${last}" ` +
        `(SYNTHETIC_ERROR_OF_REALISTIC_LEN_${String(last).padStart(6, "0")}) is the first past it\n` +
        `  hint: javac cannot compile an enum much larger ("code too large"); leave the java target out of ` +
        `spec/targets.yaml for catalogs this large, or split the catalog\n` +
        `targets.yaml: 1 error in the targets; nothing was written\n`,
    );
    expect(readdirSync(join(dir, "out"))).toEqual(["kept.txt"]);
    expect(() => generateJava(loadCatalog(longNamedCatalog(last), "x.yaml").catalog as Catalog)).toThrow(
      /^java-too-many-codes: /,
    );
  }, 600_000);

  it("keeps catalog names apart from the members of the code enum, none of which a catalog can spell", () => {
    const template = readFileSync(join(ROOT, "templates", "java", "ErrorCode.java.hbs"), "utf8");
    const declared = [...template.matchAll(/^ {4}(?:public |private |static |final )*[A-Za-z{][^(/*=]*? (\w+)\(/gm)];
    const nested = [...template.matchAll(/^ {4}private static final class (\w+)/gm)];
    const members = [...declared, ...nested].map((match) => match[1] as string);
    expect(members.sort()).toEqual(
      ["Lookup", "Metadata", "fromWireCode", "info", "isDeprecated", "resolve", "retired", "wireCode"].sort(),
    );
    for (const member of members) expect(JAVA_RESERVED.has(member), member).toBe(true);
    expect([...JAVA_RESERVED].filter(isUpperSnake)).toEqual([]);
    expect(javaConstantNames(["PRICE_NOT_CORRECT", "ACTIVE", "VALUES", "A_L_L"])).toEqual([
      "PRICE_NOT_CORRECT",
      "ACTIVE",
      "VALUES",
      "A_L_L",
    ]);
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
      (): Catalog => ({
        ...loadSpec(),
        author: "Ann \"A\" <b> & 'x' ]]> <!-- -->",
        repository: "https://e.com/a<b>&c",
      }),
      "hostile-header",
    ],
  ])(
    "%s: the pom's Maven Central fields follow the catalog header; the class, sources and javadoc jars build",
    (_name, load, label) => {
      const catalog = load();
      const dir = join(work, `central-${label}`);
      writeAll(dir, generateJava(catalog));
      const java = join(dir, "java");
      const paths = {
        name: "/project/name",
        description: "/project/description",
        url: "/project/url",
        license: "/project/licenses/license/name",
        licenseUrl: "/project/licenses/license/url",
        developer: "/project/developers/developer/name",
        scmUrl: "/project/scm/url",
        scmConnection: "/project/scm/connection",
        sources: "/project/profiles/profile[id='release']//plugin[artifactId='maven-source-plugin']//goal",
        javadoc: "/project/profiles/profile[id='release']//plugin[artifactId='maven-javadoc-plugin']//doclint",
      };
      const read = runOk("java", [fixture("java/PomRead.java"), join(java, "pom.xml"), ...Object.values(paths)], dir);
      const values = Object.fromEntries(Object.keys(paths).map((key, i) => [key, read.split("\n")[i]]));
      const absent = "<absent>";
      const { repository, license, author } = catalog;
      expect(values).toEqual({
        name: `${catalog.name}-error-codes`,
        description: catalog.title,
        url: repository ?? absent,
        license: license?.split(" ")[0] ?? absent,
        licenseUrl: license === undefined ? absent : `https://spdx.org/licenses/${license.split(" ")[0]}.html`,
        developer: author ?? absent,
        scmUrl: repository ?? absent,
        scmConnection: repository === undefined ? absent : `scm:git:${repository}.git`,
        sources: "jar-no-fork",
        javadoc: "all",
      });

      const sources = join(java, "src", "main", "java");
      const files = listFiles(sources);
      runOk("javac", [...JAVAC_FLAGS, "-d", join(dir, "classes"), ...files.map((f) => join(sources, f))], dir);
      const docs = javaTool("javadoc", [
        ...["-quiet", "-Xdoclint:all", "-Werror", "--release", "11", "-encoding", "UTF-8"],
        ...["-d", join(dir, "apidocs"), "-sourcepath", sources, "-subpackages", javaPackage(catalog.name)],
      ]);
      expect(docs.status, docs.stderr).toBe(0);
      expect(docs.stderr).toBe("");
      const jars = { "": join(dir, "classes"), "-sources": sources, "-javadoc": join(dir, "apidocs") };
      const base = `${catalog.name}-error-codes-${catalog.version}`;
      const listed = Object.entries(jars).map(([suffix, folder]) => {
        const jarFile = join(dir, `${base}${suffix}.jar`);
        runOk("jar", ["--create", "--file", jarFile, "-C", folder, "."], dir);
        return runOk("jar", ["--list", "--file", jarFile], dir).split("\n");
      });
      const packagePath = javaPackage(catalog.name).replace(/\./g, "/");
      const classes = files.filter((f) => !f.endsWith("package-info.java")).map((f) => f.replace(/\.java$/, ".class"));
      expect(classes).toHaveLength(4);
      for (const file of classes) expect(listed[0]).toContain(file);
      expect(listed[1]?.filter((f) => f.endsWith(".java")).sort()).toEqual(files.sort());
      expect(listed[2]).toContain("index.html");
      expect(listed[2]).toContain(`${packagePath}/package-summary.html`);
    },
    300_000,
  );

  it("writes a pom.xml that names the package, Java 11 and the lint flags", () => {
    const pom =
      generateJava(loadFile(join(ROOT, "spec", "errors.yaml"))).find((f) => f.path === "java/pom.xml")?.content ?? "";
    expect(pom).toContain("<groupId>coinone.errorcodes</groupId>");
    expect(pom).toContain("<artifactId>coinone-error-codes</artifactId>");
    expect(pom).toContain("<release>11</release>");
    expect(pom).toContain("<arg>-Werror</arg>");
    // Maven Central is unreachable offline, so `mvn compile` cannot fetch the compiler plugin: javac builds the sources
    // above with these flags.
    expect(pom).toContain("<arg>-Xdoclint:all/protected</arg>");
  });

  it(
    "runs the Java example of docs/consumers/java.md and a " + "consumer that switches over the enum against dist/java",
    () => {
      const example = docBlock("docs/consumers/java.md", "java").code;
      const dir = join(work, "readme");
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, "Example.java"), example);
      const sources = listFiles(join(ROOT, "dist", "java", "src")).map((f) => join(ROOT, "dist", "java", "src", f));
      const consumers = [join(dir, "Example.java"), fixture("java/EnumUse.java")];
      runOk("javac", [...JAVAC_FLAGS, "-d", join(dir, "classes"), ...sources, ...consumers], dir);
      const output = runOk("java", ["-cp", join(dir, "classes"), "Example"], dir);
      expect(output).toBe(docBlock("docs/consumers/java.md", "text java-output").code);
      const active = loadFile(join(ROOT, "spec", "errors.yaml")).errors.filter((e) => !e.removed);
      const ordinal = active.findIndex((e) => e.name === "PRICE_NOT_CORRECT");
      expect(runOk("java", ["-cp", join(dir, "classes"), "EnumUse"], dir)).toBe(
        "sign again with a larger nonce\n" +
          "fix the price {PRICE_NOT_CORRECT=1}\n" +
          `${active.length} ${active.length}\n` +
          `${ordinal} true\n`,
      );
    },
    600_000,
  );
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
