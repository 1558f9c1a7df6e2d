/**
 * Emits `docs/errors.<locale>.md`, the reference per locale, rendered by
 * Handlebars from templates/reference.md.hbs: intro, contents, one table per
 * category (`Code | Name | Message | Description`) followed by a heading
 * `Error <code>` per code (its id, `error-<code>`, is the code's anchor in
 * every renderer: no raw HTML is needed), deprecation notes, and the retired
 * codes. Heading ids are GitHub's slugs (generators/text/slug.ts). TypeScript builds
 * the view model; the template only loops and branches; catalog text is
 * escaped by the helpers in generators/markdown-helpers.ts.
 */
import { readFileSync } from "node:fs";
import Handlebars from "handlebars";
import texts from "../../templates/markdown/texts.json" with { type: "json" };
import { generatedNotice } from "../text/header.ts";
import { Slugger } from "../text/slug.ts";
import { cell, code, codeBlock, markdownHelpers } from "../text/markdown-helpers.ts";
import type { Catalog, CatalogError, OutputFile } from "../catalog/types.ts";

type Texts = (typeof texts)["en"];

/** The template is part of the program, read once like a module. */
let compiled: Handlebars.TemplateDelegate | undefined;
function template(): Handlebars.TemplateDelegate {
  if (compiled === undefined) {
    const env = Handlebars.create();
    for (const [name, helper] of Object.entries(markdownHelpers)) env.registerHelper(name, helper);
    const source = readFileSync(new URL("../../templates/markdown/reference.md.hbs", import.meta.url), "utf8");
    compiled = env.compile(source, {
      strict: true,
      noEscape: true,
      knownHelpersOnly: true,
      knownHelpers: Object.fromEntries(Object.keys(markdownHelpers).map((name) => [name, true])),
    });
  }
  return compiled;
}

function textsFor(locale: string): Texts {
  const own = (texts as unknown as Record<string, Texts | undefined>)[locale];
  return own ?? texts.en;
}

/** Fills `{name}` slots of a fixed text with Markdown built by the caller. */
function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{([a-z_]+)\}/g, (slot, name: string) => values[name] ?? slot);
}

/** The text of a code's heading: its slug, `error-<code>`, is the code's anchor. */
const headingOf = (error: CatalogError) => `Error ${error.code}`;
/** The anchor of a code, without a slugger: codes are unique and `Error <code>` never repeats. */
const codeAnchor = (codeText: string) => `error-${codeText.toLowerCase()}`;

function deprecationNote(error: CatalogError, t: Texts, end: string): string {
  if (!error.deprecated) return "";
  const { since, reason, replacedBy } = error.deprecated;
  const parts = [fill(t.since, { version: cell(since) })];
  if (replacedBy !== undefined) parts.push(fill(t.useInstead, { code: `[${code(replacedBy)}](#${codeAnchor(replacedBy)})` }));
  return `**${t.deprecated}** (${parts.join(", ")}): ${cell(reason)}${end}`;
}

/** The generated notice as a link reference definition: invisible in every renderer, raw HTML or not. */
function noticeDefinition(catalog: Catalog): string {
  const text = generatedNotice(catalog).join(" ").replace(/\s+/g, " ");
  return `[//]: # "${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

export function renderMarkdownReference(catalog: Catalog, locale: string): string {
  const t = textsFor(locale);
  const { wire } = catalog;
  const active = catalog.errors.filter((e) => !e.removed);
  const retired = catalog.errors.filter((e) => e.removed);
  const example = active[0] ?? catalog.errors[0];
  const exampleBody = JSON.stringify({ [wire.resultField]: wire.errorResult, [wire.codeField]: example?.code ?? "", [wire.messageField]: example?.message ?? "" });
  const fields = { code_field: code(wire.codeField), message_field: code(wire.messageField), result_field: code(wire.resultField) };
  const others = catalog.locales.filter((l) => l !== locale).map((l) => `[${l}](errors.${l}.md)`);
  // Slugs in document order: the title, the contents, then each category and its codes.
  const slugger = new Slugger();
  slugger.slug(catalog.title);
  slugger.slug(t.contents);
  const view = {
    notice: noticeDefinition(catalog),
    title: catalog.title,
    texts: t,
    intro: t.intro,
    exampleBlock: codeBlock("json", exampleBody),
    bullets: [fill(t.codeIsString, fields), fill(t.statusUnreliable, fields), fill(t.keyOnCode, fields)],
    summary: [fill(t.summary, { version: cell(catalog.version), count: String(active.length) }), ...(others.length > 0 ? [t.otherLocales, others.join(", ")] : [])].join(" "),
    categories: catalog.categories
      .map((category) => {
        const rows = active.filter((e) => e.category === category.id);
        const title = category.title[locale] ?? "";
        return {
          title,
          anchor: rows.length > 0 ? slugger.slug(title) : "",
          count: rows.length,
          rows: rows.map((e) => ({
            heading: headingOf(e),
            anchor: slugger.slug(headingOf(e)),
            code: e.code,
            name: e.name,
            message: e.message,
            // No `<br>` after the note: raw HTML shows as text where it is off.
            note: deprecationNote(e, t, " "),
            description: e.description[locale] ?? "",
          })),
        };
      })
      .filter((category) => category.count > 0),
    retired:
      retired.length === 0
        ? false
        : {
            title: t.retiredTitle,
            intro: t.retiredIntro,
            anchor: slugger.slug(t.retiredTitle),
            count: retired.length,
            rows: retired.map((e) => ({ heading: headingOf(e), anchor: slugger.slug(headingOf(e)), code: e.code, name: e.name, message: e.message, since: e.removed?.since ?? "", reason: e.removed?.reason ?? "" })),
          },
  };
  return `${template()(view).replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}

export function generateMarkdownReferences(catalog: Catalog): OutputFile[] {
  return catalog.locales.map((locale) => ({ path: `docs/errors.${locale}.md`, content: renderMarkdownReference(catalog, locale) }));
}
