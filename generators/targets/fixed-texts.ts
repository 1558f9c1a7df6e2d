/**
 * What the Markdown and HTML references share in their fixed texts (templates/markdown/texts.json,
 * templates/html/texts.json): `{name}` slots, and the phrase for whether a retry helps.
 */
import type { CatalogError } from "../catalog/types.ts";

/** Fills `{name}` slots of a fixed text with text the caller has already escaped for its format. */
export function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{([a-z_]+)\}/g, (slot, name: string) => values[name] ?? slot);
}

/** Yes (with the documented wait, `{seconds}` in `retryAfter`), or no. */
export function retryPhrase(error: CatalogError, yes: string, no: string, retryAfter: string): string {
  if (!error.retryable) return no;
  return error.retryAfterSeconds === undefined ? yes : fill(retryAfter, { seconds: String(error.retryAfterSeconds) });
}
