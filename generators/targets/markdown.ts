/**
 * Emits `docs/errors.<locale>.md`, the reference per locale, rendered by
 * Handlebars from templates/reference.md.hbs: intro, contents, one table per
 * category (`Code | Name | Message | Description`), an `error-<code>` anchor
 * for every code, deprecation notes, and the retired codes. TypeScript builds
 * the view model; the template only loops and branches; catalog text is
 * escaped by the helpers in generators/markdown-helpers.ts.
 */
import { readFileSync } from "node:fs";
import Handlebars from "handlebars";
import texts from "../../templates/markdown/texts.json" with { type: "json" };
import { generatedNotice } from "../text/header.ts";
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

const anchorOf = (error: CatalogError) => `error-${error.code}`;

function deprecationNote(error: CatalogError, t: Texts): string {
  if (!error.deprecated) return "";
  const { since, reason, replacedBy } = error.deprecated;
  const parts = [fill(t.since, { version: cell(since) })];
  if (replacedBy !== undefined) parts.push(fill(t.useInstead, { code: `[${code(replacedBy)}](#error-${replacedBy})` }));
  return `**${t.deprecated}** (${parts.join(", ")}): ${cell(reason)}<br>`;
}

export function renderMarkdownReference(catalog: Catalog, locale: string): string {
  const t = textsFor(locale);
  const { wire } = catalog;
  const active = catalog.errors.filter((e) => !e.removed);
  const retired = catalog.errors.filter((e) => e.removed);
  const example = active[0] ?? catalog.errors[0];
  const exampleBody = JSON.stringify({ [wire.resultField]: wire.errorResult, [wire.codeField]: example?.code ?? "", [wire.messageField]: example?.message ?? "" });
  const fields = { code_field: code(wire.codeField), message_field: code(wire.messageField), result_field: code(wire.resultField) };
  // Grouped once: a filter per category would be quadratic in categories times errors.
  const byCategory = new Map<string, CatalogError[]>();
  for (const error of active) {
    const rows = byCategory.get(error.category);
    if (rows === undefined) byCategory.set(error.category, [error]);
    else rows.push(error);
  }
  const others = catalog.locales.filter((l) => l !== locale).map((l) => `[${l}](errors.${l}.md)`);
  const view = {
    notice: generatedNotice(catalog).join(" "),
    title: catalog.title,
    texts: t,
    intro: t.intro,
    exampleBlock: codeBlock("json", exampleBody),
    bullets: [fill(t.codeIsString, fields), fill(t.statusUnreliable, fields), fill(t.keyOnCode, fields)],
    summary: [fill(t.summary, { version: cell(catalog.version), count: String(active.length) }), ...(others.length > 0 ? [t.otherLocales, others.join(", ")] : [])].join(" "),
    categories: catalog.categories
      .map((category) => {
        const rows = byCategory.get(category.id) ?? [];
        return {
          title: category.title[locale] ?? "",
          anchor: `category-${category.id}`,
          count: rows.length,
          rows: rows.map((e) => ({
            anchor: anchorOf(e),
            code: e.code,
            name: e.name,
            message: e.message,
            note: deprecationNote(e, t),
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
            anchor: "retired-codes",
            count: retired.length,
            rows: retired.map((e) => ({ anchor: anchorOf(e), code: e.code, name: e.name, message: e.message, since: e.removed?.since ?? "", reason: e.removed?.reason ?? "" })),
          },
  };
  return `${template()(view).replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}

export function generateMarkdownReferences(catalog: Catalog): OutputFile[] {
  return catalog.locales.map((locale) => ({ path: `docs/errors.${locale}.md`, content: renderMarkdownReference(catalog, locale) }));
}
