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
import { flowMapping, flowSequence, fold, MAX_KEY, Outside, outside, plain, quoted, SPECIAL_KEYS } from "./plain-yaml-values.ts";

/** Returned when the text is not in the subset. */
export const OUTSIDE: unique symbol = Symbol("outside the plain subset");

/** Characters this reader leaves to the yaml library wherever they appear. */
const UNUSUAL = /[\t\r\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +|$)/;

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
