/**
 * Emits `docs/errors.<locale>.md`, the reference per locale: a template
 * target (template.ts) rendering templates/markdown/reference.md.hbs with the
 * `markdown-reference` view built here: intro, contents, one table per
 * category (`Code | Name | Message | Description | Class | Retryable`), an `error-<code>` anchor
 * for every code, deprecation notes, and the retired codes. TypeScript builds
 * the view model; the template only loops and branches; catalog text is
 * escaped by the helpers in generators/text/markdown-helpers.ts.
 */
import { readFileSync } from "node:fs";
import texts from "../../templates/markdown/texts.json" with { type: "json" };
import { generatedNotice } from "../text/header.ts";
import { cell, code, codeBlock } from "../text/markdown-helpers.ts";
import { MARKDOWN_REFERENCE_HELPERS } from "../text/template-helpers.ts";
import { compileTemplate, renderTemplateTarget } from "./template.ts";
import type { TemplateTarget } from "./template.ts";
import type { Catalog, CatalogError, OutputFile } from "../catalog/types.ts";

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

/** The view model of the reference in one locale: all text already escaped or built as Markdown. */
export function buildMarkdownView(catalog: Catalog, locale: string) {
  const t = textsFor(locale);
  const { wire } = catalog;
  const active = catalog.errors.filter((e) => !e.removed);
  const retired = catalog.errors.filter((e) => e.removed);
  const example = active[0] ?? catalog.errors[0];
  const exampleBody = JSON.stringify({ [wire.resultField]: wire.errorResult, [wire.codeField]: example?.code ?? "", [wire.messageField]: example?.message ?? "" });
  const fields = { code_field: code(wire.codeField), message_field: code(wire.messageField), result_field: code(wire.resultField) };
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
        const rows = active.filter((e) => e.category === category.id);
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
            errorClass: e.errorClass,
            retryable: e.retryable ? t.retryable[0] : t.retryable[1],
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
  return view;
}

/** Blank-line runs left by `#each`/`#if` collapse to one; one final newline. */
export function finishMarkdown(text: string): string {
  return `${text.replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}

export function renderMarkdownReference(catalog: Catalog, locale: string): string {
  const target = markdownTarget();
  return finishMarkdown(compileTemplate(target.source, target.template, MARKDOWN_REFERENCE_HELPERS)(buildMarkdownView(catalog, locale)));
}

export function generateMarkdownReferences(catalog: Catalog): OutputFile[] {
  return renderTemplateTarget(catalog, markdownTarget());
}
