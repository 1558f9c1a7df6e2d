/**
 * Diagnostics: one problem in a catalog, located at `file:line:col`, with a
 * rule id and a hint that says how to fix it. Printed as
 * `spec/errors.yaml:42:11 error duplicate-code: code "105" is already defined at 30:11`
 * followed by an indented `hint:` line.
 */

export type Severity = "error" | "warning";

export interface Position {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, in UTF-16 code units as editors count them. */
  readonly col: number;
}

export interface Diagnostic extends Position {
  readonly file: string;
  readonly severity: Severity;
  readonly rule: string;
  readonly message: string;
  readonly hint: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.col} ${d.severity} ${d.rule}: ${d.message}\n  hint: ${d.hint}`;
}

/** Sorts by place, then rule and message, so output is the same on every run. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      a.line - b.line ||
      a.col - b.col ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === "error");
}

/** Quotes catalog text for a one-line diagnostic: JSON string syntax, shortened past 60 characters. */
export function quote(value: unknown): string {
  const text = typeof value === "string" ? value : String(value);
  const short = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return JSON.stringify(short);
}
