/**
 * Renders one Handlebars template under templates/ with a view model that
 * TypeScript built: strict (a missing field is an error), no HTML escaping,
 * no helpers (the view holds finished, escaped text; templates only `#each`
 * and `#if`). Compiled templates are cached like modules. A local helper for
 * the Python and Go targets until one template-target engine serves all.
 */
import { readFileSync } from "node:fs";
import Handlebars from "handlebars";

const compiled = new Map<string, Handlebars.TemplateDelegate>();

/** `name` is a path below templates/, e.g. `python/catalog.py.hbs`. */
export function renderTemplate(name: string, view: object): string {
  let template = compiled.get(name);
  if (template === undefined) {
    const source = readFileSync(new URL(`../../templates/${name}`, import.meta.url), "utf8");
    template = Handlebars.create().compile(source, { strict: true, noEscape: true, knownHelpersOnly: true, knownHelpers: {} });
    compiled.set(name, template);
  }
  return template(view);
}
