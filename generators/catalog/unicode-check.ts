/**
 * Checks that every text of the catalog (values and keys) is well-formed
 * Unicode. A YAML escape such as "\uD83E" without its low surrogate gives a
 * lone surrogate, which no UTF-8 file can hold: JSON writes it as an escape,
 * but Go, Rust and every UTF-8 encoder would have to change it. Reported here,
 * located, so no target has to guess.
 */
import type { Diagnostic } from "./diagnostics.ts";
import type { DataPath, YamlSource } from "./yaml-source.ts";
import { LONE_SURROGATE } from "../text/languages/characters.ts";

function hex(char: string): string {
  return `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

export function checkUnicode(data: unknown, source: YamlSource, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (path: DataPath, text: string, part: "value" | "key") => {
    const found = LONE_SURROGATE.exec(text)?.[0] ?? "";
    out.push({
      file,
      ...source.locate(path, part),
      severity: "error",
      rule: "lone-surrogate",
      message:
        `${part === "key" ? "the key" : "the text"} holds a lone surrogate ${hex(found)}, which no UTF-8 file ` +
        `can hold`,
      hint: "write the character itself, or both halves of its surrogate pair (\\uD83D\\uDEA8 for U+1F6A8)",
    });
  };
  // An explicit stack, not recursion: nesting depth is the input's. YAML
  // aliases share nodes, so each object is walked once (an alias bomb would
  // otherwise expand into billions of visits).
  const stack: [unknown, DataPath][] = [[data, []]];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const [value, path] = stack.pop() as [unknown, DataPath];
    if (value !== null && typeof value === "object") {
      if (seen.has(value)) continue;
      seen.add(value);
    }
    if (typeof value === "string") {
      if (LONE_SURROGATE.test(value)) report(path, value, "value");
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push([item, [...path, i]]));
    } else if (value !== null && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        if (LONE_SURROGATE.test(key)) report([...path, key], key, "key");
        stack.push([item, [...path, key]]);
      }
    }
  }
  return out;
}
