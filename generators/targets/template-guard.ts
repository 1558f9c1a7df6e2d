/**
 * Own fields only, for templates compiled in strict mode (template.ts).
 * Handlebars' strict check asks `name in object`, which inherited names
 * pass (`constructor`, `toString`, `__proto__`, `hasOwnProperty`), and its
 * prototype-access control then prints them as an empty string. Here a
 * strict lookup needs the field to be the object's own property, so an
 * inherited name fails at its `line:col` like any other missing field; the
 * `lookup` helper (template-helpers.ts) asks the same of its key.
 */
import { isOwnField, missingField } from "../text/template-helpers.ts";

interface Container {
  strict: (object: unknown, name: string, loc: unknown) => unknown;
  lookupProperty: (parent: unknown, name: string) => unknown;
}

type Program = ((container: Container, ...rest: unknown[]) => unknown) & { decorator?: unknown };

const guarded = new WeakSet<Container>();

/**
 * The template spec with its strict lookups on own fields only. Every
 * program of one template shares one container, which the main program
 * receives first; its `strict` is replaced there, before any lookup.
 */
export function ownFieldsOnly(spec: TemplateSpecification): TemplateSpecification {
  const record = spec as unknown as Record<string, unknown>;
  const main = record.main as Program;
  const wrapped: Program = function (this: unknown, container: Container, ...rest: unknown[]) {
    if (!guarded.has(container)) {
      guarded.add(container);
      container.strict = (object, name, loc) => {
        if (!isOwnField(object, name)) throw missingField(name, loc);
        return container.lookupProperty(object, name);
      };
    }
    return main.call(this, container, ...rest);
  };
  return { ...spec, main: wrapped } as unknown as TemplateSpecification;
}
