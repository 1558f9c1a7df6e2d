/**
 * Maps an offset inside a scalar's value back to the catalog's `line:col`,
 * by walking the scalar as written: plain, single-quoted, double-quoted
 * (escapes decoded one by one) or a literal block (`|`). Where the walk
 * cannot follow (folded scalars and the like), the scalar's own start is
 * returned, which is still the right line for a one-line text.
 */
import type { Position } from "./diagnostics.ts";

const SIMPLE_ESCAPE_LENGTH: Record<string, number> = { x: 4, u: 6, U: 10 };

export function positionInScalar(text: string, start: Position, value: string, offset: number): Position {
  const lines = text.split("\n");
  let lineIndex = start.line - 1;
  let col = start.col - 1;
  const line = () => lines[lineIndex] ?? "";
  const first = line()[col];
  if (first === "|") {
    // Literal block: value line k is raw line start+1+k, after the block's indentation.
    const before = value.slice(0, offset).split("\n");
    const row = lineIndex + before.length;
    const indent = /^ */.exec(lines.slice(lineIndex + 1).find((l) => l.trim() !== "") ?? "")?.[0].length ?? 0;
    return { line: row + 1, col: indent + (before[before.length - 1]?.length ?? 0) + 1 };
  }
  if (first === ">" || value.slice(0, offset).includes("\n")) return start;
  const quote = first === '"' || first === "'" ? first : undefined;
  if (quote !== undefined) col += 1;
  let consumed = 0;
  while (consumed < offset) {
    const char = line()[col];
    if (char === undefined) return start;
    if (quote === "'" && char === "'" && line()[col + 1] === "'") col += 2;
    else if (quote === '"' && char === "\\") {
      const next = line()[col + 1] ?? "";
      col += SIMPLE_ESCAPE_LENGTH[next] ?? 2;
      // \U escapes an astral character: two UTF-16 code units of the value.
      if (next === "U") consumed += 1;
    } else col += 1;
    consumed += 1;
  }
  return { line: lineIndex + 1, col: col + 1 };
}
