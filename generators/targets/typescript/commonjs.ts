/**
 * index.cjs from the printed index.js, by an exact line transformation
 * instead of a fourth printing of the module: the two differ only in how
 * top-level declarations are exported. In the ES module every top-level
 * statement starts at column 0 and nothing else does (the printer indents
 * every nested line, JSDoc lines start with ` *`, and string literals hold
 * no line break), so a line starting with `export ` is an exported
 * declaration, and exactly one of these forms:
 *
 *   export var E = ...        var E = exports.E = ...
 *   export const C = ...      const C = exports.C = ...
 *   export function f(...     function f(...           (exports.f = f; in the prelude: declarations are hoisted)
 *   export class K ... }      class K ... }  then `exports.K = K;` after the blank line that ends it
 *
 * The CommonJS file opens with "use strict", the generated notice (the
 * leading `//` lines and the blank line after them) and the prelude that
 * marks it as compiled from ESM (`__esModule`). Any other `export` line is a
 * bug in the printer's output, not something to pass through: it throws.
 */
export function commonJsFromEsm(esm: string): string {
  const lines = esm.split("\n");
  let start = 0;
  while (lines[start]?.startsWith("//")) start++;
  if (lines[start] === "") start++;
  const functions: string[] = [];
  const body: string[] = [];
  let openClass: string | undefined;
  let closing = false;
  for (const line of lines.slice(start)) {
    if (closing) {
      // The line after the class's `}`: the blank line the printer puts between statements.
      body.push(line);
      if (line !== "") throw new Error(`commonJsFromEsm: no blank line after class ${openClass}`);
      body.push(`exports.${openClass} = ${openClass};`);
      openClass = undefined;
      closing = false;
      continue;
    }
    if (openClass !== undefined && line === "}") closing = true;
    if (!line.startsWith("export ")) {
      body.push(line);
      continue;
    }
    const declaration = /^export (var|const) ([A-Za-z_$][\w$]*) = /.exec(line);
    if (declaration !== null) {
      const [matched, kind, name] = declaration;
      body.push(`${kind} ${name} = exports.${name} = ${line.slice(matched.length)}`);
      continue;
    }
    const fn = /^export function ([A-Za-z_$][\w$]*)\(/.exec(line);
    if (fn !== null) {
      functions.push(fn[1] as string);
      body.push(line.slice("export ".length));
      continue;
    }
    const cls = /^export class ([A-Za-z_$][\w$]*) /.exec(line);
    if (cls !== null && openClass === undefined) {
      openClass = cls[1] as string;
      body.push(line.slice("export ".length));
      continue;
    }
    throw new Error(`commonJsFromEsm: no CommonJS form for the line ${JSON.stringify(line.slice(0, 80))}`);
  }
  if (openClass !== undefined) throw new Error(`commonJsFromEsm: class ${openClass} does not end`);
  const prelude = [
    'Object.defineProperty(exports, "__esModule", { value: true });',
    ...functions.map((name) => `exports.${name} = ${name};`),
    "",
  ];
  return ['"use strict";', ...lines.slice(0, start), ...prelude, ...body].join("\n");
}
