/**
 * A first-party template rendered in pieces (render-template.ts): for a
 * large catalog a language file is tens of millions of characters, and its
 * view model (every code's doc lines and literals) as large again. Each
 * top-level `{{#each field}}` of the template becomes a loop run here, one
 * item at a time: the rest of the template (the skeleton, small) renders
 * once with a marker where each loop was, and the file is the skeleton's
 * text with every marker replaced by its loop's items, each rendered by the
 * loop's body as Handlebars' `each` renders it (`this` the item, `@index`,
 * `@key`, `@first`, `@last`, `@root` and `../` the view). A view field may
 * be `Rows`, whose items are made as the loop reaches them and dropped
 * after, so neither the text nor the view is ever whole.
 *
 * Only loops whose output is exactly the concatenation of their items are
 * split: a top-level `each` over a field of the view, with no `{{else}}`,
 * no block parameters and no hash. Any other `each` (nested, or over
 * something else) is left to Handlebars, where `Rows` is iterable, so the
 * text is the same either way. The markers hold U+0000, which no
 * first-party template prints (every language escaper escapes it).
 */
import Handlebars from "handlebars";
import { compileParsed } from "./template.ts";
import { precompiledTemplate } from "../runtime/template-cache.ts";
import type { CompiledTemplate } from "./template.ts";
import type { TextHelper } from "../text/template-helpers.ts";

/** A view field whose items are made when a loop reaches them: `view(items[i], i)`. */
export class Rows<T, V> implements Iterable<V> {
  /** An own property, as an array's: a template may test `{{#if rows.length}}` (Handlebars reads no inherited property). */
  readonly length: number;

  constructor(
    private readonly items: readonly T[],
    private readonly view: (item: T, index: number) => V,
  ) {
    this.length = items.length;
  }

  at(index: number): V {
    return this.view(this.items[index] as T, index);
  }

  *[Symbol.iterator](): Iterator<V> {
    for (let i = 0; i < this.items.length; i++) yield this.at(i);
  }
}

interface Loop {
  readonly field: string;
  readonly body: CompiledTemplate;
}

export interface SplitTemplate {
  readonly skeleton: CompiledTemplate;
  readonly loops: readonly Loop[];
}

const marker = (index: number) => `\u0000loop ${index}\u0000`;
const MARKER = /\u0000loop (\d+)\u0000/;

/** The loop a top-level statement is, when it can be split: `{{#each field}}...{{/each}}`. */
function loopField(node: hbs.AST.Statement): string | undefined {
  if (node.type !== "BlockStatement") return undefined;
  const block = node as hbs.AST.BlockStatement;
  const [param] = block.params;
  const path = block.path as hbs.AST.PathExpression;
  if (path.type !== "PathExpression" || path.original !== "each" || block.params.length !== 1 || block.hash || block.inverse) return undefined;
  if ((block.program.blockParams ?? []).length > 0 || param?.type !== "PathExpression") return undefined;
  const field = param as hbs.AST.PathExpression;
  return field.data || field.depth !== 0 || field.parts.length !== 1 ? undefined : field.parts[0];
}

/** The template parsed, with each loop it can split replaced by its marker: the skeleton, and each loop's field and body. */
function split(source: string): { skeleton: hbs.AST.Program; loops: { field: string; body: hbs.AST.Program }[] } {
  const program = Handlebars.parse(source);
  const loops: { field: string; body: hbs.AST.Program }[] = [];
  program.body = program.body.map((node) => {
    const field = loopField(node);
    if (field === undefined) return node;
    const text = marker(loops.push({ field, body: (node as hbs.AST.BlockStatement).program }) - 1);
    return { type: "ContentStatement", value: text, original: text, loc: node.loc } as unknown as hbs.AST.ContentStatement;
  });
  return { skeleton: program, loops };
}

/**
 * Compiles a template as a skeleton and its top-level loops. The loops'
 * fields and every part's code are kept in the template cache, so a run
 * whose templates did not change parses none. Throws TemplateError.
 */
export function splitTemplate(source: string, file: string, helpers: Readonly<Record<string, TextHelper>>): SplitTemplate {
  let parsed: ReturnType<typeof split> | undefined;
  const parse = () => (parsed ??= split(source));
  let fields: string[];
  try {
    fields = JSON.parse(precompiledTemplate([Handlebars.VERSION, "loops", source], () => JSON.stringify(parse().loops.map((loop) => loop.field)))) as string[];
  } catch {
    // A syntax error: compileParsed reports it at its place.
    return { skeleton: compileParsed(source, file, helpers), loops: [] };
  }
  const loops = fields.map((field, index) => ({ field, body: compileParsed(source, file, helpers, { name: `loop ${index}`, program: () => parse().loops[index]?.body as hbs.AST.Program }) }));
  return { skeleton: compileParsed(source, file, helpers, { name: "skeleton", program: () => parse().skeleton }), loops };
}

/** The rendered text of a split template, in pieces (the skeleton's, then each item's). */
export function* renderPieces(template: SplitTemplate, view: Record<string, unknown>): Generator<string> {
  const parts = template.skeleton(view).split(MARKER);
  if (parts.length !== template.loops.length * 2 + 1) throw new Error(`a first-party template printed U+0000 (${parts.length} parts for ${template.loops.length} loops)`);
  yield parts[0] as string;
  for (let k = 1; k < parts.length; k += 2) {
    const loop = template.loops[Number(parts[k])] as Loop;
    const items = view[loop.field];
    if (!(items instanceof Rows) && !Array.isArray(items)) throw new Error(`a first-party template loops over ${loop.field}, which is no list`);
    const count = items.length;
    for (let i = 0; i < count; i++) {
      const item: unknown = items instanceof Rows ? items.at(i) : items[i];
      yield loop.body(item, { data: { root: view, index: i, key: i, first: i === 0, last: i === count - 1 }, depths: [view] });
    }
    yield parts[k + 1] as string;
  }
}
