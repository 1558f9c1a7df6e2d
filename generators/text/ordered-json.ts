/**
 * JSON text for values whose key order matters. JavaScript objects put keys
 * that look like array indexes ("105", but not "0105" or "4294967296") first
 * in numeric order, so a mapping keyed by error codes is passed as a `Map`
 * and written here in the order given; the layout is `JSON.stringify(value,
 * null, 2)`'s.
 */

export type OrderedJson =
  | null
  | boolean
  | number
  | string
  | OrderedJson[]
  | ReadonlyMap<string, OrderedJson>
  | { readonly [key: string]: OrderedJson };

export function orderedJson(value: OrderedJson, indent = ""): string {
  if (value === null || typeof value !== "object") return String(JSON.stringify(value));
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((item) => inner + orderedJson(item, inner)).join(",\n")}\n${indent}]`;
  }
  const entries =
    value instanceof Map
      ? [...(value as ReadonlyMap<string, OrderedJson>)]
      : Object.entries(value as { [key: string]: OrderedJson });
  if (entries.length === 0) return "{}";
  const members = entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${orderedJson(item, inner)}`);
  return `{\n${members.join(",\n")}\n${indent}}`;
}

/** A plain object view of a value, for code that reads the document (tests, validators): Maps become objects. */
export function toPlain(value: OrderedJson): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(toPlain);
  const entries =
    value instanceof Map
      ? [...(value as ReadonlyMap<string, OrderedJson>)]
      : Object.entries(value as { [key: string]: OrderedJson });
  return Object.fromEntries(entries.map(([key, item]) => [key, toPlain(item)]));
}
