/**
 * The TypeScript target: builds the module as ts-morph structures in one
 * batch, prints it once with fixed settings to `index.ts`, and emits
 * `index.js` (ESM), `index.cjs`, `index.d.ts` and `index.d.cts` with the
 * TypeScript compiler bundled in ts-morph. The module has no runtime
 * dependencies.
 */
import { printStructure, StructureKind, ts } from "ts-morph";
import { exportNames } from "../../catalog/names.ts";
import type { Catalog, OutputFile } from "../../catalog/types.ts";
import { dataDeclarations, enumDeclaration, header, headerText, typeDeclarations } from "./declarations.ts";
import { helperDeclarations, retryableHelperDeclaration } from "./helpers.ts";

export function renderTypeScriptModule(catalog: Catalog): string {
  const names = exportNames(catalog.name);
  const active = catalog.errors.filter((error) => !error.removed);
  return printStructure(
    {
      kind: StructureKind.SourceFile,
      statements: [
        header(catalog),
        enumDeclaration(catalog, active, names),
        ...typeDeclarations(catalog, names),
        ...dataDeclarations(catalog, active, names),
        ...helperDeclarations(catalog, names),
        retryableHelperDeclaration(catalog, names),
      ],
    },
    { indentNumberOfSpaces: 2, newLine: "\n", useSingleQuote: false },
  );
}

const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2020,
  newLine: ts.NewLineKind.LineFeed,
  removeComments: false,
  strict: true,
  sourceMap: false,
};

/** Declarations come from `transpileDeclaration`, which needs the module to satisfy `isolatedDeclarations`. */
const DECLARATION_OPTIONS: ts.CompilerOptions = { ...COMPILER_OPTIONS, declaration: true, isolatedDeclarations: true };

function transpile(source: string, module: ts.ModuleKind, fileName: string): string {
  const result = ts.transpileModule(source, {
    fileName,
    compilerOptions: { ...COMPILER_OPTIONS, module, verbatimModuleSyntax: false },
    reportDiagnostics: true,
  });
  assertNoDiagnostics(result.diagnostics, fileName);
  return result.outputText;
}

function assertNoDiagnostics(diagnostics: readonly ts.Diagnostic[] | undefined, fileName: string): void {
  if (diagnostics && diagnostics.length > 0) {
    const text = ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => "", getNewLine: () => "\n" });
    throw new Error(`the generated ${fileName} does not transpile:\n${text}`);
  }
}

export function generateTypeScript(catalog: Catalog): OutputFile[] {
  const source = renderTypeScriptModule(catalog);
  const declaration = ts.transpileDeclaration(source, { fileName: "index.ts", compilerOptions: DECLARATION_OPTIONS, reportDiagnostics: true });
  assertNoDiagnostics(declaration.diagnostics, "index.d.ts");
  const declarations = `${headerText(catalog)}\n${declaration.outputText}`;
  return [
    { path: "index.ts", content: source },
    { path: "index.js", content: transpile(source, ts.ModuleKind.ESNext, "index.ts") },
    { path: "index.cjs", content: transpile(source, ts.ModuleKind.CommonJS, "index.cts") },
    { path: "index.d.ts", content: declarations },
    { path: "index.d.cts", content: declarations },
  ];
}
