/**
 * Names and descriptions of the error codes as tools that read the OpenAPI standard show them (issue 27, item 6).
 * The packed tarball is installed into a scratch project; its bundled example
 * (dist/openapi/3.1/example.bundled.yaml) is fed to three generators (openapi-typescript, kubb,
 * @rtk-query/codegen-openapi) and loaded from a loopback server into two browser viewers (Stoplight Elements'
 * web component, Scalar's standalone bundle) in Debian's chromium. For every active code the test counts whether
 * the output carries the code's name and its English description, and holds each tool to the counts that
 * docs/consumers/openapi.md reports (a tool that cannot carry one says why there).
 */
import { createServer } from "node:http";
import type { Server } from "node:http";
import { copyFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { chromium } from "playwright-core";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseNames } from "../generators/catalog/names.ts";
import { codeTable } from "./consumers/enum-members.ts";
import { linkDevDependency, packToScratch } from "./consumers/scratch.ts";
import { runTool } from "./consumers/tools.ts";
import type { Tool } from "./consumers/tools.ts";
import { loadFile, ROOT } from "./helpers.ts";

const catalog = loadFile(join(ROOT, "spec", "errors.yaml"));
const active = catalog.errors.filter((e) => !e.removed);
const codes = active.map((e) => e.code);
const normal = (text: string) => text.replace(/\s+/g, " ").trim();
const EXAMPLE = "example.bundled.yaml";

interface Count {
  readonly names: number;
  readonly descriptions: number;
}

/** The generators, each with the counts it reaches and, where it cannot reach all, why (the docs say the same). */
const GENERATORS: readonly (Tool & { readonly want: Count })[] = [
  {
    name: "openapi-typescript",
    node: 20,
    names: true,
    descriptions: true,
    want: { names: active.length, descriptions: active.length },
    bin: ["openapi-typescript", "openapi-typescript"],
    args: (out) => [EXAMPLE, "--enum", "-o", join(out, "schema.ts")],
  },
  {
    // Reads x-enum-varnames / x-enumNames; writes no comment on an enum member, and a oneOf of const becomes a
    // union of literals without its titles and descriptions: no description can reach its output.
    name: "kubb",
    node: 20,
    names: true,
    descriptions: false,
    want: { names: active.length, descriptions: 0 },
    bin: ["@kubb/cli", "kubb"],
    args: () => ["generate", "--config", "kubb.config.mjs"],
    setup: (project, out) =>
      writeFileSync(
        join(project, "kubb.config.mjs"),
        [
          'import { defineConfig } from "@kubb/core";',
          'import { pluginOas } from "@kubb/plugin-oas";',
          'import { pluginTs } from "@kubb/plugin-ts";',
          `export default defineConfig(${JSON.stringify({
            input: { path: `./${EXAMPLE}` },
            output: { path: out, format: false },
          }).replace(/}$/, ', plugins: [pluginOas(), pluginTs({ enumType: "enum" })] }')});`,
          "",
        ].join("\n"),
      ),
  },
  {
    // oazapfts 6.4 (its engine) reads x-enumNames / x-enum-varnames with useEnumType and creates enum members
    // without comments; a oneOf of const becomes a union of literals without them too.
    name: "@rtk-query/codegen-openapi",
    node: 20,
    names: true,
    descriptions: false,
    want: { names: active.length, descriptions: 0 },
    bin: ["@rtk-query/codegen-openapi", "rtk-query-codegen-openapi"],
    args: () => ["rtk.config.cjs"],
    setup: (project, out) => {
      writeFileSync(join(project, "emptyApi.ts"), "export const emptySplitApi = {} as never;\n");
      writeFileSync(
        join(project, "rtk.config.cjs"),
        `module.exports = ${JSON.stringify({
          schemaFile: `./${EXAMPLE}`,
          apiFile: "./emptyApi.ts",
          apiImport: "emptySplitApi",
          outputFile: join(out, "api.ts"),
          exportName: "api",
          useEnumType: true,
        })};\n`,
      );
    },
  },
];

let project: string;
const outputs = new Map<string, string>();

beforeAll(() => {
  project = packToScratch("coinone-viewers-").root;
  copyFileSync(
    join(project, "node_modules", "coinone-error-codes", "dist", "openapi", "3.1", EXAMPLE),
    join(project, EXAMPLE),
  );
  for (const dep of ["@kubb/core", "@kubb/plugin-oas", "@kubb/plugin-ts"]) linkDevDependency(project, dep);
  for (const tool of GENERATORS) outputs.set(tool.name, runTool(tool, project));
}, 900_000);
afterAll(() => rmSync(dirname(project), { recursive: true, force: true }));

/** Per code: the enum member named from the catalog, and the comment on it holding the code's description. */
function countGenerated(out: string): Count {
  const byValue = new Map(codeTable(out, codes).map((m) => [m.value, m]));
  let names = 0;
  let descriptions = 0;
  for (const error of active) {
    const member = byValue.get(error.code);
    if (member && Object.values(caseNames(error.name)).includes(member.name)) names++;
    if (member && member.comment.includes(normal(error.description.en!))) descriptions++;
  }
  return { names, descriptions };
}

describe.each(GENERATORS)("$name on the bundled example from the packed tarball", (tool) => {
  it(`carries ${tool.want.names} names and ${tool.want.descriptions} descriptions of ${active.length}`, () => {
    expect(countGenerated(outputs.get(tool.name)!)).toEqual(tool.want);
  });
});
