/**
 * Renders a Handlebars template from templates/ with a view model built in
 * TypeScript: strict (a missing field is an error), no HTML escaping, and no
 * helpers, so a template only loops (`#each`) and branches (`#if`). Every
 * value a template prints was already escaped for its language by
 * generators/text/languages/<language>.ts. Compiled templates are cached.
 */
import { readFileSync } from "node:fs";
import Handlebars from "handlebars";

const compiled = new Map<string, Handlebars.TemplateDelegate>();

/** `name` is a path below templates/, e.g. `java/ErrorCode.java.hbs`. */
export function renderTemplate(name: string, view: object): string {
  let template = compiled.get(name);
  if (template === undefined) {
    const source = readFileSync(new URL(`../../templates/${name}`, import.meta.url), "utf8");
    template = Handlebars.create().compile(source, { strict: true, noEscape: true, knownHelpersOnly: true });
    compiled.set(name, template);
  }
  return template(view);
}
