/**
 * Issue 12: every artifact of the hostile catalog read back by the strictest
 * real consumer of its format, which must find the catalog's exact text and
 * nothing the catalog did not ask for: TypeScript's JSDoc parser, CommonMark
 * with raw HTML allowed plus Redocly's no-unsafe-markdown, and the message
 * formatters (IntlMessageFormat, @formatjs/intl, i18next). PyYAML (python3)
 * reads the YAML in test/hostile-readers-pyyaml.test.ts (full tier).
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createConfig, lint } from "@redocly/openapi-core";
import { afterAll, describe, expect, it } from "vitest";
import { generateCcxtExceptions } from "../generators/targets/ccxt.ts";
import { generateI18nBundles } from "../generators/targets/i18n.ts";
import { renderMarkdownReference } from "../generators/targets/markdown.ts";
import { buildOpenApiDocument, generateOpenApi } from "../generators/targets/openapi.ts";
import { generateTypeScript } from "../generators/targets/typescript/index.ts";
import { comment } from "../generators/text/markdown-helpers.ts";
import type { Catalog } from "../generators/catalog/types.ts";
import { fixture, loadFile, ROOT } from "./helpers.ts";
import {
  asCommonMarkSees,
  elementsOf,
  formatterMismatches,
  jsDocTags,
  openApiDescriptions,
  renderCommonMark,
  renderedText,
} from "./readers.ts";

const hostile = loadFile(fixture("hostile.yaml"), "test/fixtures/hostile.yaml");
const minimal = loadFile(fixture("minimal.yaml"), "test/fixtures/minimal.yaml");
const coinone = loadFile(join(ROOT, "spec", "errors.yaml"));
const scratch = mkdtempSync(join(tmpdir(), "hostile-readers-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const bundlesOf = (source: Catalog) =>
  Object.fromEntries(
    generateI18nBundles(source).map((f) => [
      f.path.replace(/^i18n\/|\.json$/g, ""),
      JSON.parse(f.content) as Record<string, string>,
    ]),
  );

/** Tags the generator writes itself, on the members of a deprecated code: nothing else may appear. */
function unexpectedTags(source: Catalog): string[] {
  const module = generateTypeScript(source).find((f) => f.path === "index.ts")?.content ?? "";
  const deprecatedMembers = new Set(
    source.errors.filter((e) => e.deprecated && !e.removed).flatMap((e) => [e.member, JSON.stringify(e.code), e.code]),
  );
  return jsDocTags(module).filter((line) => {
    const [owner = "", tag] = line.split(": @");
    return !(tag === "deprecated" && deprecatedMembers.has(owner));
  });
}

describe("item 1: JSDoc, read by TypeScript's parser", () => {
  it.each([
    ["hostile", hostile],
    ["minimal", minimal],
    ["Coinone", coinone],
  ] as const)("%s: no member carries a tag the catalog did not ask for", (_name, source) => {
    expect(unexpectedTags(source)).toEqual([]);
  });

  it("still marks the deprecated codes deprecated", () => {
    const module = generateTypeScript(hostile).find((f) => f.path === "index.ts")?.content ?? "";
    expect(jsDocTags(module)).toContain("TagsAndMarkup: @deprecated");
    expect(jsDocTags(module).some((line) => line.startsWith("TagAfterWhitespace:"))).toBe(false);
  });
});

describe("item 2: OpenAPI descriptions, rendered as CommonMark with raw HTML allowed", () => {
  it.each(["3.1", "3.0"] as const)(
    "%s: no element but p, br and code, no link, and the catalog's exact text",
    (version) => {
      const doc = buildOpenApiDocument(hostile, version) as any;
      for (const [path, text] of openApiDescriptions(doc)) {
        const html = renderCommonMark(text);
        expect(
          [...new Set(elementsOf(html))].filter((name) => !["p", "br", "code"].includes(name)),
          `${path}: ${html}`,
        ).toEqual([]);
      }
      for (const error of hostile.errors.filter((e) => !e.removed && !e.deprecated)) {
        const html = renderCommonMark(doc.components.examples[`HostileError${error.code}`].description);
        expect(renderedText(html).replace(/^<p>|<\/p>$/g, ""), error.code).toBe(
          asCommonMarkSees(error.description.en ?? ""),
        );
      }
      expect(renderedText(renderCommonMark(doc.info.title))).toBe(asCommonMarkSees(hostile.title));
    },
  );

  it("Redocly's no-unsafe-markdown finds nothing in any generated file", async () => {
    const config = await createConfig({ rules: { "no-unsafe-markdown": "error" } });
    for (const file of generateOpenApi(hostile)) {
      const path = join(scratch, "unsafe", file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.content);
      expect((await lint({ ref: path, config })).map((p) => `${file.path}: ${p.message}`)).toEqual([]);
    }
  });
});

// Item 3 (OpenAPI YAML read by PyYAML) needs python3: test/hostile-readers-pyyaml.test.ts, full tier.

describe("item 4: i18n bundles, read by the message formatters", () => {
  it.each([
    ["hostile", hostile],
    ["minimal", minimal],
    ["Coinone", coinone],
  ] as const)(
    "%s: IntlMessageFormat, @formatjs/intl and i18next print every description as written",
    async (_name, source) => {
      expect(await formatterMismatches(source, bundlesOf(source))).toEqual([]);
    },
  );

  it(
    "prints the issue's strings as written: quotes around " + "a value, literal braces, tags, $t() and plurals",
    async () => {
      const t = await (await import("./readers.ts")).i18nextAsReadme(bundlesOf(hostile));
      expect(t.getFixedT("en")("8", { currency: "KRW", count: 2 })).toBe(
        `Quote 'KRW', a literal {"price": 1}, <b>bold</b>, $t(other.key), it's 2 orders with # sign`,
      );
      expect(t.getFixedT("ko")("8", { currency: "KRW", count: 2 })).toBe(
        `통화 'KRW', 리터럴 {"price": 1}, <b>굵게</b>, $t(other.key), 주문 2건`,
      );
      expect(t.getFixedT("pt-BR")("8", { currency: "KRW", count: 1 })).toBe("Moeda 'KRW' 1 pedido <b> it's");
    },
  );
});

describe("items 9 and 11: the Markdown reference", () => {
  it("the notice's comment cannot be closed by any path", () => {
    for (const path of ["a--->b", "x-->y", "--!>", "<!--", "a-", "---", "-- >"]) {
      const text = comment(path);
      expect(text, path).not.toMatch(/--/);
      expect(text.endsWith("-"), path).toBe(false);
    }
    const crafted = { ...hostile, source: { ...hostile.source, path: "spec/--->\n<img src=x onerror=alert(1)>.yaml" } };
    const html = renderCommonMark(renderMarkdownReference(crafted, "en"));
    expect(elementsOf(html)).not.toContain("img");
  });

  it("shows bidirectional controls, never writes them raw", () => {
    for (const locale of hostile.locales)
      expect(renderMarkdownReference(hostile, locale)).not.toMatch(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
    expect(renderMarkdownReference(hostile, "en")).toContain("‹U+202E›");
  });

  it("groups errors by category once (category read once per error, not once per category)", () => {
    let reads = 0;
    const categories = Array.from({ length: 300 }, (_, i) => ({ id: `c${i}`, title: { en: `C${i}` } }));
    const errors = Array.from({ length: 300 }, (_, i) => {
      const base = {
        code: String(i),
        name: `E_${i}`,
        member: `E${i}`,
        message: "m",
        description: { en: "d" },
        errorClass: "bad-request",
        retryable: false,
        source: { message: "ours", en: "ours" },
      };
      return Object.defineProperty(base, "category", { get: () => ((reads += 1), `c${i}`), enumerable: true });
    });
    const big = { ...minimal, locales: ["en"], categories, errors } as unknown as Catalog;
    expect(renderMarkdownReference(big, "en")).toContain("E_299");
    expect(reads).toBeLessThanOrEqual(2 * errors.length);
  });
});

describe("item 11: code order in object-keyed output", () => {
  it("i18n files and the ccxt exceptions map list 0105, 106 and 4294967296 in code order", () => {
    const order = hostile.errors.filter((e) => !e.removed).map((e) => e.code);
    // A JavaScript object would put "106" (an array index) before "0105".
    expect(order.slice(-3)).toEqual(["0105", "106", "4294967296"]);
    for (const file of generateI18nBundles(hostile)) {
      expect(
        [...file.content.matchAll(/^ {2}"([^"]+)": /gm)].map((m) => m[1]),
        file.path,
      ).toEqual(order);
    }
    const ccxtMap = generateCcxtExceptions(hostile)[0]!.content;
    expect([...ccxtMap.matchAll(/^ {2}"([^"]+)": /gm)].map((m) => m[1])).toEqual(order);
  });
});
