/**
 * "Did you mean": the known name nearest to a misspelt one. Names are
 * compared after normalisation (case, `_` and `-` and spaces are one), by
 * Damerau-Levenshtein distance (adjacent swaps count one edit), so
 * `descripton`, `invalid_order` and `check_credential` find `description`,
 * `invalid-order` and `check-credentials`. Used for catalog properties,
 * locales, categories and closed values, and for the targets file.
 */

/** Edits (insert, delete, replace, swap of two neighbours) from `a` to `b`: optimal string alignment distance. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const above = rows[i - 1] ?? [];
      let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      const swapped = i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1];
      if (swapped) best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row[j] = best;
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}

/** Lower case, with `_`, spaces and camelCase humps all turned into `-`. */
export function normaliseName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .toLowerCase()
    .replace(/[\s_-]+/g, "-");
}

/**
 * The known name nearest to `name`: the same after normalisation, else
 * within a third of its length in edits (at least 1, at most 3), else one
 * that is a whole word of it (`invalid_order` -> `order`). Ties go to the
 * earlier name in `known`; a name without letters has no nearest.
 */
export function nearest(name: string, known: readonly string[]): string | undefined {
  // A value without letters (`3.2`, `404`) is a different value, not a misspelt one.
  if (!/\p{L}/u.test(name)) return undefined;
  const wanted = normaliseName(name);
  const limit = Math.max(1, Math.min(3, Math.floor(wanted.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    if (candidate === name) continue;
    const d = editDistance(wanted, normaliseName(candidate));
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  if (best !== undefined) return best;
  const words = wanted.split("-").filter((word) => word.length >= 3);
  return known.find((candidate) => words.includes(normaliseName(candidate)));
}

/** `did you mean X? ` when a known name is near (see `nearest`), else the empty string. */
export function didYouMean(name: string, known: readonly string[]): string {
  const found = nearest(name, known);
  return found === undefined ? "" : `did you mean ${found}? `;
}
