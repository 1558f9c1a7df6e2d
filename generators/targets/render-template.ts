/**
 * Renders one first-party Handlebars template under templates/ (the Python,
 * Go, Java and Rust packages) with a view model built in TypeScript. It goes
 * through the template engine of template targets (template.ts): strict (a
 * missing field is an error at `template:line:col`), no HTML escaping, and
 * here no helpers at all, so a template only loops (`#each`) and branches
 * (`#if`): every value it prints was already escaped for its language by
 * generators/text/languages/<language>.ts. Compiled templates are cached.
 */
import { readFileSync } from "node:fs";
import { compileTemplate } from "./template.ts";
import type { TextHelper } from "../text/template-helpers.ts";
import type { OutputFile } from "../catalog/types.ts";
import { textFile } from "../output/hashes.ts";

const NO_HELPERS: Readonly<Record<string, TextHelper>> = Object.freeze({});
const compiled = new Map<string, (context: unknown) => string>();

/** `name` is a path below templates/, e.g. `python/catalog.py.hbs`. */
export function renderTemplate(name: string, view: object): string {
  let template = compiled.get(name);
  if (template === undefined) {
    const source = readFileSync(new URL(`../../templates/${name}`, import.meta.url), "utf8");
    template = compileTemplate(source, `templates/${name}`, NO_HELPERS);
    compiled.set(name, template);
  }
  return template(view);
}

/**
 * One rendered file, as bytes at once: the next file is rendered only after
 * this one's text is dropped (for a large catalog a language file is tens of
 * millions of characters, which V8 keeps at two bytes each when they hold Korean).
 */
export function renderFile(path: string, name: string, view: object): OutputFile {
  return textFile(path, renderTemplate(name, view));
}
