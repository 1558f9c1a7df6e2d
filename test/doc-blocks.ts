/**
 * The fenced code blocks of the documentation (README.md and docs/**\/*.md),
 * for the tests that run them. A block's info string is its language and,
 * where one language is checked in more than one way, a second word that
 * names the check: ```text java-output, ```yaml catalog,
 * ```js file=docs/examples/csv-plugin.mjs. A test asks for the blocks of one
 * page and one info string with `docBlocks("docs/consumers/python.md", "python")`;
 * test/docs-blocks.test.ts fails on any block no test asks for.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { ROOT } from "./helpers.ts";

export interface DocBlock {
  /** The page, relative to the repository root, with `/` separators. */
  readonly file: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  /** The whole info string, e.g. `text java-output`. */
  readonly info: string;
  /** The block's text, ending with a newline. */
  readonly code: string;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith(".md") ? [relative(ROOT, path).split(sep).join("/")] : [];
  });
}

/** README.md and every Markdown page below docs/, sorted. */
export function docFiles(): string[] {
  return ["README.md", ...markdownFiles(join(ROOT, "docs")).sort()];
}

/** Every fenced block of one page, in order. An unclosed fence is an error. */
export function fencedBlocks(file: string): DocBlock[] {
  const lines = readFileSync(join(ROOT, file), "utf8").split("\n");
  const blocks: DocBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const end = lines.indexOf("```", i + 1);
    if (end < 0) throw new Error(`${file}:${i + 1}: the fence is never closed`);
    blocks.push({ file, line: i + 1, info: open[1]!.trim(), code: `${lines.slice(i + 1, end).join("\n")}\n` });
    i = end;
  }
  return blocks;
}

/** The blocks of `file` whose info string is exactly `info`; fails when there is none, so a moved block is noticed. */
export function docBlocks(file: string, info: string): DocBlock[] {
  const blocks = fencedBlocks(file).filter((block) => block.info === info);
  if (blocks.length === 0) throw new Error(`${file} has no \`\`\`${info} block`);
  return blocks;
}

/** The one block of `file` with this info string. */
export function docBlock(file: string, info: string): DocBlock {
  const blocks = docBlocks(file, info);
  if (blocks.length !== 1) throw new Error(`${file} has ${blocks.length} \`\`\`${info} blocks, expected one`);
  return blocks[0]!;
}
