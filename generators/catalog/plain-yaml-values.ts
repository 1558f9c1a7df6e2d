/**
 * The values of the plain YAML subset (plain-yaml.ts reads the block
 * structure): scalars resolved by the core schema, one-line quoted
 * scalars, one-line flow collections of scalars, and `>` folding. Anything
 * outside the subset throws Outside, and the whole text goes to the yaml
 * library.
 */

/** Thrown on anything outside the subset. */
export class Outside extends Error {}
export const outside = (): never => {
  throw new Outside();
};

const FLOW_KEY = /[A-Za-z_][A-Za-z0-9_-]*/y;
/** Longer keys are left to the yaml library, which limits an implicit key to 1024 characters. */
export const MAX_KEY = 1000;
/** Keys the core schema would not read as the same string (or that toJS treats specially). */
export const SPECIAL_KEYS = new Set(["null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE", "__proto__"]);
/** A plain scalar may not start with an indicator. */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
const NULL = /^(?:~|[Nn]ull|NULL)$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const SMALL_INT = /^(?:0|[1-9][0-9]{0,14})$/;
/** The core schema's other number forms: left to the yaml library. */
const OTHER_NUMBER = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;
/** Escapes JSON.parse reads as YAML does; any other backslash escape is left to the yaml library. */
const OTHER_ESCAPE = /\\[^"\\/bfnrtu]/;

/** Folds `>` content: lines join with a space, each blank line between them is a line break. */
export function fold(body: readonly string[]): string {
  let out = "";
  let blanks = 0;
  for (const line of body) {
    if (line === "") {
      blanks += 1;
      continue;
    }
    // A more-indented line keeps its line breaks: left to the yaml library.
    if (line[0] === " ") outside();
    out += out === "" ? line : blanks > 0 ? "\n".repeat(blanks) + line : ` ${line}`;
    blanks = 0;
  }
  return out;
}

/** A plain scalar resolved by the core schema. */
export function plain(text: string): unknown {
  if (INDICATOR.test(text)) outside();
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return text[0] === "t" || text[0] === "T";
  if (SMALL_INT.test(text)) return Number(text);
  if (OTHER_NUMBER.test(text)) outside();
  return text;
}

/** A quoted scalar starting at `start`, closed on the same line: its value and the index after it. */
export function quoted(text: string, start: number): [string, number] {
  const quote = text[start];
  let end = start + 1;
  if (quote === "'") {
    for (;;) {
      end = text.indexOf("'", end);
      if (end === -1) outside();
      if (text[end + 1] !== "'") break;
      end += 2;
    }
    return [text.slice(start + 1, end).replaceAll("''", "'"), end + 1];
  }
  for (;;) {
    const c = text[end];
    if (c === undefined) outside();
    if (c === '"') break;
    end += c === "\\" ? 2 : 1;
  }
  const body = text.slice(start + 1, end);
  if (OTHER_ESCAPE.test(body)) outside();
  try {
    return [JSON.parse(`"${body}"`) as string, end + 1];
  } catch {
    return outside();
  }
}

function spaces(text: string, at: number): number {
  while (text[at] === " ") at += 1;
  return at;
}

/** A scalar inside `{}` or `[]`: quoted, or plain up to the next `,`, `}` or `]`. */
function flowScalar(text: string, start: number): [unknown, number] {
  const first = text[start];
  if (first === '"' || first === "'") return quoted(text, start);
  let end = start;
  while (end < text.length && !",}]".includes(text[end] as string)) end += 1;
  const raw = text.slice(start, end).trimEnd();
  if (raw === "" || /[:#[{]/.test(raw)) outside();
  return [plain(raw), end];
}

/** Entries up to the closing bracket: `,` between them, no trailing comma. */
function flowEntries(text: string, start: number, close: "}" | "]", entry: (at: number) => number): number {
  let at = spaces(text, start);
  if (text[at] === close) return at + 1;
  for (;;) {
    at = spaces(text, entry(at));
    if (text[at] === close) return at + 1;
    if (text[at] !== ",") outside();
    at = spaces(text, at + 1);
    if (text[at] === close) outside();
  }
}

export function flowMapping(text: string, start: number): [Record<string, unknown>, number] {
  const out: Record<string, unknown> = {};
  const end = flowEntries(text, start, "}", (at) => {
    FLOW_KEY.lastIndex = at;
    const match = FLOW_KEY.exec(text);
    if (match === null) return outside();
    const key = match[0];
    const colon = at + key.length;
    if (text[colon] !== ":" || text[colon + 1] !== " " || SPECIAL_KEYS.has(key) || Object.hasOwn(out, key) || key.length > MAX_KEY) outside();
    const [value, next] = flowScalar(text, spaces(text, colon + 1));
    out[key] = value;
    return next;
  });
  return [out, end];
}

export function flowSequence(text: string, start: number): [unknown[], number] {
  const out: unknown[] = [];
  const end = flowEntries(text, start, "]", (at) => {
    const [value, next] = flowScalar(text, at);
    out.push(value);
    return next;
  });
  return [out, end];
}
