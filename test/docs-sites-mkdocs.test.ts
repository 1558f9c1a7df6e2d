/**
 * The Markdown reference in mkdocs 1.4 with its default Markdown settings
 * (Python-Markdown with `toc`, `tables` and `fenced_code`; toc's ASCII
 * slugify): a real `mkdocs build` of every locale of every catalog in
 * test/docs-sites.ts, each page reporting `links resolved N/N`. The theme is
 * reduced to the page's content so that only the document's links are read.
 */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateMarkdownReferences } from "../generators/targets/markdown.ts";
import { DOCS_CATALOGS, linkReport, linksInMarkdown, misdirected, pageOf } from "./docs-sites.ts";
import { run } from "./toolchain.ts";

const work = mkdtempSync(join(tmpdir(), "docs-sites-mkdocs-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.each(Object.entries(DOCS_CATALOGS))("mkdocs 1.4, %s catalog", (name, catalog) => {
  const site = join(work, name);
  const files = generateMarkdownReferences(catalog);
  mkdirSync(join(site, "theme"), { recursive: true });
  mkdirSync(join(site, "docs"), { recursive: true });
  writeFileSync(join(site, "theme", "main.html"), "{{ page.content }}\n");
  writeFileSync(join(site, "mkdocs.yml"), `site_name: ${name}\ntheme:\n  name: null\n  custom_dir: theme\n`);
  for (const file of files) writeFileSync(join(site, file.path), file.content);

  it.each(files.map((file) => ({ file: file.path.slice("docs/".length), markdown: file.content })))(
    "$file: every in-file link resolves",
    ({ file, markdown }) => {
      // One build per catalog, started by the first page.
      if (!readDir(site)) run("mkdocs", ["build", "--quiet", "--strict"], { cwd: site });
      const html = readFileSync(join(site, "site", file.replace(/\.md$/, ""), "index.html"), "utf8");
      const page = pageOf(html);
      const report = linkReport(page);
      console.log(`mkdocs 1.4, ${name} ${file}: links resolved ${report.resolved}/${report.total}`);
      expect(report.total).toBe(linksInMarkdown(markdown).length);
      expect(report.total).toBeGreaterThan(0);
      expect(report.broken).toEqual([]);
      expect(page.duplicateIds).toEqual([]);
      expect(misdirected(page)).toEqual([]);
    },
  );
});

function readDir(site: string): boolean {
  try {
    readFileSync(join(site, "site", "sitemap.xml"));
    return true;
  } catch {
    return false;
  }
}
