/**
 * Renders one first-party Handlebars template under templates/ (the Python,
 * Go, Java and Rust packages) with a view model built in TypeScript. It goes
 * through the template engine of template targets (template.ts): strict (a
 * missing field is an error at `template:line:col`), no HTML escaping, and
 * here no helpers at all, so a template only loops (`#each`) and branches
 * (`#if`): every value it prints was already escaped for its language by
 * generators/text/languages/<language>.ts. Each template's top-level loops
 * render one item at a time (template-loops.ts), so a large catalog's file
 * is written in pieces. Compiled templates are cached.
 */
import { readFileSync } from "node:fs";
import type { TextHelper } from "../text/template-helpers.ts";
import type { OutputFile } from "../catalog/types.ts";
import { piecesFile } from "../output/made-files.ts";
import { renderPieces, splitTemplate } from "./template-loops.ts";
import type { SplitTemplate } from "./template-loops.ts";

const NO_HELPERS: Readonly<Record<string, TextHelper>> = Object.freeze({});
const compiled = new Map<string, SplitTemplate>();

function template(name: string): SplitTemplate {
  let split = compiled.get(name);
  if (split === undefined) {
    const source = readFileSync(new URL(`../../templates/${name}`, import.meta.url), "utf8");
    split = splitTemplate(source, `templates/${name}`, NO_HELPERS);
    compiled.set(name, split);
  }
  return split;
}

/** `name` is a path below templates/, e.g. `python/catalog.py.hbs`; the whole text. */
export function renderTemplate(name: string, view: object): string {
  return [...renderPieces(template(name), view as Record<string, unknown>)].join("");
}

/**
 * One rendered file, as bytes made piece by piece (made-files.ts): the
 * file's text is never whole, and with a sink its bytes go to disk as they
 * are made.
 */
export function renderFile(path: string, name: string, view: object): OutputFile {
  return piecesFile(path, renderPieces(template(name), view as Record<string, unknown>));
}
