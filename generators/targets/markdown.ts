/**
 * Emits `docs/errors.<locale>.md`, the reference per locale: a template
 * target (template.ts) rendering templates/markdown/reference.md.hbs with the
 * `markdown-reference` view built here: the title in the locale, intro,
 * contents, one section per category (its title, then a table
 * `Code | Name | Message | Description | Class | Retryable`) followed by a
 * heading `Error <code>` per code with the documents its texts come from,
 * deprecation notes, and the retired codes. A documented retry wait shows in
 * the Retryable column. Fixed texts come from templates/markdown/texts.json.
 * TypeScript builds the view model; the template only loops and branches;
 * catalog text is escaped by the helpers in generators/text/markdown-helpers.ts.
 */
import { readFileSync } from "node:fs";
import texts from "../../templates/markdown/texts.json" with { type: "json" };
import { generatedNotice } from "../text/header.ts";
import { cell, code, codeBlock, inline } from "../text/markdown-helpers.ts";
import { MARKDOWN_REFERENCE_HELPERS } from "../text/template-helpers.ts";
import { fill, retryPhrase } from "./fixed-texts.ts";
import { compileTemplate, renderTemplateTarget } from "./template.ts";
import type { TemplateTarget, ViewBuilder } from "./template.ts";
import { OURS } from "../catalog/types.ts";
import type { Catalog, CatalogError } from "../catalog/types.ts";
import type { OutputFile } from "../output/files.ts";

type Texts = (typeof texts)["en"];

/** The template entry of the Markdown reference, as spec/targets.yaml writes it. */
export const MARKDOWN_TEMPLATE = {
  template: "templates/markdown/reference.md.hbs",
  path: "docs/errors.{locale}.md",
  each: "locale",
  view: "markdown-reference",
} as const;

/** The template is part of the program, read once like a module. */
let source: string | undefined;
function markdownTarget(): TemplateTarget {
  source ??= readFileSync(new URL("../../templates/markdown/reference.md.hbs", import.meta.url), "utf8");
  return { ...MARKDOWN_TEMPLATE, source };
}

/** A locale's fixed texts; any text it lacks (or a locale with none) is English. */
function textsFor(locale: string): Texts {
  const own = (texts as unknown as Record<string, Partial<Texts> | undefined>)[locale];
  return { ...texts.en, ...own };
}

/**
 * Every link target is a heading whose text every renderer slugs to the same
 * ASCII id (test/docs-sites.test.ts renders them): `Error <code>` is
 * `error-<code>`, and a category's heading is its id (`api-access`), which
 * the schema keeps to lower-case letters, digits and single hyphens. A
 * heading in Korean would not do: mkdocs drops non-ASCII letters (`_1`),
 * VitePress decomposes Hangul, markdown-it-anchor keeps parentheses.
 */
const headingOf = (error: CatalogError) => `Error ${error.code}`;
/** The anchor of a code: codes are unique and `Error <code>` never repeats. */
const codeAnchor = (codeText: string) => `error-${codeText.toLowerCase()}`;

/**
 * The ids a heading's text may get on some docs site: GitHub's slug, and the
 * ASCII fold of mkdocs and VitePress (accents dropped, punctuation runs as one
 * hyphen). A section anchor must differ from those of the headings above it.
 */
function slugsOf(text: string): string[] {
  const lower = text.toLowerCase();
  const github = lower.replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, "").replace(/ /g, "-");
  const folded = lower
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return [github, folded];
}

/**
 * The anchor of each section, by one rule: a category's id, and `retired`
 * for the retired codes, or that name with the first free `-<n>` when it is
 * taken by a code's anchor, a slug of the title or contents heading, or an
 * earlier section (test/docs-sites.test.ts renders such a catalog).
 */
function sectionAnchors(
  catalog: Catalog,
  title: string,
  t: Texts,
): { categories: Map<string, string>; retired: string } {
  const taken = new Set([...catalog.errors.map((e) => codeAnchor(e.code)), ...slugsOf(title), ...slugsOf(t.contents)]);
  const claim = (name: string) => {
    let anchor = name;
    for (let n = 1; taken.has(anchor); n += 1) anchor = `${name}-${n}`;
    taken.add(anchor);
    return anchor;
  };
  const categories = new Map(catalog.categories.map((c) => [c.id, claim(c.id)]));
  return { categories, retired: claim("retired") };
}

function deprecationNote(error: CatalogError, t: Texts, end: string): string {
  if (!error.deprecated) return "";
  const { since, reason, replacedBy } = error.deprecated;
  const parts = [fill(t.since, { version: cell(since) })];
  if (replacedBy !== undefined)
    parts.push(fill(t.useInstead, { code: `[${code(replacedBy)}](#${codeAnchor(replacedBy)})` }));
  return `**${t.deprecated}** (${parts.join(", ")}): ${cell(reason)}${end}`;
}

/**
 * Where the texts of an error come from, as one sentence: the texts copied
 * from one document grouped, each document linked to where it is published,
 * the texts written for the catalog, and the document that states the wait.
 */
function sourcesLine(catalog: Catalog, error: CatalogError, locale: string, t: Texts): string {
  const documents = new Map(catalog.documents.map((d) => [d.id, d]));
  const documentLink = (id: string) => {
    const document = documents.get(id);
    const title = inline(document?.title[locale] ?? id);
    return document?.url === undefined ? title : `[${title}](<${document.url.replace(/[<>\s]/g, encodeURIComponent)}>)`;
  };
  const groups = new Map<string, string[]>();
  const waitFrom = error.source.retryAfterSeconds;
  for (const [key, id] of Object.entries(error.source)) {
    if (key === "retryAfterSeconds") continue;
    const label = key === "message" ? t.sourceMessage : fill(t.sourceDescription, { locale: inline(key) });
    groups.set(id, [...(groups.get(id) ?? []), label]);
  }
  const parts = [...groups].map(([id, labels]) => {
    const text = labels.join(t.and);
    return id === OURS ? fill(t.ours, { text }) : fill(t.verbatimFrom, { text, document: documentLink(id) });
  });
  if (waitFrom !== undefined) {
    const text = t.sourceWait;
    if (waitFrom === OURS) parts.push(fill(t.ours, { text }));
    else parts.push(fill(t.statedIn, { text, document: documentLink(waitFrom) }));
  }
  return fill(t.sources, { list: parts.join("; ") });
}

/** The generated notice as a link reference definition: invisible in every renderer, raw HTML or not. */
function noticeDefinition(catalog: Catalog): string {
  const text = generatedNotice(catalog).join(" ").replace(/\s+/g, " ");
  return `[//]: # "${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** The view model of the reference in one locale: all text already escaped or built as Markdown. */
export function buildMarkdownView(catalog: Catalog, locale: string) {
  const t = textsFor(locale);
  const { wire } = catalog;
  const active = catalog.errors.filter((e) => !e.removed);
  const retired = catalog.errors.filter((e) => e.removed);
  const example = active[0] ?? catalog.errors[0];
  const exampleBody = JSON.stringify({
    [wire.resultField]: wire.errorResult,
    [wire.codeField]: example?.code ?? "",
    [wire.messageField]: example?.message ?? "",
  });
  const fields = {
    code_field: code(wire.codeField),
    message_field: code(wire.messageField),
    result_field: code(wire.resultField),
  };
  // Grouped once: a filter per category would be quadratic in categories times errors.
  const byCategory = new Map<string, CatalogError[]>();
  for (const error of active) {
    const rows = byCategory.get(error.category);
    if (rows === undefined) byCategory.set(error.category, [error]);
    else rows.push(error);
  }
  const others = catalog.locales.filter((l) => l !== locale).map((l) => `[${l}](errors.${l}.md)`);
  const pageTitle = catalog.titles[locale] ?? catalog.title;
  const anchors = sectionAnchors(catalog, pageTitle, t);
  const view = {
    notice: noticeDefinition(catalog),
    title: pageTitle,
    texts: t,
    intro: t.intro,
    exampleBlock: codeBlock("json", exampleBody),
    bullets: [fill(t.codeIsString, fields), fill(t.statusUnreliable, fields), fill(t.keyOnCode, fields)],
    summary: [
      fill(t.summary, { version: cell(catalog.version), count: String(active.length) }),
      ...(others.length > 0 ? [t.otherLocales, others.join(", ")] : []),
    ].join(" "),
    categories: catalog.categories
      .map((category) => {
        const rows = byCategory.get(category.id) ?? [];
        const title = category.title[locale] ?? "";
        return {
          title,
          anchor: anchors.categories.get(category.id) ?? category.id,
          intro: fill(t.category, { title: inline(title), count: String(rows.length) }),
          count: rows.length,
          rows: rows.map((e) => ({
            heading: headingOf(e),
            anchor: codeAnchor(e.code),
            code: e.code,
            name: e.name,
            message: e.message,
            // No `<br>` after the note: raw HTML shows as text where it is off.
            note: deprecationNote(e, t, " "),
            description: e.description[locale] ?? "",
            errorClass: e.errorClass,
            retryable: retryPhrase(e, t.retryable[0] ?? "", t.retryable[1] ?? "", t.retryAfter),
            sources: sourcesLine(catalog, e, locale, t),
          })),
        };
      })
      .filter((category) => category.count > 0),
    retired:
      retired.length === 0
        ? false
        : {
            title: t.retiredTitle,
            intro: fill(t.retiredIntro, { title: inline(t.retiredTitle), count: String(retired.length) }),
            anchor: anchors.retired,
            count: retired.length,
            rows: retired.map((e) => ({
              heading: headingOf(e),
              anchor: codeAnchor(e.code),
              code: e.code,
              name: e.name,
              message: e.message,
              since: e.removed?.since ?? "",
              reason: e.removed?.reason ?? "",
            })),
          },
    // Last, so its slug follows every other heading's.
    translations: translationStatusView(catalog, t),
  };
  return view;
}

/**
 * The translation status section (issue 28): per locale, the descriptions
 * translated, missing (shown in the fallback locale) and stale; only for a
 * catalog that tracks translations (`originLocale`).
 */
function translationStatusView(catalog: Catalog, t: Texts) {
  const origin = catalog.originLocale;
  if (origin === undefined || catalog.translationStatus === undefined) return false;
  return {
    title: t.translationsTitle,
    intro: fill(t.translationsIntro, { origin: code(origin), fallback: code(catalog.sourceLocale) }),
    rows: catalog.translationStatus.map((s) =>
      fill(s.locale === origin ? t.translationsOrigin : t.translationsRow, {
        locale: code(s.locale),
        translated: `${s.translated}/${s.total}`,
        missing: String(s.missing.length),
        stale: String(s.stale.length),
      }),
    ),
  };
}

/** Blank-line runs left by `#each`/`#if` collapse to one; one final newline. */
export function finishMarkdown(text: string): string {
  return `${text.replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}

/** The `markdown-reference` view of template entries (views.ts). */
export const MARKDOWN_VIEW: ViewBuilder = {
  needs: "locale",
  helpers: MARKDOWN_REFERENCE_HELPERS,
  build: (catalog, scope) => buildMarkdownView(catalog, scope.locale ?? catalog.sourceLocale),
  finish: finishMarkdown,
};

export function renderMarkdownReference(catalog: Catalog, locale: string): string {
  const target = markdownTarget();
  return finishMarkdown(
    compileTemplate(target.source, target.template, MARKDOWN_REFERENCE_HELPERS)(buildMarkdownView(catalog, locale)),
  );
}

export function generateMarkdownReferences(catalog: Catalog): OutputFile[] {
  return renderTemplateTarget(catalog, markdownTarget(), MARKDOWN_VIEW);
}
