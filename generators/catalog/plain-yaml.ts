/**
 * A fast reader for the plain subset of YAML that catalogs are written in:
 * block mappings and sequences indented with spaces, one-line plain, quoted
 * and flow (`{ en: .., ko: .. }`, `[en, ko]`) values, and `|` / `>` block
 * scalars. It returns the data, or OUTSIDE when the text uses anything else
 * (anchors, tags, comments after a value, multi-line flow, tabs, numbers
 * other than small integers, ...) or anything the yaml library would report;
 * the caller then reads the text with the yaml library, which also gives the
 * positions diagnostics need. Whatever it accepts it must read exactly as
 * the yaml library does (core schema, YAML 1.2): test/plain-yaml.test.ts
 * compares the two on fixtures and on fuzzed text.
 *
 * Why: with positions, the yaml library takes about 0.1 ms and 13 KB of heap
 * per error entry; a 10,000-code catalog spent a second there before any
 * target could start, and 100,000 codes needed 1.3 GB for the document.
 */

/** Returned when the text is not in the subset. */
export const OUTSIDE: unique symbol = Symbol("outside the plain subset");

class Outside extends Error {}
const outside = (): never => {
  throw new Outside();
};

/** Characters this reader leaves to the yaml library wherever they appear. */
const UNUSUAL = /[\t\r\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +|$)/;
const FLOW_KEY = /[A-Za-z_][A-Za-z0-9_-]*/y;
/** Keys the core schema would not read as the same string (or that toJS treats specially). */
/** Longer keys are left to the yaml library, which limits an implicit key to 1024 characters. */
const MAX_KEY = 1000;
const SPECIAL_KEYS = new Set(["null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE", "__proto__"]);
/** A plain scalar may not start with an indicator. */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
const NULL = /^(?:~|[Nn]ull|NULL)$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const SMALL_INT = /^(?:0|[1-9][0-9]{0,14})$/;
/** The core schema's other number forms: left to the yaml library. */
const OTHER_NUMBER = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;
/** Escapes JSON.parse reads as YAML does; any other backslash escape is left to the yaml library. */
const OTHER_ESCAPE = /\\[^"\\/bfnrtu]/;

export function readPlainYaml(text: string): unknown {
  if (!text.endsWith("\n") || UNUSUAL.test(text)) return OUTSIDE;
  const lines = text.split("\n");
  lines.pop();
  try {
    const reader = new Reader(lines);
    return reader.document();
  } catch (error) {
    // A stack overflow on absurd nesting is the yaml library's to report too.
    if (error instanceof Outside || error instanceof RangeError) return OUTSIDE;
    throw error;
  }
}

function indentOf(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 32) n += 1;
  return n;
}

class Reader {
  private i = 0;
  constructor(private readonly lines: string[]) {}

  document(): unknown {
    this.skip();
    const first = this.lines[this.i];
    if (first === undefined || indentOf(first) !== 0 || first.startsWith("---") || first.startsWith("...") || first.startsWith("%")) outside();
    const value = this.mapping(0);
    this.skip();
    if (this.i < this.lines.length) outside();
    return value;
  }

  /** Moves past blank lines and comment lines. */
  private skip(): void {
    const { lines } = this;
    while (this.i < lines.length) {
      const line = lines[this.i] as string;
      const at = indentOf(line);
      if (at < line.length && line[at] !== "#") return;
      this.i += 1;
    }
  }

  /** The next line with content, after blank and comment lines, or undefined at the end. */
  private peek(): string | undefined {
    this.skip();
    return this.lines[this.i];
  }

  private mapping(indent: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (let line = this.peek(); line !== undefined; line = this.peek()) {
      const at = indentOf(line);
      if (at < indent) break;
      if (at > indent) outside();
      const rest = line.slice(indent);
      const match = KEY.exec(rest);
      if (match === null) return outside();
      const key = match[1] as string;
      // The yaml library rejects an implicit key over 1024 characters.
      if (SPECIAL_KEYS.has(key) || Object.hasOwn(out, key) || key.length > MAX_KEY) outside();
      this.i += 1;
      out[key] = this.mappingValue(rest.slice(match[0].length).trimEnd(), indent);
    }
    return out;
  }

  /** The value after `key:` at `indent`: on the same line, or the block below it. */
  private mappingValue(rest: string, indent: number): unknown {
    if (rest === "") {
      const next = this.peek();
      if (next === undefined) return null;
      const at = indentOf(next);
      if (at < indent) return null;
      // `key:` followed by `- item` at the key's own indent is a sequence: left to the yaml library.
      if (at === indent) return next[at] === "-" ? outside() : null;
      return next[at] === "-" ? this.sequence(at) : this.mapping(at);
    }
    if (rest[0] === "|" || rest[0] === ">") return this.blockScalar(rest, indent);
    const value = this.inline(rest);
    this.endOfNode(indent);
    return value;
  }

  /** After a one-line value the next content may not be more indented (a multi-line scalar). */
  private endOfNode(indent: number): void {
    const next = this.peek();
    if (next !== undefined && indentOf(next) > indent) outside();
  }

  private sequence(indent: number): unknown[] {
    const out: unknown[] = [];
    for (let line = this.peek(); line !== undefined; line = this.peek()) {
      const at = indentOf(line);
      if (at < indent) break;
      if (at > indent || line[at] !== "-" || line[at + 1] !== " ") outside();
      const column = indentOf(line.slice(at + 1)) + at + 1;
      const content = line.slice(column).trimEnd();
      if (content === "" || content[0] === "#" || content[0] === "-") outside();
      if (KEY.test(content)) {
        // `- key: value` starts a mapping at the key's column: read it as if the line were indented to there.
        this.lines[this.i] = " ".repeat(column) + content;
        out.push(this.mapping(column));
      } else {
        this.i += 1;
        out.push(this.inline(content));
        this.endOfNode(indent);
      }
    }
    return out;
  }

  /** A one-line value in block context: quoted, flow collection or plain; `text` has no trailing spaces. */
  private inline(text: string): unknown {
    const first = text[0];
    if (first === "{" || first === "[") {
      const [value, end] = first === "{" ? flowMapping(text, 1) : flowSequence(text, 1);
      if (end !== text.length) outside();
      return value;
    }
    if (first === '"' || first === "'") {
      const [value, end] = quoted(text, 0);
      if (end !== text.length) outside();
      return value;
    }
    if (text.includes(": ") || text.includes(" #") || text.endsWith(":")) outside();
    return plain(text);
  }

  /** `|` or `>` with optional `-` chomping; the content must start on the next line. */
  private blockScalar(header: string, indent: number): string {
    if (header.length > 2 || (header.length === 2 && header[1] !== "-")) outside();
    const { lines } = this;
    const first = lines[this.i];
    if (first === undefined) return outside();
    const contentIndent = indentOf(first);
    if (contentIndent <= indent || contentIndent === first.length) outside();
    const body: string[] = [];
    let blanks = 0;
    for (; this.i < lines.length; this.i += 1) {
      const line = lines[this.i] as string;
      const at = indentOf(line);
      if (at === line.length) {
        // A blank line holding more spaces than the indentation would keep some: left to the yaml library.
        if (at > contentIndent) outside();
        blanks += 1;
        continue;
      }
      if (at < contentIndent) break;
      for (; blanks > 0; blanks -= 1) body.push("");
      body.push(line.slice(contentIndent));
    }
    this.endOfNode(indent);
    const text = header[0] === "|" ? body.join("\n") : fold(body);
    return header[1] === "-" ? text : `${text}\n`;
  }
}

/** Folds `>` content: lines join with a space, each blank line between them is a line break. */
function fold(body: readonly string[]): string {
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
function plain(text: string): unknown {
  if (INDICATOR.test(text)) outside();
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return text[0] === "t" || text[0] === "T";
  if (SMALL_INT.test(text)) return Number(text);
  if (OTHER_NUMBER.test(text)) outside();
  return text;
}

/** A quoted scalar starting at `start`, closed on the same line: its value and the index after it. */
function quoted(text: string, start: number): [string, number] {
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

function flowMapping(text: string, start: number): [Record<string, unknown>, number] {
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

function flowSequence(text: string, start: number): [unknown[], number] {
  const out: unknown[] = [];
  const end = flowEntries(text, start, "]", (at) => {
    const [value, next] = flowScalar(text, at);
    out.push(value);
    return next;
  });
  return [out, end];
}
