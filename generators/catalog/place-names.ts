/**
 * Names a place in the catalog as people read it: `errors[3].description.en`
 * becomes `error "105" description.en`, after the entry's code, since an
 * index says nothing to whoever edits the file. An entry without a usable
 * code (missing, or not a string) keeps its index.
 */
import { quote } from "./diagnostics.ts";

export type DataPath = readonly (string | number)[];

/** `["errors", 3, "code"]` -> `errors[3].code`; the root is `the catalog`. */
export function displayPath(path: DataPath): string {
  if (path.length === 0) return "the catalog";
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (out === "") out = segment;
    else out += /^[A-Za-z_][A-Za-z0-9_-]*$/.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** `error "105"` for an entry whose code is text, else undefined. */
export function entryName(code: unknown): string | undefined {
  return typeof code === "string" && code.trim() !== "" ? `error ${quote(code)}` : undefined;
}

/** A catalog path named by entry code where there is one: `error "105" description.en`. */
export function describePath(path: DataPath, codeAt: (index: number) => unknown): string {
  const [top, index, ...rest] = path;
  const name = top === "errors" && typeof index === "number" ? entryName(codeAt(index)) : undefined;
  if (name === undefined) return displayPath(path);
  return rest.length === 0 ? name : `${name} ${displayPath(rest)}`;
}
