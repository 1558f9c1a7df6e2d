/**
 * Reads generated TypeScript the way a reader of it would: every enum
 * declaration and every object literal whose properties are string literals
 * is a candidate "code table"; each entry gives the member or key name, the
 * string value and the comment text written just before it (JSDoc or `//`).
 * The table holding the most of the given codes is the tool's code enum.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

export interface Member {
  readonly name: string;
  readonly value: string;
  /** The comments before the member, markers and `*` gutters removed, whitespace collapsed. */
  readonly comment: string;
  readonly file: string;
}

export function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

function commentText(raw: string): string {
  return raw
    .replace(/\/\*\*?|\*\/|^\s*\*|\/\//gm, " ")
    .replace(/@description\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function membersOf(file: string): Member[][] {
  const text = readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const tables: Member[][] = [];
  const entry = (node: ts.Node, name: ts.Node, value: ts.Node | undefined): Member | undefined => {
    if (value === undefined || !ts.isStringLiteral(value)) return undefined;
    const nameText = ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : name.getText(source);
    return {
      name: nameText,
      value: value.text,
      comment: commentText(text.slice(node.getFullStart(), node.getStart(source))),
      file,
    };
  };
  const visit = (node: ts.Node): void => {
    if (ts.isEnumDeclaration(node)) {
      tables.push(node.members.flatMap((m) => entry(m, m.name, m.initializer) ?? []));
    } else if (ts.isObjectLiteralExpression(node)) {
      tables.push(
        node.properties.flatMap((p) => (ts.isPropertyAssignment(p) ? (entry(p, p.name, p.initializer) ?? []) : [])),
      );
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return tables;
}

/** The table in `dir` that holds the most of `codes`, or an empty list. */
export function codeTable(dir: string, codes: readonly string[]): Member[] {
  const wanted = new Set(codes);
  let best: Member[] = [];
  for (const file of tsFiles(dir)) {
    for (const table of membersOf(file)) {
      const hits = table.filter((m) => wanted.has(m.value)).length;
      if (hits > best.filter((m) => wanted.has(m.value)).length) best = table;
    }
  }
  return best;
}
