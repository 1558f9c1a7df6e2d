/**
 * Checks the provenance of the catalog's texts and the retry wait, where a
 * JSON Schema cannot: document ids unique and never `ours` (it marks a text
 * written for the catalog), every `source` naming a declared document and
 * a declared locale, every declared document used by some text (a warning),
 * and `retryAfterSeconds` only on a retryable error. Runs on any data,
 * valid or not, next to the other semantic checks (semantic-check.ts).
 */
import type { Diagnostic } from "./diagnostics.ts";
import { quote } from "./diagnostics.ts";
import { OURS } from "./types.ts";
import { reporter } from "./yaml-source.ts";
import type { DataPath, YamlSource } from "./yaml-source.ts";

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export function checkSources(data: unknown, source: YamlSource, file: string): Diagnostic[] {
  if (!isObject(data)) return [];
  const out: Diagnostic[] = [];
  const report = reporter(source, file, out);
  const meta = isObject(data.catalog) ? data.catalog : {};
  const locales = list(meta.locales).filter((l): l is string => typeof l === "string");

  // Documents: unique ids, none spelt `ours`.
  const documents = new Map<string, DataPath>();
  list(data.documents).forEach((document, i) => {
    if (!isObject(document) || typeof document.id !== "string") return;
    const at: DataPath = ["documents", i, "id"];
    const first = documents.get(document.id);
    if (document.id === OURS) {
      report(
        at,
        "reserved-document",
        `document id ${quote(OURS)} is reserved: it marks a text written for this catalog`,
        "give the document another id, e.g. the name of the page it is",
      );
    } else if (first !== undefined) {
      const p = source.locate(first);
      report(
        at,
        "duplicate-document",
        `document ${quote(document.id)} is already declared at ${p.line}:${p.col}`,
        "give each document its own id, or merge the two",
      );
    } else {
      documents.set(document.id, at);
    }
  });

  const used = new Set<string>();
  list(data.errors).forEach((entry, i) => {
    if (!isObject(entry)) return;
    const label = typeof entry.code === "string" ? `error ${quote(entry.code)}` : `errors[${i}]`;
    if (isObject(entry.source)) {
      for (const [key, value] of Object.entries(entry.source)) {
        const at: DataPath = ["errors", i, "source", key];
        if (key !== "message" && locales.length > 0 && !locales.includes(key) && /^[a-z]{2,3}(-|$)/.test(key)) {
          report(
            at,
            "extra-locale",
            `${label} source names the text of ${quote(key)}, which catalog.locales does not declare`,
            `declare ${key} in catalog.locales or remove this entry`,
            "error",
            "key",
          );
        }
        if (key === "retryAfterSeconds" && entry.retryAfterSeconds === undefined) {
          report(
            at,
            "source-without-wait",
            `${label} names a source for retryAfterSeconds but has no retryAfterSeconds`,
            "set retryAfterSeconds to the documented wait, or remove this entry",
            "error",
            "key",
          );
        }
        if (typeof value !== "string" || value === OURS) continue;
        used.add(value);
        if (!documents.has(value)) {
          const known = [...documents.keys(), OURS].join(", ");
          report(
            at,
            "unknown-document",
            `${label} source.${key} is ${quote(value)}, which is not a declared document`,
            `use one of: ${known}; or declare the document under documents`,
          );
        }
      }
    }
    if (entry.retryAfterSeconds !== undefined && entry.retryable !== true) {
      report(
        ["errors", i, "retryAfterSeconds"],
        "retry-after-not-retryable",
        `${label} has retryAfterSeconds but is not retryable`,
        "a wait before retrying means the same request succeeds later: " +
          "set retryable: true, or remove retryAfterSeconds",
        "error",
        "key",
      );
    }
  });

  for (const [id, at] of documents) {
    if (!used.has(id))
      report(
        at,
        "unused-document",
        `document ${quote(id)} is declared but no text names it in source`,
        "name it in the source of the texts copied from it, or remove it",
        "warning",
      );
  }
  return out;
}
