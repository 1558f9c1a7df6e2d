/**
 * Lines that go into a printing as they are. ts-morph prints through
 * code-block-writer, which looks at every character it is given (to track
 * strings, comments and indentation): right for statements, slow for the
 * metadata table, thousands of lines of finished one-line literals. Such
 * lines are written as one placeholder line, and after printing the
 * placeholder line is replaced by them. A placeholder holds U+0000 on both
 * sides of its number: the printed module holds that character nowhere
 * else (catalog text reaches it only through jsString, which escapes it).
 */
import type { CodeBlockWriter } from "ts-morph";

export class Verbatim {
  private readonly blocks: string[] = [];

  /** Writes `lines` (each with its own indentation) at the writer's place, as whole lines. */
  write(writer: CodeBlockWriter, lines: readonly string[]): void {
    const index = this.blocks.push(lines.length === 0 ? "" : `${lines.join("\n")}\n`) - 1;
    writer.writeLine(`\u0000${index}\u0000`);
  }

  /** The printed text with every placeholder line (and its indentation) replaced by its lines. */
  apply(printed: string): string {
    if (this.blocks.length === 0) return printed;
    return printed.replace(/^[ \t]*\u0000(\d+)\u0000\n/gm, (_, index: string) => this.blocks[Number(index)] as string);
  }
}
