/**
 * docs/extending.md as written: the Kotlin enum template and the
 * CSV plugin shown there are the committed example files; their entries,
 * added to the committed spec/targets.yaml, run with `npm run generate --
 * --only ...` in a real process. The Kotlin file compiles with kotlinc and a
 * program using it runs; the CSV reads back through Python's csv module.
 * Both also run on the hostile fixture catalog (text full of `*\/`, `$`,
 * quotes, bidi controls and line breaks).
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCatalogView } from "../generators/targets/catalog-view.ts";
import { loadCatalog } from "../generators/catalog/load-catalog.ts";
import { fixture, ROOT, runCli } from "./helpers.ts";
import { docBlock } from "./doc-blocks.ts";

const PAGE = "docs/extending.md";

/** One work folder per catalog: spec, targets file with the page's entries, the example files. */
function prepare(catalogFile: string): string {
  const work = mkdtempSync(join(tmpdir(), "adding-a-target-"));
  mkdirSync(join(work, "spec"));
  cpSync(catalogFile, join(work, "spec", "errors.yaml"));
  writeFileSync(
    join(work, "spec", "targets.yaml"),
    readFileSync(join(ROOT, "spec", "targets.yaml"), "utf8") +
      docBlock("docs/extending.md", "yaml targets-entries").code,
  );
  for (const dir of ["templates", "docs/examples"]) cpSync(join(ROOT, dir), join(work, dir), { recursive: true });
  const run = runCli(["--only", "kotlin-enum,errors-csv"], work);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  return work;
}

const works: Record<string, string> = {};
beforeAll(() => {
  works.coinone = prepare(join(ROOT, "spec", "errors.yaml"));
  works.hostile = prepare(fixture("hostile.yaml"));
}, 600_000);
afterAll(() => {
  for (const work of Object.values(works)) rmSync(work, { recursive: true, force: true });
});

describe("docs/extending.md: adding a target", () => {
  it("shows the committed template and plugin, verbatim", () => {
    for (const file of ["templates/examples/kotlin/ErrorCode.kt.hbs", "docs/examples/csv-plugin.mjs"]) {
      const language = file.endsWith(".hbs") ? "handlebars" : "js";
      expect(docBlock(PAGE, `${language} file=${file}`).code).toBe(readFileSync(join(ROOT, file), "utf8"));
    }
    expect(readFileSync(join(ROOT, PAGE), "utf8")).toContain(
      "[`dist/catalog.schema.json`](../dist/catalog.schema.json)",
    );
  });

  it.each(["coinone", "hostile"])(
    "the CSV plugin's file reads back through Python's csv module (%s catalog)",
    (name) => {
      const work = works[name]!;
      const { catalog } = loadCatalog(readFileSync(join(work, "spec", "errors.yaml"), "utf8"), "spec/errors.yaml");
      const view = buildCatalogView(catalog!);
      const rows = JSON.parse(
        execFileSync(
          "python3",
          [
            "-c",
            "import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', " +
              "encoding='utf-8')))))",
            join(work, "dist", "errors.csv"),
          ],
          { encoding: "utf8" },
        ),
      );
      // The page's entry passes `locales: [en, ko]`.
      const locales = ["en", "ko"];
      expect(rows).toEqual([
        ["code", "name", "status", "category", "message", ...locales.map((l) => `description_${l}`)],
        ...view.errors.map((e) => [
          e.code,
          e.name,
          e.status,
          e.category,
          e.message,
          ...locales.map((l) => e.description[l] ?? ""),
        ]),
      ]);
    },
  );

  // Full tier (test/tiers.ts): no skip without kotlinc, the test fails and says so.
  it(
    "the Kotlin enum compiles with kotlinc, and fromCode finds " +
      "every active code with its exact message (both catalogs)",
    () => {
      for (const [name, work] of Object.entries(works)) {
        const { catalog } = loadCatalog(readFileSync(join(work, "spec", "errors.yaml"), "utf8"), "spec/errors.yaml");
        const active = catalog!.errors.filter((e) => !e.removed);
        const pascal = buildCatalogView(catalog!).names.pascal;
        const main =
          `import com.example.errors.${pascal}ErrorCode\n\nfun main() {\n    for (e in ` +
          `${pascal}ErrorCode.values()) println(e.code + " " + e.name + " " + e.message.map { it.toInt() ` +
          `}.joinToString(","))\n    println(${pascal}ErrorCode.fromCode("no-such-code"))\n}\n`;
        writeFileSync(join(work, "Main.kt"), main);
        execFileSync("kotlinc", [join(work, "dist", "kotlin", "CoinoneErrorCode.kt"), "Main.kt", "-d", "out"], {
          cwd: work,
          stdio: "pipe",
        });
        const printed = execFileSync("kotlin", ["-cp", "out", "MainKt"], { cwd: work, encoding: "utf8" });
        const want = active.map(
          (e) =>
            `${e.code} ${e.name} ${[...Array(e.message.length).keys()].map((i) => e.message.charCodeAt(i)).join(",")}`,
        );
        expect(printed, name).toBe(`${[...want, "null"].join("\n")}\n`);
      }
    },
    300_000,
  );
});
