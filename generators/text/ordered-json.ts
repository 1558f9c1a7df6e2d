/**
 * JSON text for values whose key order matters. JavaScript objects put keys
 * that look like array indexes ("105", but not "0105" or "4294967296") first
 * in numeric order, so a mapping keyed by error codes is passed as a `Map`
 * and written here in the order given; the layout is `JSON.stringify(value,
 * null, 2)`'s.
 */

export type OrderedJson = null | boolean | number | string | OrderedJson[] | ReadonlyMap<string, OrderedJson> | { readonly [key: string]: OrderedJson };

export function orderedJson(value: OrderedJson, indent = ""): string {
  const parts: string[] = [];
  writeOrderedJson(value, (piece) => parts.push(piece), indent);
  return parts.join("");
}

/** The same text in pieces, each handed to `emit` (made-files.ts piecesFile writes a large document so). */
export function writeOrderedJson(value: OrderedJson, emit: (piece: string) => void, indent = ""): void {
  if (value === null || typeof value !== "object") {
    emit(String(JSON.stringify(value)));
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return emit("[]");
    emit("[\n");
    value.forEach((item, i) => {
      emit(i === 0 ? inner : `,\n${inner}`);
      writeOrderedJson(item, emit, inner);
    });
    return emit(`\n${indent}]`);
  }
  const entries = value instanceof Map ? (value as ReadonlyMap<string, OrderedJson>) : Object.entries(value as { [key: string]: OrderedJson });
  let first = true;
  for (const [key, item] of entries) {
    emit(`${first ? "{\n" : ",\n"}${inner}${JSON.stringify(key)}: `);
    first = false;
    writeOrderedJson(item, emit, inner);
  }
  emit(first ? "{}" : `\n${indent}}`);
}

/** A plain object view of a value, for code that reads the document (tests, validators): Maps become objects. */
export function toPlain(value: OrderedJson): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(toPlain);
  const entries = value instanceof Map ? [...(value as ReadonlyMap<string, OrderedJson>)] : Object.entries(value as { [key: string]: OrderedJson });
  return Object.fromEntries(entries.map(([key, item]) => [key, toPlain(item)]));
}
