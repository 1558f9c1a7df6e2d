/**
 * Template targets: a Handlebars template, an output path and optionally
 * `each: locale` or `each: category` (one file per locale or category, with
 * `{locale}` or `{category}` in the path). Templates are compiled with
 * `strict`, `noEscape` and `knownHelpersOnly` and get exactly the helpers of
 * generators/text/template-helpers.ts; every failure (syntax, unknown
 * helper, missing field, bad helper argument) is a TemplateError at the
 * template's `line:col`. Pure: the caller reads the template file.
 */
import Handlebars from "handlebars";
import { handlebarsHelpers, TemplateValueError, TEXT_HELPERS } from "../text/template-helpers.ts";
import type { TextHelper } from "../text/template-helpers.ts";
import { ownFieldsOnly } from "./template-guard.ts";
import TEMPLATE_OPTIONS from "./template-options.json" with { type: "json" };
import type { Catalog } from "../catalog/types.ts";
import type { OutputFile } from "../output/files.ts";

export type Each = "locale" | "category";

export interface TemplateTarget {
  /** Path of the template as diagnostics show it. */
  readonly template: string;
  /** The template text. */
  readonly source: string;
  /** Output path relative to --out; may hold `{locale}` or `{category}` (the category id). */
  readonly path: string;
  readonly each?: Each;
}

export interface ViewScope {
  readonly locale?: string;
  /** A category id. */
  readonly category?: string;
}

/** What a template renders: the view builders are listed in views.ts. */
export interface ViewBuilder {
  /** `each` values this view needs, if any. */
  readonly needs?: "locale";
  build(catalog: Catalog, scope: ViewScope): unknown;
  /** The helpers its templates get; the documented set (template-helpers.ts) when absent. */
  readonly helpers?: Readonly<Record<string, TextHelper>>;
  /** Applied to the rendered text. */
  readonly finish?: (text: string) => string;
}

/** A template that failed to compile or render, at a place in the template (1-based). */
export class TemplateError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly col: number,
    message: string,
    /** `unknown-helper`, `unknown-field`, `helper-argument`, `template-syntax` or `template-error`. */
    readonly rule = "template-error",
  ) {
    super(message);
  }
}

export const TEMPLATE_HELPER_NAMES: readonly string[] = Object.keys(TEXT_HELPERS);

interface Compiler {
  readonly env: typeof Handlebars;
  readonly options: NonNullable<Parameters<typeof Handlebars.compile>[1]>;
}

/** One Handlebars environment per helper table, created on first use. */
const compilers = new Map<Readonly<Record<string, TextHelper>>, Compiler>();
function compilerFor(table: Readonly<Record<string, TextHelper>>): Compiler {
  let compiler = compilers.get(table);
  if (compiler === undefined) {
    const helpers = handlebarsHelpers(table);
    const env = Handlebars.create();
    env.registerHelper(helpers);
    const knownHelpers = Object.fromEntries(Object.keys(helpers).map((name) => [name, true]));
    compiler = { env, options: { ...TEMPLATE_OPTIONS, knownHelpers } };
    compilers.set(table, compiler);
  }
  return compiler;
}

/**
 * Compiles now (Handlebars itself compiles lazily, on first render), so
 * syntax and helper errors surface before anything renders. Errors are
 * TemplateErrors at `file:line:col` of the source.
 */
export function compileTemplate(
  source: string,
  file: string,
  helpers: Readonly<Record<string, TextHelper>> = TEXT_HELPERS,
): (context: unknown) => string {
  let spec: string;
  try {
    // Handlebars' compile() defers the work to the first call; precompile() does it now.
    spec = precompileTemplate(source, helpers);
  } catch (error) {
    throw located(error, source, file);
  }
  return templateFromSpec(spec, file, helpers, source);
}

/** Handlebars' precompiled code (a JavaScript object literal) for `source`, as templates here are compiled. */
export function precompileTemplate(source: string, helpers: Readonly<Record<string, TextHelper>>): string {
  const { env, options } = compilerFor(helpers);
  return String(env.precompile(source, options));
}

/**
 * A template from its precompiled code (compileTemplate, or the build's
 * precompiled first-party templates: first-party-templates.ts); errors are
 * TemplateErrors at `file:line:col`.
 */
export function templateFromSpec(
  code: string,
  file: string,
  helpers: Readonly<Record<string, TextHelper>>,
  source = "",
): (context: unknown) => string {
  const { env } = compilerFor(helpers);
  let compiled: HandlebarsTemplateDelegate;
  try {
    const spec = new Function(`return ${code};`)() as TemplateSpecification;
    compiled = env.template(ownFieldsOnly(spec));
  } catch (error) {
    throw located(error, source, file);
  }
  return (context) => {
    try {
      return compiled(context);
    } catch (error) {
      throw located(error, source, file);
    }
  };
}

function located(error: unknown, source: string, file: string): TemplateError {
  if (error instanceof TemplateError) return error;
  if (error instanceof TemplateValueError)
    return new TemplateError(file, error.line, error.col, error.message, "helper-argument");
  const message = error instanceof Error ? error.message : String(error);
  const exception = error as { lineNumber?: number; column?: number };
  if (typeof exception.lineNumber === "number") {
    const at = [file, exception.lineNumber, (exception.column ?? 0) + 1] as const;
    const helper = /unknown helper (\S+)/.exec(message);
    if (helper) return new TemplateError(...at, `unknown helper "${helper[1]}"`, "unknown-helper");
    const field = /^"([^"]*)" not defined in/.exec(message);
    if (field) return new TemplateError(...at, `field "${field[1]}" is not defined here`, "unknown-field");
    return new TemplateError(...at, message.replace(/ - \d+:\d+$/, ""));
  }
  // Parse errors carry their place only in the message: "Parse error on line 3:\n...text\n-----^\nExpecting ...".
  const parse = /^(Parse|Lexical) error on line (\d+)[:.]/.exec(message);
  if (parse) {
    const line = Number(parse[2]);
    const lines = message.split("\n");
    const caret = lines.findIndex((l) => /^-*\^$/.test(l));
    const col =
      caret > 0 ? columnOf(source, line, (lines[caret - 1] ?? "").slice(0, (lines[caret] ?? "").length - 1)) : 1;
    const got = /got '([^']+)'/.exec(message)?.[1];
    return new TemplateError(
      file,
      line,
      col,
      `syntax error${got ? ` (Handlebars found ${got})` : ""}`,
      "template-syntax",
    );
  }
  return new TemplateError(file, 1, 1, message);
}

/** The 1-based column on `line` where the text before the error (as the parser's excerpt shows it, maybe cut with
 * `...`) ends. */
function columnOf(source: string, line: number, past: string): number {
  const text = source.split("\n")[line - 1] ?? "";
  const before = past.replace(/^\.\.\./, "");
  for (let k = text.length; k > 0; k--) {
    const prefix = text.slice(0, k);
    if (before.endsWith(prefix) || prefix.endsWith(before)) return k + 1;
  }
  return 1;
}

/** Renders a template target: one file, or one per locale or category. Throws TemplateError. */
export function renderTemplateTarget(catalog: Catalog, target: TemplateTarget, builder: ViewBuilder): OutputFile[] {
  const render = compileTemplate(target.source, target.template, builder.helpers);
  const finish = builder.finish ?? ((text: string) => text);
  if (target.each === "locale") {
    return catalog.locales.map((locale) => ({
      path: target.path.replaceAll("{locale}", locale),
      content: finish(render(builder.build(catalog, { locale }))),
    }));
  }
  if (target.each === "category") {
    return catalog.categories.map((category) => ({
      path: target.path.replaceAll("{category}", category.id),
      content: finish(render(builder.build(catalog, { category: category.id }))),
    }));
  }
  return [{ path: target.path, content: finish(render(builder.build(catalog, {}))) }];
}
