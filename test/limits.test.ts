/**
 * Limits and odd input: an oversized file, alias bombs, deep nesting, a byte
 * order mark, CRLF line ends, ids that try to leave the output folder, and
 * keys such as __proto__ and constructor. Each gets a clear diagnostic or a
 * correct result, and nothing is written outside --out.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatDiagnostic } from "../generators/catalog/diagnostics.ts";
import { loadCatalog, MAX_SPEC_BYTES } from "../generators/catalog/load-catalog.ts";
import { fixture, listFiles, ROOT, runCli, generateArtifacts } from "./helpers.ts";
import { withoutInputs } from "../generators/output/inventory.ts";

const SPEC = readFileSync(join(ROOT, "spec", "errors.yaml"), "utf8");
const MINIMAL = readFileSync(fixture("minimal.yaml"), "utf8");

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "coinone-limits-"));
  mkdirSync(join(work, "spec"));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const rules = (text: string) => loadCatalog(text, "spec/errors.yaml").diagnostics.map((d) => d.rule);

describe("limits", () => {
  it("refuses a file over the size limit without reading it, and writes nothing", () => {
    const spec = join(work, "spec", "errors.yaml");
    writeFileSync(spec, "");
    truncateSync(spec, MAX_SPEC_BYTES + 1);
    const run = runCli([], work);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `spec/errors.yaml:1:1 error file-too-large: the catalog is ${MAX_SPEC_BYTES + 1} bytes, over the limit of ` +
        `${MAX_SPEC_BYTES} bytes (64 MiB)\n  hint: check that --spec names the catalog; split an error table that ` +
        `large into several catalogs\nspec/errors.yaml: 1 error; nothing was written\n`,
    );
    expect(listFiles(work)).toEqual(["spec/errors.yaml"]);
  });

  it.each([
    [
      "a billion laughs",
      `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, ` +
        `*b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, ` +
        `*d, *d, *d]\n`,
    ],
    ["a self-referencing alias", "catalog: &a\n  name: *a\n"],
  ])("stops an alias bomb: %s", (_name, text) => {
    const found = rules(text);
    expect(found.length).toBeGreaterThan(0);
    expect(
      found.every((rule) =>
        ["alias-limit", "yaml-syntax", "wrong-type", "missing-property", "unknown-property"].includes(rule),
      ),
    ).toBe(true);
  });

  it.each([
    ["flow", `catalog: ${"[".repeat(20_000)}${"]".repeat(20_000)}\n`],
    ["block", `catalog:\n${Array.from({ length: 3_000 }, (_, i) => `${" ".repeat(i + 1)}- `).join("\n")}x\n`],
  ])("reports very deep nesting (%s) as a diagnostic, not a crash", (_name, text) => {
    const diagnostics = loadCatalog(text, "spec/errors.yaml").diagnostics;
    expect(diagnostics).toHaveLength(1);
    expect(formatDiagnostic(diagnostics[0]!)).toMatch(
      /^spec\/errors\.yaml:\d+:\d+ error too-deep: the document is nested too deeply to read\n  hint: a catalog nests at most five levels/,
    );
  });

  it("gives the same bytes for a byte order mark and for CRLF line ends", () => {
    const generate = (text: string) => {
      const { catalog } = loadCatalog(Buffer.from(text, "utf8"), "spec/errors.yaml");
      if (!catalog) throw new Error("the real catalog failed to load");
      return generateArtifacts(catalog);
    };
    const lf = generate(SPEC);
    expect(generate(`\uFEFF${SPEC}`)).toEqual(lf);
    expect(generate(SPEC.replace(/\n/g, "\r\n"))).toEqual(lf);
    expect(generate(`\uFEFF${SPEC.replace(/\n/g, "\r\n")}`)).toEqual(lf);
  });

  it("the CLI writes the same files from a CRLF catalog", () => {
    writeFileSync(join(work, "spec", "errors.yaml"), SPEC.replace(/\n/g, "\r\n"));
    expect(runCli(["--out", "crlf"], work).status).toBe(0);
    writeFileSync(join(work, "spec", "errors.yaml"), SPEC);
    expect(runCli(["--out", "lf"], work).status).toBe(0);
    // The manifest's inputs key covers the spec's bytes, which differ; everything else is the same.
    const read = (dir: string, path: string) =>
      (path === ".coinone-files" ? withoutInputs : (text: string) => text)(readFileSync(join(work, dir, path), "utf8"));
    for (const path of listFiles(join(work, "lf"))) expect(read("crlf", path), path).toBe(read("lf", path));
  });

  it.each([
    ["a locale id", MINIMAL.replace("locales: [en, ko]", 'locales: [en, ko, "../../../tmp/x"]'), "catalog.locales[2]"],
    ["a locale id with a dot", MINIMAL.replace("locales: [en, ko]", "locales: [en, ko, ..]"), "catalog.locales[2]"],
    [
      "a category id",
      MINIMAL.replace("  - id: server", '  - id: "../server"').replace("category: server", 'category: "../server"'),
      "categories[1].id",
    ],
  ])("refuses %s that tries to leave the output folder, and writes nothing anywhere", (_name, text, where) => {
    writeFileSync(join(work, "spec", "errors.yaml"), text);
    const run = runCli(["--out", "out"], work);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`error invalid-format: ${where.replace(/[[\].]/g, "\\$&")} `));
    expect(listFiles(work)).toEqual(["spec/errors.yaml"]);
  });

  it.each([
    ["__proto__ at the top", `__proto__: { polluted: true }\n${MINIMAL}`, "unknown-property"],
    [
      "constructor in an entry",
      MINIMAL.replace("    name: SERVER_ERROR\n", "    name: SERVER_ERROR\n    constructor: x\n"),
      "unknown-property",
    ],
    [
      "__proto__ as a locale key",
      MINIMAL.replace("      en: The price is not valid.\n", "      en: The price is not valid.\n      __proto__: x\n"),
      "invalid-format",
    ],
    [
      "__proto__ as a code",
      MINIMAL.replace('code: "105"', 'code: "__proto__"').replace('replacedBy: "105"', 'replacedBy: "__proto__"'),
      "invalid-format",
    ],
  ])("rejects %s", (_name, text, rule) => {
    expect(rules(text)).toContain(rule);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("accepts codes named like Object.prototype members and keeps them out of the prototype", async () => {
    const text = MINIMAL.replace('code: "105"', 'code: "constructor"')
      .replace('replacedBy: "105"', 'replacedBy: "constructor"')
      .replace('code: "405"', 'code: "toString"');
    const { catalog, diagnostics } = loadCatalog(text, "spec/errors.yaml");
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const files = new Map(generateArtifacts(catalog!).map((f) => [f.path, f.content]));
    expect(Object.keys(JSON.parse(files.get("i18n/en.json") ?? ""))).toEqual(["106", "constructor", "toString"]);
    const dir = join(work, "module");
    mkdirSync(dir);
    writeFileSync(join(dir, "package.json"), '{"type":"module"}');
    writeFileSync(join(dir, "index.js"), files.get("index.js") ?? "");
    const m = await import(pathToFileURL(join(dir, "index.js")).href);
    expect(m.isDemoErrorCode("constructor")).toBe(true);
    expect(m.isDemoErrorCode("hasOwnProperty")).toBe(false);
    expect(m.DEMO_ERRORS.toString.name).toBe("SERVER_ERROR");
    expect(m.parseDemoError({ result: "error", error_code: "valueOf" })).toMatchObject({ known: false });
  });
});
