/**
 * The Markdown reference: golden files, markdownlint, and a GFM parse that
 * checks every table's shape and every anchor, for the real, fixture and
 * hostile catalogs.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { lint } from "markdownlint/promise";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { showBidi, showControls } from "../generators/text/escape.ts";
import { describe, expect, it } from "vitest";
import { cell, code, inline } from "../generators/text/markdown-helpers.ts";
import { generateMarkdownReferences, renderMarkdownReference } from "../generators/targets/markdown.ts";
import { slug as githubSlug } from "github-slugger";
import type { Catalog } from "../generators/catalog/types.ts";
import { expectGolden, fixture, golden, loadFile, ROOT } from "./helpers.ts";

/** markdownlint's defaults with the changes listed in README.md. */
export const MARKDOWNLINT_CONFIG = {
  default: true,
  MD013: false,
  MD033: { allowed_elements: ["a", "br"] },
};

const catalog = loadFile(join(ROOT, "spec", "errors.yaml"));
const fixtureCatalog = loadFile(fixture("minimal.yaml"), "test/fixtures/minimal.yaml");
const hostile = loadFile(fixture("hostile.yaml"), "test/fixtures/hostile.yaml");
/**
 * The hostile catalog with very long texts full of Markdown syntax: 2,000 characters by default
 * (markdownlint's time grows with the square of the length); MARKDOWN_LONG_TEXT=10000 for a long run.
 */
const LONG_TEXT = Number(process.env.MARKDOWN_LONG_TEXT ?? 2_000);
const LONG = "| `tick` <b>&amp;</b> *x* \\ ".repeat(Math.ceil(LONG_TEXT / 28)).slice(0, LONG_TEXT);
const longText = loadFile(fixture("hostile.yaml"), "test/fixtures/hostile.yaml");
const hostileLong = {
  ...longText,
  errors: longText.errors.map((e) => ({
    ...e,
    message: `${e.message}${LONG}`,
    description: Object.fromEntries(Object.entries(e.description).map(([l, t]) => [l, `${t}\n${LONG}`])),
  })),
};
const CATALOGS = [
  ["Coinone", catalog],
  ["fixture", fixtureCatalog],
  ["three-locales", loadFile(fixture("three-locales.yaml"), "test/fixtures/three-locales.yaml")],
  ["hostile", hostile],
  ["hostile with very long text", hostileLong],
] as const;

type Node = { type: string; value?: string; children?: Node[]; depth?: number };

function parse(markdown: string): Node {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }) as Node;
}

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/** Plain text of a node: text, inline code and breaks (`<br />` counts as a line break). */
function textOf(node: Node): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value ?? "";
  if (node.type === "html") return node.value === "<br />" ? "\n" : "";
  return (node.children ?? []).map(textOf).join("");
}

async function lintProblems(name: string, content: string): Promise<string[]> {
  const result = await lint({ strings: { [name]: content }, config: MARKDOWNLINT_CONFIG });
  return (result[name] ?? []).map(
    (p) => `${p.lineNumber} ${p.ruleNames.join("/")}: ${p.errorDetail ?? p.ruleDescription}`,
  );
}

describe("Markdown reference", () => {
  it("matches the golden files for both locales of the fixture catalog", () => {
    for (const file of generateMarkdownReferences(fixtureCatalog))
      expectGolden(golden("minimal", file.path), file.content);
  });

  it("equals the committed dist/docs files", () => {
    for (const file of generateMarkdownReferences(catalog))
      expect(file.content).toBe(readFileSync(join(ROOT, "dist", file.path), "utf8"));
  });

  describe.each(CATALOGS)("%s catalog", (_name, source: Catalog) => {
    it.each(source.locales.map((l) => [l]))("%s: markdownlint reports zero problems", async (locale) => {
      expect(await lintProblems(`errors.${locale}.md`, renderMarkdownReference(source, locale))).toEqual([]);
    });

    it.each(source.locales.map((l) => [l]))(
      "%s: one table per category, one row per code, 6 cells in every row, an anchor per code",
      (locale) => {
        const tree = parse(renderMarkdownReference(source, locale));
        const active = source.errors.filter((e) => !e.removed);
        const tables: Node[] = [];
        const headings: string[] = [];
        const anchors: string[] = [];
        walk(tree, (node) => {
          if (node.type === "table") tables.push(node);
          if (node.type === "heading" && node.depth === 2) headings.push(textOf(node));
          // A code's anchor is the GitHub slug of its heading `Error <code>` (test/markdown-renderers.test.ts renders
          // them).
          if (node.type === "heading" && node.depth === 3) anchors.push(githubSlug(textOf(node)));
        });
        const used = source.categories.filter((c) => active.some((e) => e.category === c.id));
        const retired = source.errors.filter((e) => e.removed);
        expect(tables).toHaveLength(used.length + (retired.length > 0 ? 1 : 0));
        used.forEach((category, i) => {
          // Headings: the contents, one per category (its id, the anchor every renderer keeps; `<id>-<n>` where the id
          // is taken), retired codes.
          expect(headings[i + 1]).toMatch(new RegExp(`^${category.id}(-[1-9][0-9]*)?$`));
          const rows = (tables[i]?.children ?? []).slice(1);
          const codes = active.filter((e) => e.category === category.id);
          expect(rows).toHaveLength(codes.length);
          rows.forEach((row, r) => {
            const error = codes[r];
            expect(row.children).toHaveLength(6);
            const [codeCell, nameCell, messageCell, descriptionCell, classCell, retryableCell] = (
              row.children ?? []
            ).map(textOf);
            expect(classCell).toBe(error?.errorClass);
            const wait = error?.retryAfterSeconds;
            const yes = locale === "ko" ? `예${wait ? `, ${wait}초 후` : ""}` : `yes${wait ? `, after ${wait} s` : ""}`;
            expect(retryableCell).toBe(error?.retryable ? yes : locale === "ko" ? "아니요" : "no");
            expect(codeCell).toBe(error?.code);
            expect(nameCell).toBe(error?.name);
            // The message is verbatim in a code span (line breaks read as spaces there; control characters shown).
            // Control characters are shown as control pictures and bidirectional controls as ‹U+202E›.
            expect(messageCell).toBe(
              showBidi(showControls(error?.message.replace(/\r\n|[\n\r\u2028\u2029]/g, " ") ?? "")),
            );
            expect(
              descriptionCell?.endsWith(
                showBidi(showControls((error?.description[locale] ?? "").replace(/\r\n|[\r\u2028\u2029]/g, "\n"))),
              ),
            ).toBe(true);
          });
        });
        expect(anchors.filter((a) => a.startsWith("error-")).sort()).toEqual(
          source.errors.map((e) => `error-${e.code.toLowerCase()}`).sort(),
        );
      },
    );

    it.each(source.locales.map((l) => [l]))("%s: contains no raw HTML from the catalog", (locale) => {
      const html: string[] = [];
      walk(parse(renderMarkdownReference(source, locale)), (node) => {
        if (node.type === "html") html.push(node.value ?? "");
      });
      // Only the generator's own markup: line breaks in cells (anchors are headings, the notice a link definition).
      for (const value of html) expect(value).toBe("<br />");
    });
  });

  it("writes fixed texts in each locale's language", () => {
    const ko = renderMarkdownReference(catalog, "ko");
    expect(ko).toContain("## 목차");
    expect(ko).toContain("| 코드 | 이름 | 메시지 | 설명 | 분류 | 재시도 가능 |");
    expect(ko).toContain("- [계정 상태](#account) (7)\n");
    expect(ko).toContain("## `account`\n\n**계정 상태** (7)\n");
    const en = renderMarkdownReference(catalog, "en");
    expect(en).toContain("## Contents");
    expect(en).toContain("| Code | Name | Message | Description |");
    expect(en).toContain("# Coinone Open API errors\n");
    expect(en).toContain("- [Client order ids (user\\_order\\_id)](#user-order-id) (3)\n");
    expect(en).toContain("## `account`\n\n**Account status** (7)\n");
    expect(en).toContain(
      "| [`105`](#error-105) | `PRICE_NOT_CORRECT` | `Price is not correct` | The price is not valid. |",
    );
    expect(en).toContain("\n### Error 105\n\n`PRICE_NOT_CORRECT`: The price is not valid.\n");
  });

  it("marks deprecated codes with their replacement and lists retired codes last", () => {
    const en = renderMarkdownReference(fixtureCatalog, "en");
    expect(en).toContain(
      "**Deprecated** (since 2.0.0, use [`105`](#error-105) instead): Merged into 105. The price does not fit the " +
        "tick size.",
    );
    expect(en).toContain(
      "| [`110`](#error-110) | `ORDER_TYPE_RETIRED` | `Order type is not supported` | 2.1.0: The order type no " +
        "longer exists. |",
    );
    expect(en.trimEnd().split("\n").slice(-3)).toEqual([
      "### Error 110",
      "",
      "`ORDER_TYPE_RETIRED`: 2.1.0: The order type no longer exists.",
    ]);
  });
});

describe("Markdown escaping helpers", () => {
  it.each([
    ["a | b", "a \\| b"],
    ["back\\slash", "back\\\\slash"],
    ["`tick`", "\\`tick\\`"],
    ["<script>alert(1)</script>", "&lt;script\\>alert(1)&lt;/script\\>"],
    ["&amp;", "\\&amp;"],
    ["*bold* _it_ [link](x) ~~s~~", "\\*bold\\* \\_it\\_ \\[link\\](x) \\~\\~s\\~\\~"],
    ["line\nbreak\r\nand\u2028more", "line<br />break<br />and<br />more"],
  ])("cell(%j)", (input, expected) => {
    expect(cell(input)).toBe(expected);
  });

  it.each([
    ["plain", "`plain`"],
    ["has `one` tick", "``has `one` tick``"],
    ["`starts", "`` `starts ``"],
    ["a | b", "`a \\| b`"],
    ["two\nlines", "`two lines`"],
    ["back\\|slash pipe", "back\\\\\\|slash pipe"],
  ])("code(%j)", (input, expected) => {
    expect(code(input)).toBe(expected);
  });

  it("inline() turns line breaks into spaces and escapes a heading's closing #", () => {
    expect(inline("Title #\nnext")).toBe("Title \\# next");
  });
});
