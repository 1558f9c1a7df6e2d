/**
 * The docs-site matrix of the Markdown reference: each tool renders a
 * reference with its default settings, and every in-file link (contents,
 * code cells, replacements) must point at an id the rendered page has.
 * Node-only tools here; mkdocs (Python) in test/docs-sites-mkdocs.test.ts.
 */
import { createRequire } from "node:module";
import { join } from "node:path";
import { toString as mdastToString } from "mdast-util-to-string";
import { compile as compileMdx } from "@mdx-js/mdx";
import { fromMarkdown } from "mdast-util-from-markdown";
import { toString as hastToString } from "hast-util-to-string";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import MarkdownIt from "markdown-it";
import anchor from "markdown-it-anchor";
import rehypeRaw from "rehype-raw";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { createMarkdownRenderer } from "vitepress";
import type { Catalog } from "../generators/catalog/types.ts";
import { fixture, loadFile, ROOT } from "./helpers.ts";

/** github-slugger 1.5, the version Docusaurus 3 depends on (@docusaurus/utils), installed under an alias. */
const GithubSlugger = createRequire(import.meta.url)("github-slugger-1") as new () => { slug(text: string): string };

/** The catalogs of the matrix: the real one, the fixture, a third locale without fixed texts, hostile texts. */
export const DOCS_CATALOGS: Readonly<Record<string, Catalog>> = {
  coinone: loadFile(join(ROOT, "spec", "errors.yaml")),
  minimal: loadFile(fixture("minimal.yaml"), "test/fixtures/minimal.yaml"),
  "three-locales": loadFile(fixture("three-locales.yaml"), "test/fixtures/three-locales.yaml"),
  hostile: loadFile(fixture("hostile.yaml"), "test/fixtures/hostile.yaml"),
};

/** The in-file links the Markdown holds (`[x](#target)`), read by a CommonMark + GFM parser. */
export function linksInMarkdown(markdown: string): string[] {
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const links: string[] = [];
  visit(tree, "link", (node) => {
    if (node.url.startsWith("#")) links.push(node.url.slice(1));
  });
  return links;
}

/** What one tool made of a page: every element id, and the target of every in-page link of the document. */
export interface RenderedPage {
  readonly ids: ReadonlySet<string>;
  /** Ids given to more than one element: a link to one of them may land on the wrong element. */
  readonly duplicateIds: readonly string[];
  /** The text of each heading by its id. */
  readonly headings: ReadonlyMap<string, string>;
  readonly links: readonly string[];
}

const duplicatesOf = (values: readonly string[]) => values.filter((value, i) => values.indexOf(value) !== i);

const decodeEntities = (s: string) =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#([0-9]+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&ZeroWidthSpace;/g, "\u200b")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/**
 * Ids and in-page links of an HTML page. A heading's own permalink (VitePress's `header-anchor`) is the tool's
 * chrome, not a link of the document, and is left out.
 */
export function pageOf(html: string): RenderedPage {
  const allIds = [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decodeEntities(m[1]!));
  const links: string[] = [];
  for (const [, attributes = ""] of html.matchAll(/<a\s([^>]*)>/g)) {
    if (/\bclass="[^"]*\bheader-anchor\b/.test(attributes)) continue;
    const href = /\bhref="#([^"]*)"/.exec(attributes)?.[1];
    if (href !== undefined) links.push(decodeEntities(href));
  }
  const headings = new Map(
    [...html.matchAll(/<h[1-6][^>]*\sid="([^"]*)"[^>]*>([\s\S]*?)<\/h[1-6]>/g)].map((m) => [
      decodeEntities(m[1]!),
      decodeEntities(m[2]!.replace(/<[^>]*>/g, ""))
        .replace(/\u200b/g, "")
        .trim(),
    ]),
  );
  return { ids: new Set(allIds), duplicateIds: duplicatesOf(allIds), headings, links };
}

/** A browser finds a fragment as it is or percent-decoded (HTML, "find a potential indicated element"). */
export function resolves(ids: ReadonlySet<string>, fragment: string): boolean {
  if (ids.has(fragment)) return true;
  try {
    return ids.has(decodeURIComponent(fragment));
  } catch {
    return false;
  }
}

/** `links resolved N/N` for one page, and the links that do not resolve. */
export function linkReport(page: RenderedPage): { resolved: number; total: number; broken: string[] } {
  const broken = page.links.filter((link) => !resolves(page.ids, link));
  return { resolved: page.links.length - broken.length, total: page.links.length, broken };
}

/** The id a heading of the reference is named for: `Error <code>` is `error-<code>`; a section's heading is its id. */
function idNamedBy(text: string): string | undefined {
  const code = /^Error (\S+)$/.exec(text)?.[1];
  if (code !== undefined) return `error-${code.toLowerCase()}`;
  return /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(text) ? text : undefined;
}

/**
 * Where a link can land on the wrong element: a link to a heading that is not named for it, or a target heading the
 * tool gave another id than its name (a repeated name, suffixed `-1` or `_1`, leaves a link to the first one).
 */
export function misdirected(page: RenderedPage): string[] {
  const links = page.links.filter((link) => {
    const id = page.ids.has(link) ? link : decodeURIComponent(link);
    return idNamedBy(page.headings.get(id) ?? "") !== id;
  });
  const renamed = [...page.headings].filter(([id, text]) => ![undefined, id].includes(idNamedBy(text)));
  return [...links, ...renamed.map(([id, text]) => `${text} -> #${id}`)];
}

/** VitePress's own Markdown renderer with its default options, made once, on first use. */
let vitepress: ReturnType<typeof createMarkdownRenderer> | undefined;

/**
 * Docusaurus 3 gives each heading the github-slugger 1.x slug of its text (html and JSX children left out), unless
 * the heading ends with `{#id}`: @docusaurus/mdx-loader, src/remark/headings. Its `.md` files are MDX by default
 * (`markdown.format: "mdx"`), so the page is compiled by MDX 3 as Docusaurus does; a page MDX rejects fails here.
 */
function docusaurusHeadings() {
  return (tree: import("mdast").Root) => {
    const slugger = new GithubSlugger();
    visit(tree, "heading", (heading) => {
      const textNodes = heading.children.filter((child) => !["html", "mdxJsxTextElement"].includes(child.type));
      const text = mdastToString({ type: "paragraph", children: textNodes.length > 0 ? textNodes : heading.children });
      const custom = /\s*\{#([^{}]+)\}$/.exec(text)?.[1];
      const id = custom ?? slugger.slug(text);
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
    });
  };
}

async function renderDocusaurus(markdown: string): Promise<RenderedPage> {
  const ids: string[] = [];
  const links: string[] = [];
  const headings = new Map<string, string>();
  const collect = () => (tree: import("hast").Root) => {
    visit(tree, "element", (element) => {
      const { id, href } = element.properties;
      if (typeof id === "string") ids.push(id);
      if (typeof id === "string" && /^h[1-6]$/.test(element.tagName)) headings.set(id, hastToString(element).trim());
      if (element.tagName === "a" && typeof href === "string" && href.startsWith("#")) links.push(href.slice(1));
    });
  };
  await compileMdx(markdown, { remarkPlugins: [remarkGfm, docusaurusHeadings], rehypePlugins: [collect] });
  return { ids: new Set(ids), duplicateIds: duplicatesOf(ids), headings, links };
}

/** Each Node tool with its default settings, as a docs site or a Markdown pipeline runs it. */
export const NODE_DOCS_TOOLS: Readonly<Record<string, (markdown: string) => Promise<RenderedPage>>> = {
  // GitHub: CommonMark + GFM, raw HTML kept (sanitised), heading ids by github-slugger (what rehype-slug runs).
  "GitHub (github-slugger)": async (md) =>
    pageOf(
      String(
        await unified()
          .use(remarkParse)
          .use(remarkGfm)
          .use(remarkRehype, { allowDangerousHtml: true })
          .use(rehypeRaw)
          .use(rehypeSlug)
          .use(rehypeStringify)
          .process(md),
      ),
    ),
  "VitePress 1.6": async (md) =>
    pageOf(
      (await (vitepress ??= createMarkdownRenderer(join(ROOT, "dist", "docs"), {}, "/"))).render(md, {
        path: join(ROOT, "dist", "docs", "errors.md"),
        relativePath: "errors.md",
      }),
    ),
  "Docusaurus 3 (MDX, github-slugger 1.5)": renderDocusaurus,
  "rehype-slug (remark-rehype defaults)": async (md) =>
    pageOf(
      String(
        await unified()
          .use(remarkParse)
          .use(remarkGfm)
          .use(remarkRehype)
          .use(rehypeSlug)
          .use(rehypeStringify)
          .process(md),
      ),
    ),
  "markdown-it-anchor (markdown-it defaults)": async (md) => pageOf(new MarkdownIt().use(anchor).render(md)),
};
