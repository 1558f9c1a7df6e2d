/**
 * The seed documents as the tests read them: test/fixtures/coinone-api-error-codes.txt
 * (the v1.0 error table, code, message and Korean description glued on one
 * line) and test/fixtures/coinone-api-error-codes-later.md (the rows the
 * current table and a later verbatim copy add or change, each with its
 * source letter, and the quotes of the API introduction page), copies of
 * shared/seed.
 */
import { readFileSync } from "node:fs";
import { fixture } from "./helpers.ts";

/** Table rows of the v1.0 document: lines after the header that start with a code. */
export function v1Rows(): string[] {
  const text = readFileSync(fixture("coinone-api-error-codes.txt"), "utf8");
  const lines = text.split("\n");
  const header = lines.indexOf("CodeReturn MessageDescription");
  if (header < 1) throw new Error("no table header in the v1.0 document");
  return lines.slice(header + 1).filter((line) => line.trim() !== "");
}

/** The text of the `## <title>` section of the later document. */
export function laterSection(title: string): string {
  const text = readFileSync(fixture("coinone-api-error-codes-later.md"), "utf8");
  const section = text.split(/^## /m).find((part) => part.startsWith(`${title}\n`));
  if (section === undefined) throw new Error(`no section "${title}" in the later document`);
  return section;
}

/** The cells of every table row under the `## <title>` section of the later document. */
export function laterTable(title: string): string[][] {
  const rows = laterSection(title)
    .split("\n")
    .filter((line) => line.startsWith("| "));
  // Header and delimiter rows first; cells never contain " | ".
  return rows.slice(2).map((line) => line.slice(2, -2).split(" | "));
}
