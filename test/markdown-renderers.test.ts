/**
 * The Markdown reference as real renderers show it: markdown-it with its
 * defaults (raw HTML off: no markup may show as text), markdown-it with
 * markdown-it-anchor (GitHub's slugs), remark-gfm -> remark-rehype ->
 * rehype-slug with defaults (GitHub's slugs), and remark -> rehype with raw
 * HTML allowed (rehype-raw). In every renderer that makes heading ids, each
 * code has the id `error-<code>`, each category its id, and every
 * in-document link (contents, code cells, replacements) points at an id that
 * exists. The docs-site matrix (VitePress, Docusaurus, mkdocs) is
 * test/docs-sites.test.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { slug } from "github-slugger";
import MarkdownIt from "markdown-it";
import anchor from "markdown-it-anchor";
import rehypeRaw from "rehype-raw";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { renderMarkdownReference } from "../generators/targets/markdown.ts";
import { fixture, loadFile, ROOT } from "./helpers.ts";

const catalogs = {
  coinone: loadFile(join(ROOT, "spec", "errors.yaml")),
  minimal: loadFile(fixture("minimal.yaml"), "test/fixtures/minimal.yaml"),
};

const RENDERERS: Record<string, (markdown: string) => string> = {
  "markdown-it + markdown-it-anchor": (md) =>
    new MarkdownIt().use(anchor, { slugify: (s: string) => slug(s) }).render(md),
  "remark-gfm -> remark-rehype -> rehype-slug": (md) =>
    String(
      unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSlug).use(rehypeStringify).processSync(md),
    ),
  "remark -> rehype with raw HTML (rehype-raw)": (md) =>
    String(
      unified()
        .use(remarkParse)
        .use(remarkGfm)
        .use(remarkRehype, { allowDangerousHtml: true })
        .use(rehypeRaw)
        .use(rehypeSlug)
        .use(rehypeStringify)
        .processSync(md),
    ),
};

const decodeEntities = (s: string) =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"');

function idsAndLinks(html: string): { ids: Set<string>; links: string[] } {
  const ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decodeEntities(m[1]!)));
  const links = [...html.matchAll(/\shref="#([^"]*)"/g)].map((m) => decodeEntities(m[1]!));
  return { ids, links };
}

/** A browser finds a fragment as it is or percent-decoded (HTML, "find a potential indicated element"). */
const resolves = (ids: Set<string>, fragment: string) => ids.has(fragment) || ids.has(decodeURIComponent(fragment));

describe.each(Object.entries(catalogs))("%s catalog", (_name, catalog) => {
  describe.each(catalog.locales)("errors.%s.md", (locale) => {
    const markdown = renderMarkdownReference(catalog, locale);

    it("matches dist/ for the real catalog", () => {
      if (_name === "coinone")
        expect(markdown).toBe(readFileSync(join(ROOT, "dist", "docs", `errors.${locale}.md`), "utf8"));
    });

    it("shows no markup as text in markdown-it with its defaults (raw HTML off)", () => {
      const html = new MarkdownIt().render(markdown);
      expect(html).not.toMatch(/&lt;\/?[a-z!]/i);
      expect(html).not.toContain("[//]");
      expect(html).not.toContain("Generated from");
    });

    it.each(Object.keys(RENDERERS))(
      "%s: an error-<code> id per code, and every in-document link resolves",
      (renderer) => {
        const { ids, links } = idsAndLinks(RENDERERS[renderer]!(markdown));
        for (const error of catalog.errors)
          expect(ids.has(`error-${error.code.toLowerCase()}`), `code ${error.code}`).toBe(true);
        expect(links.length).toBeGreaterThan(catalog.errors.length);
        expect(links.filter((link) => !resolves(ids, link))).toEqual([]);
      },
    );

    it("markdown-it-anchor with its default slugify: every code's id and every link resolve", () => {
      const { ids, links } = idsAndLinks(new MarkdownIt().use(anchor).render(markdown));
      for (const error of catalog.errors)
        expect(ids.has(`error-${error.code.toLowerCase()}`), `code ${error.code}`).toBe(true);
      for (const category of catalog.categories)
        if (catalog.errors.some((e) => e.category === category.id && !e.removed))
          expect(ids.has(category.id), `category ${category.id}`).toBe(true);
      expect(links.length).toBeGreaterThan(catalog.errors.length);
      expect(links.filter((link) => !resolves(ids, link))).toEqual([]);
    });
  });
});
