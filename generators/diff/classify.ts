/**
 * Compares two catalogs and classifies every change by what it does to
 * consumers, as a semantic version bump:
 * - major: a code removed or retired, a name (enum member) or wire message
 *   changed, a retired code reused or its tombstone deleted, a category or
 *   locale removed, the catalog renamed (every export name changes) or its
 *   wire fields changed;
 * - minor: a code, category or locale added, a code deprecated or
 *   undeprecated, a code moved to another category, its hints changed, its
 *   documented retry wait given, changed or dropped, an error class given
 *   where there was none (a changed error class is major);
 * - patch: descriptions, titles, notes and deprecation texts changed, where a
 *   text comes from (`source`) or the documents it names changed.
 * Pure: the command line (generators/commands/diff.ts) loads the catalogs.
 */
import { compareCodes } from "../catalog/names.ts";
import type { Catalog, CatalogError } from "../catalog/types.ts";

export type ChangeClass = "major" | "minor" | "patch";
export type Bump = ChangeClass | "none";

export interface Change {
  readonly kind: string;
  /** The error code the change is about; null for catalog-wide changes. */
  readonly code: string | null;
  readonly class: ChangeClass;
  readonly detail: string;
}

export interface CatalogDiff {
  readonly bump: Bump;
  readonly changes: readonly Change[];
}

const RANK: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

const quote = (value: unknown) => JSON.stringify(value);

/** `shared` holds the locales of both catalogs: a locale added or removed changes no text's source. */
function compareEntries(
  base: CatalogError,
  head: CatalogError,
  shared: ReadonlySet<string>,
  locales: ReadonlySet<string>,
  add: (kind: string, cls: ChangeClass, detail: string) => void,
): void {
  if (base.name !== head.name)
    add("name-changed", "major", `name ${base.name} -> ${head.name} (enum member ${base.member} -> ${head.member})`);
  if (base.message !== head.message)
    add("message-changed", "major", `wire message ${quote(base.message)} -> ${quote(head.message)}`);
  if (base.category !== head.category)
    add("category-changed", "minor", `category ${base.category} -> ${head.category}`);
  if (!base.deprecated && head.deprecated) {
    const { since, reason, replacedBy } = head.deprecated;
    add("code-deprecated", "minor", `deprecated since ${since}: ${reason}${replacedBy ? ` (use ${replacedBy})` : ""}`);
  } else if (base.deprecated && !head.deprecated) {
    add("code-undeprecated", "minor", "no longer deprecated");
  } else if (
    base.deprecated &&
    head.deprecated &&
    JSON.stringify(base.deprecated) !== JSON.stringify(head.deprecated)
  ) {
    add(
      "deprecation-changed",
      "patch",
      `deprecation ${JSON.stringify(base.deprecated)} -> ${JSON.stringify(head.deprecated)}`,
    );
  }
  for (const field of ["retryable", "userAction", "httpStatus"] as const) {
    if (base[field] !== head[field])
      add("hint-changed", "minor", `${field} ${quote(base[field] ?? null)} -> ${quote(head[field] ?? null)}`);
  }
  // A client waits this long before repeating the request: a new wait changes when it retries.
  if (base.retryAfterSeconds !== head.retryAfterSeconds) {
    const wait = (seconds: number | undefined) => (seconds === undefined ? "none" : `${seconds} s`);
    const detail = `retryAfterSeconds ${wait(base.retryAfterSeconds)} -> ${wait(head.retryAfterSeconds)}`;
    add("retry-wait-changed", "minor", detail);
  }
  // A catalog before 2.0.0 has no error class: giving one adds information; changing
  // one changes the exception a client (ccxt) raises, so its catch clauses.
  const baseClass = base.errorClass as CatalogError["errorClass"] | undefined;
  if (baseClass !== head.errorClass) {
    add(
      "error-class-changed",
      baseClass === undefined ? "minor" : "major",
      `errorClass ${quote(baseClass ?? null)} -> ${quote(head.errorClass)}`,
    );
  }
  for (const locale of Object.keys(head.description)) {
    const before = base.description[locale];
    if (before !== undefined && before !== head.description[locale])
      add(
        "description-changed",
        "patch",
        `description.${locale} ${quote(before)} -> ${quote(head.description[locale])}`,
      );
  }
  if (base.notes !== head.notes)
    add("notes-changed", "patch", `notes ${quote(base.notes ?? null)} -> ${quote(head.notes ?? null)}`);
  // Where a text comes from is documentation: no text and no behaviour changes with it.
  // A catalog before 3.0.0 has no sources at all.
  const kept = (source: CatalogError["source"] | undefined) =>
    source && Object.fromEntries(Object.entries(source).filter(([key]) => shared.has(key) || !locales.has(key)));
  const [before, after] = [kept(base.source as CatalogError["source"] | undefined), kept(head.source)];
  if (JSON.stringify(before ?? null) !== JSON.stringify(after ?? null)) {
    add("source-changed", "patch", `source ${sourceText(before)} -> ${sourceText(after)}`);
  }
}

/** `message v1.0-table, en ours, ko v1.0-table`, or `none` for a catalog without sources. */
function sourceText(source: CatalogError["source"] | undefined): string {
  if (source === undefined) return "none";
  return Object.entries(source)
    .map(([key, document]) => `${key} ${document}`)
    .join(", ");
}

export function diffCatalogs(base: Catalog, head: Catalog): CatalogDiff {
  const changes: Change[] = [];
  const add = (kind: string, code: string | null, cls: ChangeClass, detail: string) =>
    changes.push({ kind, code, class: cls, detail });

  if (base.name !== head.name)
    add("catalog-renamed", null, "major", `catalog name ${base.name} -> ${head.name}: every export name changes`);
  for (const field of Object.keys({ ...base.wire, ...head.wire }).sort() as (keyof Catalog["wire"])[]) {
    if (base.wire[field] !== head.wire[field])
      add(
        "wire-changed",
        null,
        "major",
        `wire.${field} ${quote(base.wire[field] ?? null)} -> ${quote(head.wire[field] ?? null)}`,
      );
  }
  for (const locale of base.locales)
    if (!head.locales.includes(locale)) add("locale-removed", null, "major", `locale ${locale} removed`);
  for (const locale of head.locales)
    if (!base.locales.includes(locale)) add("locale-added", null, "minor", `locale ${locale} added`);
  if (base.sourceLocale !== head.sourceLocale)
    add("source-locale-changed", null, "minor", `source locale ${base.sourceLocale} -> ${head.sourceLocale}`);
  const headCategories = new Map(head.categories.map((c) => [c.id, c]));
  const baseCategories = new Map(base.categories.map((c) => [c.id, c]));
  for (const category of base.categories) {
    const after = headCategories.get(category.id);
    if (after === undefined) {
      add("category-removed", null, "major", `category ${category.id} removed`);
      continue;
    }
    for (const locale of Object.keys(after.title)) {
      const before = category.title[locale];
      if (before !== undefined && before !== after.title[locale])
        add(
          "category-title-changed",
          null,
          "patch",
          `category ${category.id} title.${locale} ${quote(before)} -> ${quote(after.title[locale])}`,
        );
    }
  }
  for (const category of head.categories)
    if (!baseCategories.has(category.id)) add("category-added", null, "minor", `category ${category.id} added`);
  if (base.title !== head.title)
    add("title-changed", null, "patch", `title ${quote(base.title)} -> ${quote(head.title)}`);
  // Catalogs before 3.0.0 declare no documents (the loader gives them an empty list).
  const baseDocuments = new Map(base.documents.map((d) => [d.id, d]));
  const headDocuments = new Map(head.documents.map((d) => [d.id, d]));
  for (const id of [...new Set([...baseDocuments.keys(), ...headDocuments.keys()])]) {
    const [before, after] = [baseDocuments.get(id), headDocuments.get(id)];
    if (JSON.stringify(before ?? null) === JSON.stringify(after ?? null)) continue;
    const changed = `${quote(before)} -> ${quote(after)}`;
    const what = before === undefined ? "added" : after === undefined ? "removed" : changed;
    add("document-changed", null, "patch", `document ${id} ${what}`);
  }
  // The header's other texts reach artifacts' titles and metadata only (a locale added or removed is its own change).
  for (const locale of base.locales.filter((l) => head.locales.includes(l) && l !== head.sourceLocale))
    if (base.titles[locale] !== head.titles[locale])
      add(
        "header-changed",
        null,
        "patch",
        `title.${locale} ${quote(base.titles[locale])} -> ${quote(head.titles[locale])}`,
      );
  for (const field of ["originLocale", "repository", "license", "author"] as const)
    if (base[field] !== head[field])
      add("header-changed", null, "patch", `${field} ${quote(base[field] ?? null)} -> ${quote(head[field] ?? null)}`);
  if (base.docsBaseUrl !== head.docsBaseUrl)
    add(
      "docs-url-changed",
      null,
      "patch",
      `docsBaseUrl ${quote(base.docsBaseUrl ?? null)} -> ${quote(head.docsBaseUrl ?? null)}`,
    );

  const allLocales = new Set([...base.locales, ...head.locales]);
  const sharedLocales = new Set(base.locales.filter((locale) => head.locales.includes(locale)));
  const baseErrors = new Map(base.errors.map((e) => [e.code, e]));
  const headErrors = new Map(head.errors.map((e) => [e.code, e]));
  const codes = [...new Set([...baseErrors.keys(), ...headErrors.keys()])].sort(compareCodes);
  for (const code of codes) {
    const before = baseErrors.get(code);
    const after = headErrors.get(code);
    const on = (kind: string, cls: ChangeClass, detail: string) => add(kind, code, cls, detail);
    if (before && !after) {
      if (before.removed)
        on(
          "tombstone-removed",
          "major",
          `the tombstone of retired code ${code} (${before.name}) was deleted, so the code could be reused`,
        );
      else on("code-removed", "major", `${before.name} removed without a tombstone`);
    } else if (!before && after) {
      if (after.removed) on("tombstone-added", "patch", `${after.name} recorded as retired`);
      else on("code-added", "minor", `${after.name} added`);
    } else if (before && after) {
      if (!before.removed && after.removed)
        on("code-retired", "major", `${before.name} retired since ${after.removed.since}: ${after.removed.reason}`);
      else if (before.removed && !after.removed)
        on("retired-code-reused", "major", `retired code ${code} (${before.name}) is used again by ${after.name}`);
      else if (!before.removed && !after.removed) compareEntries(before, after, sharedLocales, allLocales, on);
    }
  }
  const bump = changes.reduce<Bump>((max, change) => (RANK[change.class] > RANK[max] ? change.class : max), "none");
  return { bump, changes };
}

/** True when `head` is at least `bump` above `base` (e.g. 1.2.3 -> 2.0.0 for major). */
export function isBumpEnough(base: string, head: string, bump: Bump): boolean {
  const [b1, b2, b3] = base.split(/[.-]/).map(Number) as [number, number, number];
  const [h1, h2, h3] = head.split(/[.-]/).map(Number) as [number, number, number];
  switch (bump) {
    case "none":
      return true;
    case "major":
      return h1 > b1;
    case "minor":
      return h1 > b1 || (h1 === b1 && h2 > b2);
    case "patch":
      return h1 > b1 || (h1 === b1 && (h2 > b2 || (h2 === b2 && h3 > b3)));
  }
}
