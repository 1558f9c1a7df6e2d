/**
 * Small, honest diffs (issue 25, item 2): a change to one text rewrites only
 * the files that hold that text, plus catalog.json (which records the spec's
 * sha256). No header carries a hash, a version or a date.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../generators/catalog/load-catalog.ts";
import { generateArtifacts, ROOT } from "./helpers.ts";

const text = readFileSync(join(ROOT, "spec", "errors.yaml"), "utf8");

function filesOf(source: string): Map<string, string> {
  const { catalog, diagnostics } = loadCatalog(source, "spec/errors.yaml");
  if (catalog === undefined) throw new Error(diagnostics.map((d) => d.message).join("\n"));
  return new Map(generateArtifacts(catalog).map((file) => [file.path, file.content]));
}

describe("changing one text", () => {
  const before = filesOf(text);

  it.each([
    ["a Korean description", /(\n {6}ko: )(.+)\n/, "바뀐 설명입니다."],
    ["an English description", /(\n {6}en: )(.+)\n/, "A changed description."],
  ])("rewrites only the files that hold %s, and catalog.json", (_, pattern, replacement) => {
    const match = pattern.exec(text.slice(text.indexOf("\nerrors:")));
    expect(match).not.toBeNull();
    const old = (match as RegExpExecArray)[2] as string;
    const changed = text.replace(
      `${(match as RegExpExecArray)[1]}${old}\n`,
      `${(match as RegExpExecArray)[1]}${replacement}\n`,
    );
    const after = filesOf(changed);
    const rewritten = [...after.keys()].filter((path) => after.get(path) !== before.get(path)).sort();
    const holding = [...after.keys()]
      // Lower-cased too: the HTML indexes hold every locale's text lower-cased for their search.
      .filter((path) => (after.get(path) ?? "").toLowerCase().includes(replacement.slice(0, 6).toLowerCase()))
      .sort();
    // A changed Korean (origin) text makes its English translation stale: the English reference's translation
    // status counts it (docs/translations.md).
    const status = replacement === "바뀐 설명입니다." ? ["docs/errors.en.md"] : [];
    expect(rewritten).toEqual([...new Set([...holding, ...status, "catalog.json"])].sort());
    expect(rewritten.length).toBeLessThan(after.size / 2);
  });
});
