/**
 * Reads catalog text with the `yaml` library, keeping node positions, and
 * turns YAML problems (syntax, duplicate keys, alias bombs, empty or
 * multi-document files) into diagnostics (the library's own errors through
 * yaml-problems.ts). `locate` maps a data path such as
 * `["errors", 3, "code"]` back to the line and column of that node.
 *
 * The data itself is read by js-yaml (YAML 1.2 core schema), about ten
 * times faster than the yaml library's document; the yaml library reads the
 * text only when js-yaml refuses it, when the text uses anchors and aliases
 * (whose expansion the library limits), or when a diagnostic needs a place,
 * so every message reads the same either way.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from "yaml";
import type { Document, Node, Pair } from "yaml";
import type { Diagnostic, Position } from "./diagnostics.ts";
import { CORE_SCHEMA, load } from "js-yaml";
import type { DataPath } from "./place-names.ts";
import { yamlProblems } from "./yaml-problems.ts";

export type { DataPath } from "./place-names.ts";

export interface YamlSource {
  /** The document as plain data, or undefined when it could not be read. */
  readonly data: unknown;
  readonly diagnostics: Diagnostic[];
  /** Where the value at `path` starts; `"key"` gives its key instead where it has one. */
  locate(path: DataPath, part?: "value" | "key"): Position;
  /** The source text of the scalar at `path`, as written (e.g. `0105` for a number). */
  sourceText(path: DataPath): string | undefined;
}

/** Reports a diagnostic at the value (or, with `part: "key"`, the key) at `path`, as the checks of this folder do. */
export type Report = (
  path: DataPath,
  rule: string,
  message: string,
  hint: string,
  severity?: Diagnostic["severity"],
  part?: "value" | "key",
) => void;

/** A `Report` that locates each diagnostic in `source` and adds it to `out`. */
export function reporter(source: YamlSource, file: string, out: Diagnostic[]): Report {
  return (path, rule, message, hint, severity = "error", part = "value") =>
    out.push({ file, ...source.locate(path, part), severity, rule, message, hint });
}

/** Aliases allowed when expanding the document; a larger count is treated as an alias bomb. */
export const MAX_ALIAS_COUNT = 100;

/**
 * The data as js-yaml reads it, or undefined when it refuses the text, finds
 * nothing, meets a document marker, a directive, a tab, an alias (left to the
 * library's limit), or reads a key the
 * library may read otherwise (a null or empty key, which js-yaml makes
 * "null" and the library "") or refuses (over 1024 characters).
 */
export function readData(text: string): unknown {
  // Document markers, directives and tabs: catalogs have none, and the two readers differ on some of them.
  if (/^(?:---|\.\.\.|%)|\t/m.test(text)) return undefined;
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA, maxAliases: 0 });
  } catch {
    return undefined;
  }
  const keysAgree = (value: unknown): boolean => {
    if (typeof value !== "object" || value === null) return true;
    if (Array.isArray(value)) return value.every(keysAgree);
    return Object.entries(value).every(
      ([key, item]) => key !== "" && key !== "null" && key.length <= 1024 && keysAgree(item),
    );
  };
  return data === null || data === undefined || !keysAgree(data) ? undefined : data;
}

export function readYaml(text: string, file: string): YamlSource {
  // Positions are found (by reading the text again with the yaml library) only when a diagnostic needs one.
  const data = readData(text);
  if (data !== undefined) {
    let parsed: Parsed | undefined;
    const { locate, sourceText } = locator(() => (parsed ??= parse(text)));
    return { data, diagnostics: [], locate, sourceText };
  }
  const parsed = parse(text);
  const { doc } = parsed;
  const { locate, sourceText } = locator(() => parsed);
  const at = (offset: number): Position => parsed.at(offset);
  const diagnostics: Diagnostic[] = yamlProblems(doc, at, text, file);

  if (diagnostics.length > 0) return { data: undefined, diagnostics, locate, sourceText };
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    diagnostics.push({
      file,
      line: 1,
      col: 1,
      severity: "error",
      rule: "empty-catalog",
      message: "the catalog is empty",
      hint: "start from the example in README.md: a `catalog`, `categories` and `errors`",
    });
    return { data: undefined, diagnostics, locate, sourceText };
  }
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), diagnostics, locate, sourceText };
  } catch (error) {
    diagnostics.push({
      file,
      ...at(firstAliasOffset(doc)),
      severity: "error",
      rule: "alias-limit",
      message: `aliases expand to too many nodes (${error instanceof Error ? error.message : String(error)})`,
      hint:
        `write the text out instead of using anchors and aliases; at most ${MAX_ALIAS_COUNT} alias expansions ` +
        `are allowed`,
    });
    return { data: undefined, diagnostics, locate, sourceText };
  }
}

/** The yaml library's document, with a way from an offset to a line and column. */
interface Parsed {
  readonly doc: Document;
  at(offset: number): Position;
}

function parse(text: string): Parsed {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
    version: "1.2",
  });
  return {
    doc,
    at(offset) {
      const { line, col } = lineCounter.linePos(offset);
      return { line, col };
    },
  };
}

function locator(parsed: () => Parsed): Pick<YamlSource, "locate" | "sourceText"> {
  return {
    locate(path, part = "value") {
      const { doc, at } = parsed();
      const found = findNode(doc, path);
      const node = part === "key" && found.pair?.key ? (found.pair.key as Node) : found.node;
      return at(node?.range?.[0] ?? found.fallback?.range?.[0] ?? 0);
    },
    sourceText(path) {
      const { node } = findNode(parsed().doc, path);
      return isScalar(node) && typeof node.source === "string" ? node.source : undefined;
    },
  };
}

interface Found {
  /** The node at the full path, when it exists. */
  readonly node: Node | undefined;
  /** The pair whose value it is, when it sits in a mapping. */
  readonly pair: Pair | undefined;
  /** The deepest node that exists on the way, for paths that do not. */
  readonly fallback: Node | undefined;
}

function findNode(doc: Document, path: DataPath): Found {
  let node: Node | undefined = (doc.contents ?? undefined) as Node | undefined;
  let pair: Pair | undefined;
  let fallback = node;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(doc) as Node | undefined;
    if (isMap(node)) {
      const match = node.items.find((item) => isPair(item) && keyText(item.key) === String(segment));
      pair = match;
      node = (match?.value ?? undefined) as Node | undefined;
      // A key with no value (`code:`) is located at its key.
      if (match && node === undefined) node = match.key as Node;
    } else if (isSeq(node) && typeof segment === "number") {
      pair = undefined;
      node = node.items[segment] as Node | undefined;
    } else {
      node = undefined;
    }
    if (node === undefined) return { node: undefined, pair: undefined, fallback };
    fallback = node;
  }
  return { node, pair, fallback };
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function firstAliasOffset(doc: Document): number {
  let offset = 0;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}
