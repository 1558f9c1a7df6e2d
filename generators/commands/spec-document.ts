/**
 * Edits spec/errors.yaml for `npm run translations` with the yaml library's
 * Document API: comments, quoting, key order and line breaks stay as written,
 * so a recorded translation is a diff of the lines it touches only.
 */
import YAML from "yaml";
import type { Document } from "yaml";
import { originHash } from "../catalog/translations.ts";

export interface SpecDocument {
  readonly document: Document;
  /** The spec as plain data. */
  readonly data: { errors?: { code?: unknown; description?: Record<string, unknown> }[] };
  /** The spec's index of each code. */
  readonly indexOf: ReadonlyMap<string, number>;
}

export function readSpecDocument(text: string): SpecDocument {
  const document = YAML.parseDocument(text);
  // The library writes every flow collection one way (`{ en: a }`); the catalog writes maps with spaces inside the
  // braces and lists without (`[en, ko]`): each collection keeps the spacing it was written with.
  YAML.visit(document, {
    Collection(_, node) {
      if (!node.flow || node.range === undefined || node.range === null) return;
      const padding = /\s/.test(text[node.range[0] + 1] ?? "") ? " " : "";
      const own = node.toString.bind(node);
      node.toString = ((ctx?: object, ...rest: never[]) =>
        own((ctx === undefined ? ctx : { ...ctx, flowCollectionPadding: padding }) as never, ...rest)) as never;
    },
  });
  const data = document.toJS() as SpecDocument["data"];
  const indexOf = new Map((data.errors ?? []).map((error, i) => [String(error.code), i]));
  return { document, data, indexOf };
}

/** Sets one error's translation into `locale` (when `text` is given) and records the origin text it was made from. */
export function recordTranslation(
  spec: SpecDocument,
  index: number,
  locale: string,
  origin: string,
  text?: string,
): void {
  const { document } = spec;
  if (text !== undefined) document.setIn(["errors", index, "description", locale], text);
  const hash = originHash(origin);
  if (document.hasIn(["errors", index, "translatedFrom"]))
    document.setIn(["errors", index, "translatedFrom", locale], hash);
  else document.setIn(["errors", index, "translatedFrom"], document.createNode({ [locale]: hash }, { flow: true }));
}

/** The edited spec as text; `lineWidth: 0` keeps long texts on their lines. */
export function specText(spec: SpecDocument): string {
  return spec.document.toString({ lineWidth: 0 });
}
