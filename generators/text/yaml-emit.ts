/**
 * A YAML writer for the OpenAPI target: reads plain data (objects and `Map`s
 * with string keys in insertion order, arrays, strings, numbers, booleans,
 * null; the top level a mapping or sequence) and emits the bytes the `yaml`
 * library (2.9.1) writes for `new Document(value, { aliasDuplicateObjects:
 * false })` with a `commentBefore`, every string that `needsYamlEscapes` or
 * `isYaml11Ambiguous` forced to `QUOTE_DOUBLE`, `toString({ lineWidth: 0 })`
 * and then `yamlEscapes` (except for text with a line of only blanks, which
 * the library can lose: see BLANK_LINE). It is the library's stringifier cut down to those
 * options (block collections, two-space indent, no folding, literal blocks),
 * about ten times faster because it builds no node tree. Each function names
 * the library function it follows (node_modules/yaml/dist/stringify/);
 * test/yaml-emit.test.ts checks it against the library byte for byte.
 */
import { isYaml11Ambiguous, YAML_UNSAFE, yamlEscapes } from "./escape.ts";
import type { OrderedJson } from "./ordered-json.ts";

type Mapping = ReadonlyMap<string, OrderedJson> | { readonly [key: string]: OrderedJson };

/** The document as YAML text; `comment` (lines joined by `\n`) goes above it like the library's `Document.commentBefore`. */
export function emitYaml(value: Mapping | OrderedJson[], comment = ""): string {
  const chunks: string[] = [];
  writeYaml(value, (chunk) => chunks.push(chunk), comment);
  return chunks.join("");
}

/** The same text in chunks, each handed to `emit` (made-files.ts piecesFile writes a large document so). */
export function writeYaml(value: Mapping | OrderedJson[], emit: (chunk: string) => void, comment = ""): void {
  // stringifyDocument: `#` before each non-empty comment line, then a blank line.
  const commentText = comment.replace(/^(?!$)(?: $)?/gm, "#");
  const out: Output = { parts: [comment ? `${/^\n+$/.test(commentText) ? commentText.substring(1) : commentText}\n\n` : ""], emit, keys: new Map() };
  write(out, value, "", -1);
  emit(out.parts.join(""));
  emit("\n");
}

/**
 * The text being written: pieces in `parts`, joined and handed to `emit`
 * every few thousand pieces (so they die young: one array of a million
 * pieces cost more in garbage collection than the writing), and the written form of
 * one-line keys with their `:`, which an OpenAPI document repeats thousands
 * of times and which is the same at every depth but the top (see `plain`).
 */
interface Output {
  readonly parts: string[];
  readonly emit: (chunk: string) => void;
  readonly keys: Map<string, string>;
}

const CHUNK_PIECES = 2048;

/** The library's indent step. */
const STEP = "  ";

/**
 * Writes one value, whose lines after the first start with `indent` (the
 * library's `ctx.indent`). Collections are block style
 * (YAMLSeq/YAMLMap.toString and stringifyBlockCollection): `- ` items and
 * `key: value` pairs, one a line, their insides two spaces deeper; an empty
 * one is `[]` or `{}`. A mapping skips `undefined` values as YAMLMap.from
 * does. `parts[slot]`, if any, is the space after the value's key: a
 * non-empty collection turns it into a line break (it knows by its first
 * item, and only then may the pieces be joined into a chunk).
 */
function write(out: Output, value: OrderedJson, indent: string, slot: number): void {
  const { parts } = out;
  if (value === null) parts.push("null");
  else if (typeof value === "boolean") parts.push(value ? "true" : "false");
  else if (typeof value === "number") parts.push(number(value));
  else if (typeof value === "string") parts.push(scalar(value, indent, false));
  else {
    const array = Array.isArray(value);
    const inner = `${indent}${STEP}`;
    const next = array ? `\n${indent}- ` : `\n${indent}`;
    let first = true;
    const entries = array ? (value as OrderedJson[]).entries() : value instanceof Map ? (value as ReadonlyMap<string, OrderedJson>) : Object.entries(value as { readonly [key: string]: OrderedJson });
    for (const [key, element] of entries) {
      if (element === undefined && !array) continue;
      if (first) {
        if (slot >= 0) parts[slot] = `\n${indent}`;
        first = false;
        if (array) parts.push("- ");
      } else parts.push(next);
      if (parts.length > CHUNK_PIECES) {
        out.emit(parts.join(""));
        parts.length = 0;
      }
      if (array) write(out, element, inner, -1);
      else pair(out, key as string, element, indent, inner);
    }
    if (first) parts.push(array ? "[]" : "{}");
  }
}

/**
 * stringifyPair, a line of a block mapping at `indent`. A key is written
 * implicitly (`key: value`) unless its text passes 1,024 characters, then
 * explicitly (`? key` / `: value`). A non-empty collection value starts on
 * the next line, two deeper (`inner`); `[]`, `{}` and scalars follow `: `,
 * as does everything after an explicit key.
 */
function pair(out: Output, key: string, value: OrderedJson, indent: string, inner: string): void {
  const { parts } = out;
  const cacheable = inner !== STEP && !key.includes("\n");
  let head = cacheable ? out.keys.get(key) : undefined;
  let explicit = false;
  if (head === undefined) {
    const keyText = scalar(key, inner, true);
    explicit = keyText.length > 1024;
    head = explicit ? `? ${keyText}\n${indent}:` : `${keyText}:`;
    if (cacheable && !explicit) out.keys.set(key, head);
  }
  parts.push(head, " ");
  write(out, value, inner, explicit ? -1 : parts.length - 1);
}

/** stringifyNumber: JSON's spelling, `-0`, and `.inf`, `-.inf`, `.nan` for what JSON lacks. */
function number(value: number): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? ".nan" : value < 0 ? "-.inf" : ".inf";
  return Object.is(value, -0) ? "-0" : JSON.stringify(value);
}

/**
 * A line of only spaces or tabs next to a line break. yaml 2.9.1 writes
 * some such text so that it reads back as other text: only blanks and
 * breaks (`" \n"`) as a `|+` block whose blank lines read back empty, and a
 * line of one space in folded double quotes as `\\ ` (a backslash). Such
 * text is the one place this writer leaves the library's bytes: it is
 * written double-quoted on one line, which reads back exactly.
 */
const BLANK_LINE = /(?:^|\n)[ \t]+(?:\n|$)/;

/** `needsYamlEscapes` without building a new RegExp per call. */
const UNSAFE = new RegExp(YAML_UNSAFE.source, "u");
/** The same class without the `u` flag, faster: it also matches paired surrogates, so a match is checked with UNSAFE. */
const MAYBE_UNSAFE = new RegExp(YAML_UNSAFE.source);

/**
 * A string, as the library writes it after the OpenAPI target's visit: double
 * quoted (and its unsafe characters then spelled `\uXXXX`, which is all that
 * `yamlEscapes` changes in the document) when it needs escapes or YAML 1.1
 * could misread it; otherwise in the library's default (plain) style.
 */
function scalar(value: string, indent: string, implicitKey: boolean): string {
  const unsafe = MAYBE_UNSAFE.test(value) && UNSAFE.test(value);
  if (BLANK_LINE.test(value)) {
    // Double quotes on one line, as a key's (no folding): `\ ` keeps a space before a break.
    const text = doubleQuoted(value, indent, true);
    return unsafe ? yamlEscapes(text) : text;
  }
  if (unsafe) return yamlEscapes(doubleQuoted(value, indent, implicitKey));
  if (isYaml11Ambiguous(value)) return doubleQuoted(value, indent, implicitKey);
  return plain(value, indent, implicitKey);
}

/**
 * What a plain scalar cannot start with, hold or end with (plainString):
 * an indicator character, a lone `-`/`?` or one followed by a space, `: `,
 * ` #`, a line break next to a space, a trailing space or `:`.
 */
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;

/** A line that YAML 1.1 would read as a directive or a document marker (containsDocumentMarker). */
const DOCUMENT_MARKER = /^(%|---|\.\.\.)/m;

/**
 * Plain text the YAML 1.2 core schema reads as something other than a string:
 * the `test` patterns of its null, bool, int (decimal, `0o`, `0x`) and float
 * (`.inf`, `.nan`, exponent, decimal) tags. Each is anchored at both ends,
 * so they join as `^(?:a|b|...)$`, which fails at the first character.
 */
const CORE_NON_STRING = new RegExp(
  `^(?:${[
    /^(?:~|[Nn]ull|NULL)?$/, /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, /^0o[0-7]+$/, /^[-+]?[0-9]+$/, /^0x[0-9a-fA-F]+$/,
    /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
  ]
    .map((pattern) => pattern.source.slice(1, -1))
    .join("|")})$`,
);

/**
 * plainString: text as is when it reads back as the same string; keys (one
 * line) and text that cannot be plain are quoted; other multi-line text is a
 * literal block. A top-level key that holds a document marker is quoted.
 * Text reaching the end has no line break, so nothing is indented or folded.
 */
function plain(value: string, indent: string, implicitKey: boolean): string {
  const multiLine = value.includes("\n");
  if (implicitKey && multiLine) return quoted(value, indent, implicitKey);
  if (NOT_PLAIN.test(value)) return implicitKey || !multiLine ? quoted(value, indent, implicitKey) : block(value, indent);
  if (multiLine) return block(value, indent);
  if (implicitKey && indent === STEP && DOCUMENT_MARKER.test(value)) return quoted(value, indent, implicitKey);
  if (CORE_NON_STRING.test(value)) return quoted(value, indent, implicitKey);
  return value;
}

/** quotedString: single quotes when the text holds `"` but no `'`, double quotes otherwise. */
function quoted(value: string, indent: string, implicitKey: boolean): string {
  const single = value.includes('"') && !value.includes("'");
  // singleQuotedString falls back to double quotes where single-quoted text would lose whitespace.
  if (!single || (implicitKey && value.includes("\n")) || /[ \t]\n|\n[ \t]/.test(value)) return doubleQuoted(value, indent, implicitKey);
  return `'${value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`)}'`;
}

/**
 * doubleQuotedString, from the JSON spelling: `\uXXXX` escapes the YAML
 * short forms exist for become `\0 \a \v \e \N \_ \L \P`, others below U+0100
 * become `\xXX`; a space before `\n` is escaped (`\ `). In a value whose JSON
 * is 40 characters or longer, each `\n` not at the end becomes a real line
 * break (doubled, since the reader folds one), with the continuation
 * indented and a leading space escaped. Keys keep `\n`.
 */
function doubleQuoted(value: string, indent: string, implicitKey: boolean): string {
  const json = JSON.stringify(value);
  if (!json.includes("\\")) return json;
  const breakLines = !implicitKey && json.length >= 40;
  let str = "";
  let start = 0;
  for (let i = 0; i < json.length; ++i) {
    let ch = json[i];
    if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
      str += `${json.slice(start, i)}\\ `;
      i += 1;
      start = i;
      ch = "\\";
    }
    if (ch !== "\\") continue;
    const next = json[i + 1];
    if (next === "u") {
      str += json.slice(start, i);
      const code = json.substring(i + 2, i + 6);
      str += SHORT_ESCAPES[code] ?? (code.startsWith("00") ? `\\x${code.substring(2)}` : json.substring(i, i + 6));
      i += 5;
      start = i + 1;
    } else if (next === "n" && breakLines && json[i + 2] !== '"') {
      str += `${json.slice(start, i)}\n\n`;
      while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
        str += "\n";
        i += 2;
      }
      str += indent;
      if (json[i + 2] === " ") str += "\\";
      i += 1;
      start = i + 1;
    } else {
      i += 1; // `\"`, `\\`, a kept `\n` and JSON's other short escapes stay as they are
    }
  }
  return start ? str + json.slice(start) : json;
}

/** The YAML short escapes doubleQuotedString uses, by the JSON `\u` code (JSON writes its hex in lower case). */
const SHORT_ESCAPES: { readonly [code: string]: string } = { "0000": "\\0", "0007": "\\a", "000b": "\\v", "001b": "\\e", "0085": "\\N", "00a0": "\\_", "2028": "\\L", "2029": "\\P" };

/**
 * blockString with lineWidth 0, so always a literal `|` block: chomping
 * `-` (no final line break), clip (one) or `+` (more, or only breaks);
 * an indentation indicator when the text starts with a space; blank lines
 * kept; text whose last line is only spaces goes back to quotes.
 */
function block(text: string, indent: string): string {
  if (/\n[\t ]+$/.test(text)) return quoted(text, indent, false);
  let value = text;
  let endStart = value.length;
  while (endStart > 0 && /[\n\t ]/.test(value.charAt(endStart - 1))) --endStart;
  let end = value.substring(endStart);
  const endNewline = end.indexOf("\n");
  const chomp = endNewline === -1 ? "-" : value === end || endNewline !== end.length - 1 ? "+" : "";
  if (end) {
    value = value.slice(0, -end.length);
    if (end.endsWith("\n")) end = end.slice(0, -1);
    end = end.replace(/(^|(?<!\n))\n+(?!\n|$)/g, `$&${indent}`);
  }
  let startWithSpace = false;
  let startEnd = 0;
  let startNewline = -1;
  for (; startEnd < value.length; ++startEnd) {
    const ch = value[startEnd];
    if (ch === " ") startWithSpace = true;
    else if (ch === "\n") startNewline = startEnd;
    else break;
  }
  let start = value.substring(0, startNewline < startEnd ? startNewline + 1 : startEnd);
  if (start) {
    value = value.substring(start.length);
    start = start.replace(/\n+/g, `$&${indent}`);
  }
  const header = `${startWithSpace ? "2" : ""}${chomp}`;
  return `|${header}\n${indent}${start}${value.replace(/\n+/g, `$&${indent}`)}${end}`;
}
