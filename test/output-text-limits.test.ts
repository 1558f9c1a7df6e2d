/**
 * Issue 11, finding 8 and the audit of generators/text/: no helper recurses
 * or spreads on the size of its input. Each helper gets a 1 MB text built to
 * be its worst case (100,000s of backtick runs, comment closers, line breaks,
 * control characters, pipes) and must return the right text, not a RangeError.
 */
import { describe, expect, it } from "vitest";
import { jsDocLines, jsPropertyKey, jsString, lineCommentText, showControls } from "../generators/text/escape.ts";
import { generatedNotice } from "../generators/text/header.ts";
import { attr, cell, code, codeBlock, comment, fenceFor, inline } from "../generators/text/markdown-helpers.ts";
import type { Catalog } from "../generators/catalog/types.ts";

const MB = 1024 * 1024;
/** `unit` repeated to 1 MB. */
const megabyte = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

const BACKTICK_RUNS = megabyte("` ");
const MIXED = megabyte("*/`|\\|--\u0000\u2028\r\n<>&\"'#_~[]@");

describe("every text helper handles 1 MB of its worst input", () => {
  it("fenceFor: 524,288 backtick runs and one long run", () => {
    expect(fenceFor(BACKTICK_RUNS, 1)).toBe("``");
    expect(fenceFor(`${"`".repeat(MB - 1)}x`, 3)).toHaveLength(MB);
    expect(fenceFor("", 3)).toBe("```");
  });

  it("code and codeBlock", () => {
    // Ends in a letter: text with a space at either end is written as escaped text (MD038), not a code span.
    const span = code(`${BACKTICK_RUNS.slice(0, -1)}x`);
    expect(span.startsWith("`` `")).toBe(true);
    expect(span).toHaveLength(MB + 6);
    const block = codeBlock("text", BACKTICK_RUNS);
    expect(block.startsWith("```text\n")).toBe(true);
    expect(code(MIXED).length).toBeGreaterThan(MB);
  });

  it("inline, cell, comment and attr", () => {
    expect(inline(MIXED)).not.toMatch(/[\n\r\u2028]/);
    expect(cell(MIXED).split("<br />").length).toBeGreaterThan(10_000);
    expect(comment(MIXED)).not.toContain("--");
    expect(attr(MIXED)).not.toMatch(/[<>"]/);
  });

  it("jsString, jsPropertyKey, showControls, jsDocLines and lineCommentText", () => {
    expect(JSON.parse(jsString(MIXED))).toBe(MIXED);
    expect(JSON.parse(jsPropertyKey(MIXED))).toBe(MIXED);
    expect(showControls(megabyte("\u0000\u0007"))).toBe(megabyte("\u2400\u2407"));
    const lines = jsDocLines(MIXED);
    expect(lines.length).toBeGreaterThan(10_000);
    for (const line of lines) expect(line).not.toContain("*/");
    expect(lineCommentText(MIXED)).not.toMatch(/[\n\r\u2028]/);
  });

  it("generatedNotice with a 1 MB spec path", () => {
    const catalog = {
      name: "demo",
      version: "1.0.0",
      source: { path: megabyte("a/"), sha256: "0".repeat(64) },
    } as unknown as Catalog;
    expect(generatedNotice(catalog)[0]).toHaveLength(MB + 96);
  });
});
