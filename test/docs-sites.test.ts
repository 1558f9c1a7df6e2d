/**
 * The Markdown reference on docs sites with default settings: GitHub,
 * VitePress, Docusaurus, rehype-slug and markdown-it-anchor render every
 * locale of every catalog in test/docs-sites.ts, and each reports
 * `links resolved N/N`: every in-file link of the page points at an id the
 * rendered page has (mkdocs: test/docs-sites-mkdocs.test.ts).
 */
import { describe, expect, it } from "vitest";
import { renderMarkdownReference } from "../generators/targets/markdown.ts";
import { DOCS_CATALOGS, linkReport, linksInMarkdown, misdirected, NODE_DOCS_TOOLS } from "./docs-sites.ts";

const pages = Object.entries(DOCS_CATALOGS).flatMap(([name, catalog]) =>
  catalog.locales.map((locale) => ({
    name,
    file: `errors.${locale}.md`,
    markdown: renderMarkdownReference(catalog, locale),
  })),
);

describe.each(Object.keys(NODE_DOCS_TOOLS))("%s", (tool) => {
  it.each(pages)("$name $file: every in-file link resolves", async ({ name, file, markdown }) => {
    const page = await NODE_DOCS_TOOLS[tool]!(markdown);
    const report = linkReport(page);
    console.log(`${tool}, ${name} ${file}: links resolved ${report.resolved}/${report.total}`);
    // Every link of the Markdown is on the page (none dropped, so none escapes the check), and each resolves.
    expect(report.total).toBe(linksInMarkdown(markdown).length);
    expect(report.total).toBeGreaterThan(0);
    expect(report.broken).toEqual([]);
    expect(page.duplicateIds).toEqual([]);
    expect(misdirected(page)).toEqual([]);
  });
});
