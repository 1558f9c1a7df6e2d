/**
 * Turns the yaml library's errors into diagnostics a person can act on. A
 * duplicate key names itself and its first place; the keys of an entry
 * written without its `- `, which all repeat those of the entry above, give
 * one missing-dash error instead of one per key; an indentation mistake is
 * located at its line with an indentation hint (indentation.ts). Of the
 * syntax errors only the first is reported: later ones mostly echo it.
 */
import { isMap, isPair, isScalar, isSeq, visit } from "yaml";
import type { Document, Node, Pair, YAMLError, YAMLMap } from "yaml";
import type { Diagnostic, Position } from "./diagnostics.ts";
import { quote } from "./diagnostics.ts";
import { findIndentProblem } from "./indentation.ts";
import { describePath, entryName } from "./place-names.ts";
import type { DataPath } from "./place-names.ts";

const YAML_HINTS: Record<string, string> = {
  MULTIPLE_DOCS: "a catalog is one YAML document; remove the extra `---` separator",
  TAB_AS_INDENT: "indent with spaces, not tabs",
};

const QUOTING_HINT =
  "fix the YAML syntax at this place; quote text that holds `: `, `#` or starts with a special character";
const INDENT_HINT =
  "indentation error: check this line and the one above; the keys of one mapping start at the same column, " +
  "and so do the `- ` of one list";

/**
 * The library's errors that only an indentation mistake produces. Not every
 * BAD_INDENT: an unclosed `[` is one too ("must be sufficiently indented and end with a ]").
 */
function isIndentError(problem: YAMLError): boolean {
  return /must start at the same column|without - indicator/.test(problem.message);
}

type At = (offset: number) => Position;

export function yamlProblems(doc: Document, at: At, text: string, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const first = doc.errors.find((problem) => problem.code !== "DUPLICATE_KEY");
  if (first !== undefined) out.push(syntaxProblem(first, at, text, file));
  const duplicates = doc.errors.filter((problem) => problem.code === "DUPLICATE_KEY");
  if (duplicates.length > 0) out.push(...duplicateKeys(doc, duplicates, at, text, file));
  return out;
}

function syntaxProblem(problem: YAMLError, at: At, text: string, file: string): Diagnostic {
  const place = at(problem.pos[0]);
  // The parser recurses per nesting level; it reports a stack overflow as an error at the place it gave up.
  if (problem.message.includes("Maximum call stack size exceeded")) {
    const hint = "a catalog nests at most five levels (errors > entry > deprecated > field); remove the nesting";
    const message = "the document is nested too deeply to read";
    return { file, ...place, severity: "error", rule: "too-deep", message, hint };
  }
  const known = YAML_HINTS[problem.code];
  const indent = known === undefined ? findIndentProblem(text, place.line) : undefined;
  if (indent !== undefined) return { file, severity: "error", ...indent };
  return {
    file,
    ...place,
    severity: "error",
    rule: "yaml-syntax",
    message: problem.message.split("\n")[0] ?? problem.message,
    hint: known ?? (isIndentError(problem) ? INDENT_HINT : QUOTING_HINT),
  };
}

interface Repeat {
  readonly pair: Pair;
  readonly map: YAMLMap;
  readonly path: DataPath;
  readonly inList: boolean;
}

/** One diagnostic per repeated key, or one per mapping whose repeats say that an entry lacks its `- `. */
function duplicateKeys(doc: Document, problems: YAMLError[], at: At, text: string, file: string): Diagnostic[] {
  const offsets = new Set(problems.map((problem) => problem.pos[0]));
  const byMap = new Map<YAMLMap, Repeat[]>();
  visit(doc, {
    Pair(_, pair, ancestors) {
      const start = (pair.key as Node | null)?.range?.[0];
      const map = ancestors.at(-1);
      if (start === undefined || !offsets.has(start) || !isMap(map)) return;
      const repeats = byMap.get(map) ?? [];
      repeats.push({ pair, map, path: dataPath(ancestors), inList: isSeq(ancestors.at(-2)) });
      byMap.set(map, repeats);
    },
  });
  const out: Diagnostic[] = [];
  const placeOf = (pair: Pair | undefined) => {
    const p = at((pair?.key as Node | undefined)?.range?.[0] ?? 0);
    return `${p.line}:${p.col}`;
  };
  const codeAt = (index: number) => entryCode(doc, index);
  for (const [map, repeats] of byMap) {
    const [some] = repeats;
    if (some === undefined) continue;
    const firstOf = (pair: Pair) => map.items.find((item) => keyText(item.key) === keyText(pair.key));
    const names = new Set(repeats.map((repeat) => keyText(repeat.pair.key)));
    const owner = some.path.length === 0 ? "the top-level mapping" : describePath(some.path, codeAt);
    if (some.inList && names.size >= 2) {
      // The entry without a dash starts where the mapping's first key comes again, or at the first repeat.
      const firstKey = keyText(map.items[0]?.key);
      const start = repeats.find((repeat) => keyText(repeat.pair.key) === firstKey) ?? some;
      const startAt = at((start.pair.key as Node).range?.[0] ?? 0);
      const entryAt = placeOf(map.items[0] as Pair | undefined);
      const above = entryName(scalarValue(map, "code"));
      const line = text.split("\n")[startAt.line - 1] ?? "";
      const dashAt = Math.max(0, startAt.col - 3);
      out.push({
        file,
        ...startAt,
        severity: "error",
        rule: "missing-dash",
        message:
          `the entry that starts here has no "- ": its ${repeats.length} keys are read as repeats of those of ` +
          `${above ?? "the entry"} at ${entryAt}`,
        hint: `start the entry with a dash, as the others do: \`${" ".repeat(dashAt)}- ${line.trim()}\``,
      });
      continue;
    }
    for (const { pair } of repeats) {
      const name = keyText(pair.key) ?? "";
      out.push({
        file,
        ...at((pair.key as Node).range?.[0] ?? 0),
        severity: "error",
        rule: "duplicate-key",
        message: `key ${quote(name)} is already set at ${placeOf(firstOf(pair))} in ${owner}`,
        hint:
          `each key may appear once per mapping; remove one of the two \`${name}:\` ` +
          "(merge their values first if both matter)",
      });
    }
  }
  return out;
}

/** The data path of the mapping that `ancestors` (as `visit` gives them) lead to. */
function dataPath(ancestors: readonly unknown[]): DataPath {
  const path: (string | number)[] = [];
  ancestors.forEach((node, i) => {
    const next = ancestors[i + 1];
    if (isPair(node)) path.push(keyText(node.key) ?? "");
    else if (isSeq(node) && next !== undefined) path.push(node.items.indexOf(next as Node));
  });
  return path;
}

/** The code of `errors[index]`, as written, for naming the entry. */
function entryCode(doc: Document, index: number): unknown {
  const errors = isMap(doc.contents) ? doc.contents.get("errors", true) : undefined;
  const entry = isSeq(errors) ? errors.items[index] : undefined;
  return isMap(entry) ? scalarValue(entry, "code") : undefined;
}

function scalarValue(map: YAMLMap, key: string): unknown {
  const pair = map.items.find((item) => keyText(item.key) === key);
  return isScalar(pair?.value) ? pair.value.value : undefined;
}

function keyText(key: unknown): string | undefined {
  return isScalar(key) ? String(key.value) : undefined;
}
