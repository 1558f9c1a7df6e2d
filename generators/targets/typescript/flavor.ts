/**
 * The three printings of the generated module from one set of ts-morph
 * structures, with no compiler pass: `ts` (index.ts, as built), `esm`
 * (index.js) with every type removed, and `dts` (index.d.ts, index.d.cts)
 * with every body removed; index.cjs is index.js with CommonJS exports
 * (commonjs.ts). Statement text that
 * holds a type writes it through a `TypeText` (`t(": unknown")`), which
 * keeps it only in the `ts` printing; the structures themselves are turned
 * into their JavaScript or declaration form here, kind by kind.
 */
import { StructureKind } from "ts-morph";
import { enumText } from "./enum-text.ts";
import type { Flavor } from "./enum-text.ts";
import type {
  ClassDeclarationStructure,
  FunctionDeclarationStructure,
  ConstructorDeclarationStructure,
  MethodDeclarationStructure,
  OptionalKind,
  ParameterDeclarationStructure,
  VariableDeclarationStructure,
  StatementStructures,
  VariableStatementStructure,
  WriterFunction,
} from "ts-morph";

export type { Flavor } from "./enum-text.ts";

/** Keeps type text in the `ts` printing and drops it in JavaScript. */
export interface TypeText {
  (text: string): string;
  readonly flavor: Flavor;
}

export function typeText(flavor: Flavor): TypeText {
  const t = (text: string) => (flavor === "ts" || flavor === "dts" ? text : "");
  return Object.assign(t, { flavor });
}

export const keepTypes: TypeText = typeText("ts");

type Statement = StatementStructures | WriterFunction;
type Ctor = OptionalKind<ConstructorDeclarationStructure>;
type Method = OptionalKind<MethodDeclarationStructure>;

/** The object without its `undefined` properties (the structures' types are exact about optional ones). */
function defined<T>(object: Record<string, unknown>): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

type Parameter = OptionalKind<ParameterDeclarationStructure>;

/** `(value)` for `(value: unknown)`; a default value stays, as in JavaScript. */
const jsParameters = (parameters: readonly Parameter[] = []) =>
  parameters.map(({ name, initializer }) => defined<Parameter>({ name, initializer }));

/** `locale?: Type` for `locale: Type = "en"`, as a declaration file writes it. */
const dtsParameters = (parameters: readonly Parameter[] = []) =>
  parameters.map(({ initializer, hasQuestionToken, ...rest }) => ({
    ...rest,
    hasQuestionToken: hasQuestionToken === true || initializer !== undefined,
  }));

/** One statement in JavaScript (an ES module): types gone. */
function toJs(statement: Statement): Statement[] {
  if (typeof statement === "function") return [statement];
  const isExported = "isExported" in statement && statement.isExported === true;
  switch (statement.kind) {
    case StructureKind.TypeAlias:
    case StructureKind.Interface:
      return [];
    case StructureKind.Function: {
      const { name, docs, statements } = statement;
      return [
        defined<FunctionDeclarationStructure>({
          kind: StructureKind.Function,
          name,
          docs,
          isExported,
          parameters: jsParameters(statement.parameters),
          statements,
        }),
      ];
    }
    case StructureKind.Class: {
      const { name, docs, extends: base } = statement;
      const ctors = (statement.ctors ?? []).map(({ statements, parameters }) =>
        defined<Ctor>({ statements, parameters: jsParameters(parameters) }),
      );
      const methods = (statement.methods ?? []).map(
        ({ name: method, isStatic, docs: methodDocs, statements, parameters }) =>
          defined<Method>({
            name: method,
            isStatic,
            docs: methodDocs,
            statements,
            parameters: jsParameters(parameters),
          }),
      );
      return [
        defined<ClassDeclarationStructure>({
          kind: StructureKind.Class,
          name,
          docs,
          extends: base,
          isExported,
          ctors,
          methods,
        }),
      ];
    }
    case StructureKind.VariableStatement: {
      const declarations = statement.declarations.map(({ name, initializer }) =>
        defined<OptionalKind<VariableDeclarationStructure>>({ name, initializer }),
      );
      return [
        defined<VariableStatementStructure>({
          kind: StructureKind.VariableStatement,
          docs: statement.docs,
          isExported,
          declarationKind: statement.declarationKind,
          declarations,
        }),
      ];
    }
    default:
      throw new Error(`no JavaScript printing for structure kind ${statement.kind}`);
  }
}

/** One statement in a declaration file: bodies and values gone, private helpers left out. */
function toDts(statement: Statement): Statement[] {
  if (typeof statement === "function") return [statement];
  switch (statement.kind) {
    case StructureKind.TypeAlias:
    case StructureKind.Interface:
      return [statement];
    case StructureKind.Function:
      return statement.isExported
        ? [
            defined<FunctionDeclarationStructure>({
              ...statement,
              hasDeclareKeyword: true,
              statements: undefined,
              parameters: dtsParameters(statement.parameters),
            }),
          ]
        : [];
    case StructureKind.Class: {
      if (!statement.isExported) return [];
      const ctors = (statement.ctors ?? []).map(({ statements: _body, parameters, ...rest }) => ({
        ...rest,
        parameters: dtsParameters(parameters),
      }));
      const methods = (statement.methods ?? []).map(
        ({ statements: _body, scope: _scope, hasOverrideKeyword: _override, parameters, ...rest }) => ({
          ...rest,
          parameters: dtsParameters(parameters),
        }),
      );
      return [{ ...statement, hasDeclareKeyword: true, ctors, methods }];
    }
    case StructureKind.VariableStatement:
      return statement.isExported
        ? [
            {
              ...statement,
              hasDeclareKeyword: true,
              declarations: statement.declarations.map(({ initializer: _value, ...rest }) => rest),
            },
          ]
        : [];
    default:
      throw new Error(`no declaration printing for structure kind ${statement.kind}`);
  }
}

/** The statements of one printing; the enum is written by enum-text.ts. */
export function forFlavor(statements: readonly Statement[], flavor: Flavor, header: WriterFunction): Statement[] {
  const enums = statements.map((statement) =>
    typeof statement !== "function" && statement.kind === StructureKind.Enum ? enumText(statement, flavor) : statement,
  );
  if (flavor === "ts") return [header, ...enums];
  if (flavor === "dts") return [header, ...enums.flatMap(toDts)];
  return [header, ...enums.flatMap(toJs)];
}
