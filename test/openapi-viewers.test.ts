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
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { copyFileSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { dirname, extname, join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { parse as parseYaml } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseNames } from "../generators/catalog/names.ts";
import { launchChromium } from "./consumers/chromium.ts";
import { codeTable } from "./consumers/enum-members.ts";
import { docBlock } from "./doc-blocks.ts";
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

/**
 * The generators run on `input`, each with the counts it reaches and, where it cannot reach all, why (the docs say
 * the same).
 */
const generators = (input: string): readonly (Tool & { readonly want: Count })[] => [
  {
    name: "openapi-typescript",
    node: 20,
    names: true,
    descriptions: true,
    want: { names: active.length, descriptions: active.length },
    bin: ["openapi-typescript", "openapi-typescript"],
    args: (out) => [input, "--enum", "-o", join(out, "schema.ts")],
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
            input: { path: `./${input}` },
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
          schemaFile: `./${input}`,
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

const GENERATORS = generators(EXAMPLE);
/** The annotated `oneOf` put on the enum schema itself: the design the docs explain is not taken. */
const ONE_OF_ON_ENUM = "enum-with-oneof.json";

let project: string;
const outputs = new Map<string, string>();
const oneOfOnEnum = new Map<string, Count>();

beforeAll(() => {
  project = packToScratch("coinone-viewers-").root;
  copyFileSync(
    join(project, "node_modules", "coinone-error-codes", "dist", "openapi", "3.1", EXAMPLE),
    join(project, EXAMPLE),
  );
  for (const dep of ["@kubb/core", "@kubb/plugin-oas", "@kubb/plugin-ts"]) linkDevDependency(project, dep);
  for (const tool of GENERATORS) outputs.set(tool.name, runTool(tool, project));
  const variant = parseYaml(readFileSync(join(project, EXAMPLE), "utf8"));
  const schemas = variant.components.schemas;
  schemas.CoinoneErrorCode.oneOf = schemas.CoinoneErrorCodeAnnotated.oneOf;
  writeFileSync(join(project, ONE_OF_ON_ENUM), JSON.stringify(variant));
  for (const tool of generators(ONE_OF_ON_ENUM).filter((t) => t.name !== "openapi-typescript"))
    oneOfOnEnum.set(tool.name, countGenerated(runTool({ ...tool, name: `${tool.name} oneOf on the enum` }, project)));
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

describe.each(GENERATORS.filter((tool) => tool.name !== "openapi-typescript"))(
  "$name, were the annotated oneOf on the enum schema itself",
  (tool) => {
    it("would lose every name (why the annotated form is a schema of its own)", () => {
      expect(oneOfOnEnum.get(tool.name)).toEqual({ names: 0, descriptions: 0 });
    });
  },
);

/** The viewers' pages exactly as docs/consumers/openapi.md shows them, served from the scratch project's folder. */
const PAGES: Readonly<Record<string, string>> = {
  "/scalar.html": docBlock("docs/consumers/openapi.md", "html viewer-scalar").code,
  "/elements.html": docBlock("docs/consumers/openapi.md", "html viewer-elements").code,
};
const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".yaml": "application/yaml; charset=utf-8",
  ".json": "application/json; charset=utf-8",
};

let server: Server;
let base: string;
let browser: Browser;
/** Requests the viewers tried outside the loopback server (aborted): fonts and services of their own. */
const outside = new Set<string>();

/** A static server of the scratch project (its node_modules holds the tarball and the two viewers), plus PAGES. */
function serveProject(request: IncomingMessage, response: ServerResponse): void {
  const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
  const file = resolve(project, `.${path}`);
  if (path in PAGES) {
    response.setHeader("content-type", TYPES[".html"]!).end(PAGES[path]);
  } else if (file.startsWith(`${project}/`) && existsSync(file) && statSync(file).isFile()) {
    response.setHeader("content-type", TYPES[extname(file)] ?? "application/octet-stream").end(readFileSync(file));
  } else {
    response.writeHead(404).end();
  }
}

beforeAll(async () => {
  for (const dep of ["@scalar/api-reference", "@stoplight/elements"]) linkDevDependency(project, dep);
  // The README's pattern as a whole document, its $refs pointing into the installed package.
  copyFileSync(join(ROOT, "test", "fixtures", "consumers", "api.yaml"), join(project, "api.yaml"));
  server = createServer(serveProject).listen(0, "127.0.0.1");
  await new Promise((done) => server.once("listening", done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** Opens a page of the server; `document` replaces the example's path in the page, to load another document. */
async function open(path: string, document?: string): Promise<Page> {
  const page = await browser.newPage();
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(base)) return route.continue();
    outside.add(new URL(url).host);
    return route.abort();
  });
  // Registered last, so it is asked first (Playwright tries routes in reverse order).
  if (document !== undefined)
    await page.route(`${base}${path.split("#")[0]}`, (route) =>
      route.fulfill({
        contentType: TYPES[".html"]!,
        body: PAGES[path.split("?")[0]!]!.replace(/node_modules\/coinone-error-codes\/[\w/.]+\.yaml/, document),
      }),
    );
  await page.goto(`${base}${path}`);
  return page;
}

/** Per code: its name (catalog or member spelling) and its English description appear in `texts`. */
function countShown(texts: readonly string[]): Count {
  const all = normal(texts.join("\n"));
  const shown = (text: string) => all.includes(normal(text));
  return {
    names: active.filter((e) => Object.values(caseNames(e.name)).some((n) => new RegExp(`\\b${n}\\b`).test(all)))
      .length,
    descriptions: active.filter((e) => shown(e.description.en!)).length,
  };
}

describe("Stoplight Elements 9.0.25 (web component) on the bundled example", () => {
  it("shows no name or description on the enum schema (it reads no x-enum-* key)", async () => {
    const page = await open("/elements.html#/schemas/CoinoneErrorCode");
    await page.getByText("Allowed values").first().waitFor();
    expect(countShown([await page.locator("body").innerText()])).toEqual({ names: 0, descriptions: 0 });
    await page.close();
  }, 120_000);

  it(`shows all ${active.length} names and descriptions of the annotated schema, one branch at a time`, async () => {
    const page = await open("/elements.html#/schemas/CoinoneErrorCodeAnnotated");
    const picker = page.locator('[aria-label="Pick a type"]').first();
    await picker.waitFor();
    const texts: string[] = [];
    await picker.click();
    const count = await page.getByRole("menuitem").count();
    texts.push(...(await page.getByRole("menuitem").allInnerTexts()));
    for (let i = 0; i < count; i++) {
      if (i > 0) await picker.click();
      await page.getByRole("menuitem").nth(i).click();
      texts.push(await page.locator('[data-test="property-description"]').first().innerText());
    }
    expect(count).toBe(active.length);
    expect(countShown(texts)).toEqual({ names: active.length, descriptions: active.length });
    await page.close();
  }, 300_000);
});

describe("Scalar 1.46.4 (standalone bundle) on the bundled example", () => {
  it(`shows all ${active.length} names and descriptions of the enum schema (from x-enum-*)`, async () => {
    const page = await open("/scalar.html");
    await page.getByText("Models", { exact: true }).first().click();
    await page.getByText("CoinoneErrorCode", { exact: true }).first().click();
    await page.getByRole("button", { name: "Show all values" }).first().click();
    await page.getByText(active.at(-1)!.description.en!).first().waitFor();
    expect(countShown([await page.locator("body").innerText()])).toEqual({
      names: active.length,
      descriptions: active.length,
    });
    await page.close();
  }, 120_000);

  it("shows the 400 example body from the bundled example, and null from the unbundled pattern", async () => {
    const shown: Record<string, string> = {};
    for (const [name, document] of [
      ["bundled", `node_modules/coinone-error-codes/dist/openapi/3.1/${EXAMPLE}`],
      ["unbundled", "api.yaml"],
    ] as const) {
      const page = await open(`/scalar.html?${name}`, document);
      await page.getByRole("tab", { name: "400" }).first().click();
      await page
        .getByText("Select an example")
        .or(page.getByText(/^null$/))
        .first()
        .waitFor();
      shown[name] = await page.locator("body").innerText();
      await page.close();
    }
    const first = active[0]!;
    expect(shown.bundled).toContain(`"error_code": ${JSON.stringify(first.code)}`);
    expect(normal(shown.bundled!)).toContain(`"error_msg": ${JSON.stringify(first.message)}`);
    // The README's pattern $refs into node_modules: the browser build resolves nothing there.
    expect(shown.unbundled).toMatch(/^null$/m);
    expect(shown.unbundled).not.toContain('"error_code"');
  }, 120_000);

  it("reached nothing outside the loopback server and names what it tried", () => {
    // Scalar asks for its fonts and its registry service; the aborted requests change nothing counted above.
    expect([...outside].sort()).toEqual(["fonts.scalar.com", "proxy.scalar.com"]);
  });
});
