/**
 * The consumer matrix: the packed tarball installed into a scratch project, a
 * consumer API document written the way the README says
 * (test/fixtures/consumers/api.yaml), and every OpenAPI code generator of
 * test/consumers/tools.ts run on it. For every tool and every active code:
 * the member or key name is one of our names (never `_105`/`NUMBER_105`), the
 * description sits on the right member where the tool emits descriptions, and
 * the generated code compiles under `tsc --strict`. Each generated OpenAPI
 * file also passes Redocly, @apidevtools/swagger-parser and Spectral's
 * `spectral:oas` with zero errors and only the warnings the README lists.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import { createConfig, lint } from "@redocly/openapi-core";
import { Document, Spectral } from "@stoplight/spectral-core";
import Parsers from "@stoplight/spectral-parsers";
import { oas } from "@stoplight/spectral-rulesets";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseNames } from "../generators/catalog/names.ts";
import { codeTable, tsFiles } from "./consumers/enum-members.ts";
import { linkDevDependency, packToScratch } from "./consumers/scratch.ts";
import { runTool, TOOLS } from "./consumers/tools.ts";
import { fixture, loadFile, ROOT } from "./helpers.ts";

const { Json, Yaml } = Parsers;
const catalog = loadFile(join(ROOT, "spec", "errors.yaml"));
const active = catalog.errors.filter((e) => !e.removed);
const codes = active.map((e) => e.code);
/** The two Redocly rules that cannot apply to a components-only document (README, "OpenAPI"). */
const RULES_OFF_FOR_COMPONENTS = { "no-empty-servers": "off", "no-unused-components": "off" } as const;
const OPENAPI_FILES = ["3.1/errors.yaml", "3.1/errors.json", "3.0/errors.yaml", "3.0/errors.json"];

/** Spectral `spectral:oas` warnings that cannot apply to a components-only file; the README lists them. */
export const SPECTRAL_ACCEPTED = new Set(["oas3-unused-component", "info-contact", "oas3-api-servers", "openapi-tags"]);

let project: string;
const outputs = new Map<string, string>();

beforeAll(() => {
  project = packToScratch("coinone-matrix-").root;
  copyFileSync(fixture("consumers/api.yaml"), join(project, "api.yaml"));
  for (const dep of ["zod", "@zodios/core", "axios"]) linkDevDependency(project, dep);
  // One scratch project, the tools one after another.
  for (const tool of TOOLS) outputs.set(tool.name, runTool(tool, project));
}, 900_000);
afterAll(() => rmSync(dirname(project), { recursive: true, force: true }));

const normal = (text: string) => text.replace(/\s+/g, " ").trim();

describe.each(TOOLS)("$name", (tool) => {
  it("emits every active code, each once", () => {
    const out = outputs.get(tool.name)!;
    if (tool.names) {
      const table = codeTable(out, codes);
      expect(table.map((m) => m.value).sort()).toEqual([...codes].sort());
    } else {
      const text = tsFiles(out)
        .map((f) => readFileSync(f, "utf8"))
        .join("\n");
      for (const code of codes) expect(text, `code ${code}`).toMatch(new RegExp(`["']${code}["']`));
    }
  });

  it("names every member from the catalog's names, never from the code", () => {
    const out = outputs.get(tool.name)!;
    const text = tsFiles(out)
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    expect(text).not.toMatch(/\b(?:_|NUMBER_|Value|VALUE_)\d+\b\s*[=:]/);
    if (!tool.names) return;
    const byValue = new Map(codeTable(out, codes).map((m) => [m.value, m]));
    for (const error of active) {
      const member = byValue.get(error.code)!;
      expect(Object.values(caseNames(error.name)), `code ${error.code}`).toContain(member.name);
    }
  });

  it.runIf(tool.descriptions)("puts each code's description on its own member", () => {
    const byValue = new Map(codeTable(outputs.get(tool.name)!, codes).map((m) => [m.value, m]));
    for (const error of active) {
      const comment = (tool.commentText ?? String)(byValue.get(error.code)!.comment);
      expect(comment, `code ${error.code}`).toContain(normal(error.description.en!));
      for (const other of active) {
        if (other.description.en !== error.description.en && !error.description.en!.includes(other.description.en!)) {
          expect(comment, `code ${error.code} carries ${other.code}'s description`).not.toContain(
            normal(other.description.en!),
          );
        }
      }
    }
  });

  it("generates code that compiles under tsc --strict", () => {
    const out = outputs.get(tool.name)!;
    const config = join(out, "tsconfig.json");
    writeFileSync(
      config,
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: "ES2022",
          module: "ESNext",
          moduleResolution: "Bundler",
          lib: ["ES2022", "DOM", "DOM.Iterable"],
          skipLibCheck: true,
          types: [],
        },
        include: ["./**/*.ts"],
      }),
    );
    const tsc = spawnSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", config], {
      cwd: project,
      encoding: "utf8",
    });
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
  }, 600_000);
});

describe.each(OPENAPI_FILES)("dist/openapi/%s", (file) => {
  const path = () => join(project, "node_modules", "coinone-error-codes", "dist", "openapi", file);

  it("passes Redocly's recommended rules (two documented rules off) with no problem", async () => {
    const config = await createConfig({ extends: ["recommended"], rules: RULES_OFF_FOR_COMPONENTS });
    expect((await lint({ ref: path(), config })).map((p) => `${p.severity} ${p.ruleId}: ${p.message}`)).toEqual([]);
  });

  it("validates with @apidevtools/swagger-parser", async () => {
    await expect(SwaggerParser.validate(path())).resolves.toBeTruthy();
  });

  it("passes Spectral's spectral:oas with no error and only the README's accepted warnings", async () => {
    const spectral = new Spectral();
    spectral.setRuleset({ extends: [[oas as never, "all"]] });
    const text = readFileSync(path(), "utf8");
    const results = await spectral.run(
      new Document(text, (file.endsWith(".json") ? Json : Yaml) as typeof Yaml, path()),
    );
    const problems = results.filter((r) => r.severity <= 1 && !SPECTRAL_ACCEPTED.has(String(r.code)));
    expect(problems.map((r) => `${r.severity} ${r.code} ${r.path.join(".")}: ${r.message}`)).toEqual([]);
  });
});

describe("the consumer document", () => {
  it("validates with swagger-parser, external $refs resolved from the installed package", async () => {
    await expect(SwaggerParser.validate(join(project, "api.yaml"))).resolves.toBeTruthy();
  });
});
