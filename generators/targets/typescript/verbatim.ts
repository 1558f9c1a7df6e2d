/**
 * Lines that go into a printing as they are. ts-morph prints through
 * code-block-writer, which looks at every character it is given (to track
 * strings, comments and indentation): right for statements, slow for the
 * metadata table, thousands of lines of finished one-line literals. Such
 * lines are written as one placeholder line, and after printing the
 * placeholder line is replaced by them. A placeholder holds U+0000 on both
 * sides of its number: the printed module holds that character nowhere
 * else (catalog text reaches it only through jsString, which escapes it).
 * The printing with its placeholders stays small; the module is its pieces
 * with the lines in place (`pieces`), never one string for a large catalog.
 */
import type { CodeBlockWriter } from "ts-morph";

const PLACEHOLDER_LINE = /^[ \t]*\u0000(\d+)\u0000\n/m;

export class Verbatim {
  private readonly blocks: (() => Iterable<string>)[] = [];

  /**
   * Writes the lines `lines()` gives (each with its own indentation) at the
   * writer's place, as whole lines. They are made when the pieces are (once
   * per file the printing becomes), never held.
   */
  write(writer: CodeBlockWriter, lines: () => Iterable<string>): void {
    const index = this.blocks.push(lines) - 1;
    writer.writeLine(`\u0000${index}\u0000`);
  }

  /** The printed text (or a line-by-line transformation of it) in pieces, every placeholder line (and its indentation) replaced by its lines. */
  *pieces(printed: string): Generator<string> {
    const parts = printed.split(PLACEHOLDER_LINE);
    for (let k = 0; k < parts.length; k++) {
      if (k % 2 === 0) yield parts[k] as string;
      else for (const line of (this.blocks[Number(parts[k])] as () => Iterable<string>)()) yield `${line}\n`;
    }
  }

  /** The printed text with every placeholder line replaced by its lines, whole. */
  apply(printed: string): string {
    return [...this.pieces(printed)].join("");
  }
}
