/**
 * Renders one first-party Handlebars template under templates/ (the Python,
 * Go, Java and Rust packages) with a view model built in TypeScript. It goes
 * through the template engine of template targets (template.ts): strict (a
 * missing field is an error at `template:line:col`), no HTML escaping, and
 * here no helpers at all, so a template only loops (`#each`) and branches
 * (`#if`): every value it prints was already escaped for its language by
 * generators/text/languages/<language>.ts. The built command takes them
 * precompiled (first-party-templates.ts); compiled templates are kept for
 * the run.
 */
import { readFileSync } from "node:fs";
import type { TextHelper } from "../text/template-helpers.ts";
import type { OutputFile } from "../output/files.ts";
import { PRECOMPILED } from "./first-party-templates.ts";
import { compileTemplate, templateFromSpec } from "./template.ts";

const NO_HELPERS: Readonly<Record<string, TextHelper>> = Object.freeze({});
const compiled = new Map<string, (view: unknown) => string>();

/** `name` is a path below templates/, e.g. `python/catalog.py.hbs`. */
export function renderTemplate(name: string, view: object): string {
  let render = compiled.get(name);
  if (render === undefined) {
    const code = PRECOMPILED[name];
    render =
      code === undefined
        ? compileTemplate(
            readFileSync(new URL(`../../templates/${name}`, import.meta.url), "utf8"),
            `templates/${name}`,
            NO_HELPERS,
          )
        : templateFromSpec(code, `templates/${name}`, NO_HELPERS);
    compiled.set(name, render);
  }
  return render(view);
}

/** One rendered file. */
export function renderFile(path: string, name: string, view: object): OutputFile {
  return { path, content: renderTemplate(name, view) };
}
