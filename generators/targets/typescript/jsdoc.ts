/**
 * JSDoc blocks for the generated module, given to ts-morph as finished text.
 * A JSDoc *structure* is printed through a scratch CodeBlockWriter that
 * tracks quotes and comment markers in the text, so catalog text holding `/*`
 * or a backtick could derail where the printer puts the tags; text is
 * escaped here and printed line by line inside the comment instead. Every
 * piece of catalog text goes through `jsDocLines`, so TypeScript's parser
 * finds no tag the catalog did not ask for (test/hostile-readers.test.ts).
 */
import { jsDocLines } from "../../text/escape.ts";

export interface DocTag {
  readonly name: string;
  /** Catalog text: escaped, so no `@` in it can start a tag. */
  readonly text: string;
  /** The generator's own text after it (such as a `{@link}` to a member): written as it is. */
  readonly own?: string;
}

/** The text of one JSDoc block: escaped description lines, then one line per tag. */
export function jsDoc(lines: readonly string[], tags: readonly DocTag[] = []): string {
  const description = lines.flatMap(jsDocLines);
  const tagLines = tags.map((tag) => `@${tag.name} ${jsDocLines(tag.text).join("\n")}${tag.own ?? ""}`);
  return [...description, ...tagLines].join("\n");
}
