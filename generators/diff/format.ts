/**
 * Renders a catalog diff as text, JSON, a Markdown table, or a Keep a
 * Changelog entry. Catalog text in details is escaped for Markdown by the
 * shared helpers.
 */
import type { CatalogDiff, Change } from "./classify.ts";
import { lineCommentText, showControls } from "../text/escape.ts";
import { cell, code, inline } from "../text/markdown-helpers.ts";

export type DiffFormat = "text" | "json" | "markdown";

export function formatDiff(diff: CatalogDiff, format: DiffFormat): string {
  switch (format) {
    case "json":
      return `${JSON.stringify({ bump: diff.bump, changes: diff.changes }, null, 2)}\n`;
    case "markdown":
      return formatMarkdown(diff);
    case "text":
      return formatText(diff);
  }
}

function formatText(diff: CatalogDiff): string {
  const count = diff.changes.length;
  const lines = [`bump: ${diff.bump} (${count} change${count === 1 ? "" : "s"})`];
  const kindWidth = Math.max(0, ...diff.changes.map((c) => c.kind.length));
  const codeWidth = Math.max(1, ...diff.changes.map((c) => (c.code ?? "-").length));
  for (const change of diff.changes) {
    // Details quote catalog text, which must not move the cursor or color a terminal.
    lines.push(
      `${change.class.padEnd(5)}  ${change.kind.padEnd(kindWidth)}  ${(change.code ?? "-").padEnd(codeWidth)}  ` +
        `${showControls(lineCommentText(change.detail))}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

function formatMarkdown(diff: CatalogDiff): string {
  const lines = [`## Error catalog changes: ${diff.bump}`, ""];
  if (diff.changes.length === 0) {
    lines.push("No changes.");
  } else {
    lines.push("| Class | Kind | Code | Detail |", "| --- | --- | --- | --- |");
    for (const change of diff.changes)
      lines.push(
        `| ${change.class} | ${change.kind} | ${change.code === null ? "" : code(change.code)} | ` +
          `${cell(change.detail)} |`,
      );
  }
  return `${lines.join("\n")}\n`;
}

/** The Keep a Changelog section a change belongs in. */
function sectionOf(change: Change): "Added" | "Changed" | "Deprecated" | "Removed" {
  if (["code-added", "locale-added", "category-added"].includes(change.kind)) return "Added";
  if (change.kind === "code-deprecated") return "Deprecated";
  if (["code-removed", "code-retired", "locale-removed", "category-removed", "tombstone-removed"].includes(change.kind))
    return "Removed";
  return "Changed";
}

const SECTIONS = ["Added", "Changed", "Deprecated", "Removed"] as const;

export function formatChangelog(diff: CatalogDiff, version: string, date: string): string {
  const lines = [`## [${version}] - ${date}`];
  if (diff.changes.length === 0) lines.push("", "No changes to the error catalog.");
  for (const title of SECTIONS) {
    const entries = diff.changes.filter((change) => sectionOf(change) === title);
    if (entries.length === 0) continue;
    lines.push("", `### ${title}`, "");
    for (const change of entries) {
      const breaking = change.class === "major" ? "**Breaking:** " : "";
      lines.push(`- ${breaking}${change.code === null ? "" : `${code(change.code)}: `}${inline(change.detail)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
