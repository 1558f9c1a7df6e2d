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

function transpile(source: string, module: ts.ModuleKind, fileName: string, enumName: string): string {
  const result = ts.transpileModule(source, {
    fileName,
    compilerOptions: { ...COMPILER_OPTIONS, module, verbatimModuleSyntax: false },
    reportDiagnostics: true,
  });
  assertNoDiagnostics(result.diagnostics, fileName);
  return pureEnum(result.outputText, enumName, fileName);
}

/**
 * TypeScript emits an enum as `var E; (function (E) { ... })(E || (E = {}));`,
 * a call that bundlers must keep even when `E` is unused. The module declares
 * the enum once, so the merge argument is not needed: rewrite it to
 * `var E = /* @__PURE__ *\/ (function (E) { ...; return E; })({});`, the form
 * esbuild itself emits, which bundlers drop when `E` is unused.
 */
function pureEnum(js: string, enumName: string, fileName: string): string {
  const declaration = new RegExp(`^(export )?var ${enumName};\\n\\(function \\(${enumName}\\) \\{\\n`, "m");
  const esm = `})(${enumName} || (${enumName} = {}));\n`;
  const cjs = `})(${enumName} || (exports.${enumName} = ${enumName} = {}));\n`;
  const start = js.search(declaration);
  const end = js.indexOf(esm, start) >= 0 ? js.indexOf(esm, start) : js.indexOf(cjs, start);
  if (start < 0 || end < 0) throw new Error(`the generated ${fileName} has no enum ${enumName} in the expected form`);
  const closing = js.startsWith(esm, end) ? esm : cjs;
  const head = js.slice(start).match(declaration)![0];
  const exported = closing === cjs ? `exports.${enumName} = ` : "";
  const body = js.slice(start + head.length, end);
  const rewritten = `${head.startsWith("export ") ? "export " : ""}var ${enumName} = ${exported}/* @__PURE__ */ (function (${enumName}) {\n${body}    return ${enumName};\n})({});\n`;
  return js.slice(0, start) + rewritten + js.slice(end + closing.length);
}

function assertNoDiagnostics(diagnostics: readonly ts.Diagnostic[] | undefined, fileName: string): void {
  if (diagnostics && diagnostics.length > 0) {
    const text = ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => "", getNewLine: () => "\n" });
    throw new Error(`the generated ${fileName} does not transpile:\n${text}`);
  }
}

/**
 * `transpileDeclaration` (TypeScript 5.9) prints a static method named
 * `[Symbol.hasInstance]` twice: once as a property with the method's type,
 * once as the method, and tsc then reports TS2300 (duplicate identifier) in
 * the declarations. The property line is dropped; the method stays.
 */
function dropDuplicateHasInstance(dts: string): string {
  const property = "    static [Symbol.hasInstance]: (value: unknown) => boolean;\n";
  return dts.includes("    static [Symbol.hasInstance](value: unknown): boolean;\n") ? dts.replace(property, "") : dts;
}

export function generateTypeScript(catalog: Catalog): OutputFile[] {
  const names = exportNames(catalog.name);
  const source = renderTypeScriptModule(catalog);
  const declaration = ts.transpileDeclaration(source, { fileName: "index.ts", compilerOptions: DECLARATION_OPTIONS, reportDiagnostics: true });
  assertNoDiagnostics(declaration.diagnostics, "index.d.ts");
  const declarations = `${headerText(catalog)}\n${dropDuplicateHasInstance(declaration.outputText)}`;
  return [
    { path: "index.ts", content: source },
    { path: "index.js", content: transpile(source, ts.ModuleKind.ESNext, "index.ts", names.enumName) },
    { path: "index.cjs", content: transpile(source, ts.ModuleKind.CommonJS, "index.cts", names.enumName) },
    { path: "index.d.ts", content: declarations },
    { path: "index.d.cts", content: declarations },
  ];
}
