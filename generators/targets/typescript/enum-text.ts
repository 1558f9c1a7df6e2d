/**
 * The enum in each printing, written by a writer function (as ts-morph's
 * author advises for large bodies: adding members one at a time is
 * quadratic). The lines are the printer's own layout (2-space indentation,
 * one ` * ` line per JSDoc line), pinned by the goldens and compiled by the
 * tsc tests.
 *
 *   ts    export enum E { ... Member = "4", ... }
 *   dts   export declare enum E { ... }
 *   esm   the pure-annotated function call esbuild emits,
 *         `var E = /* @__PURE__ *\/ (function (E) { E["A"] = "1"; return E; })({});`,
 *         which bundlers drop when `E` is unused.
 */
import type { CodeBlockWriter, EnumDeclarationStructure, WriterFunction } from "ts-morph";

/** The printings of the module: index.ts, index.js (ESM), index.d.ts (flavor.ts). */
export type Flavor = "ts" | "esm" | "dts";

/** A JSDoc block given as finished text (jsdoc.ts), as lines at `indent`. */
export function docLines(text: unknown, indent = ""): string[] {
  if (typeof text !== "string") throw new Error("the printing expects JSDoc blocks as text");
  const lines = text.split("\n");
  if (lines.length === 1) return [`${indent}/** ${lines[0]} */`];
  return [
    `${indent}/**`,
    ...lines.map((line) => (line === "" ? `${indent} *` : `${indent} * ${line}`)),
    `${indent} */`,
  ];
}

/** JSDoc blocks given as finished text, written at the writer's indentation. */
function writeDocs(writer: CodeBlockWriter, docs: readonly unknown[] | undefined): void {
  for (const text of docs ?? []) writer.writeLine(docLines(text).join("\n"));
}

/** Each member's JSDoc and its line, indented one level. */
function* memberLines(
  structure: EnumDeclarationStructure,
  line: (name: string, value: string) => string,
): Generator<string> {
  for (const member of structure.members ?? []) {
    for (const text of member.docs ?? []) yield* docLines(text, "  ");
    yield `  ${line(member.name, String(member.initializer))}`;
  }
}

export function enumText(structure: EnumDeclarationStructure, flavor: Flavor): WriterFunction {
  const name = structure.name;
  return (writer) => {
    writeDocs(writer, structure.docs);
    if (flavor === "esm") {
      writer.writeLine(`export var ${name} = /* @__PURE__ */ (function (${name}) {`);
      for (const line of memberLines(structure, (member, value) => `${name}[${JSON.stringify(member)}] = ${value};`))
        writer.writeLine(line);
      writer.writeLine(`  return ${name};`);
      writer.writeLine("})({});").blankLine();
    } else {
      writer.writeLine(`export ${flavor === "dts" ? "declare " : ""}enum ${name} {`);
      for (const line of memberLines(structure, (member, value) => `${member} = ${value},`)) writer.writeLine(line);
      writer.writeLine("}").blankLine();
    }
  };
}
