/**
 * The TypeScript target: builds the module as ts-morph structures in one
 * batch and prints them four ways with fixed settings (flavor.ts):
 * `index.ts`, `index.js` (ESM), `index.cjs` and `index.d.ts`/`index.d.cts`.
 * No compiler pass runs; the tsc compile tests check every printing. The
 * module has no runtime dependencies.
 */
import { printStructure, StructureKind } from "ts-morph";
import { exportNames } from "../../catalog/names.ts";
import type { Catalog, OutputFile } from "../../catalog/types.ts";
import { dataDeclarations, enumDeclaration, header, typeDeclarations } from "./declarations.ts";
import { forFlavor, typeText } from "./flavor.ts";
import type { Flavor } from "./flavor.ts";
import { helperDeclarations, retryableHelperDeclaration } from "./helpers.ts";

function render(catalog: Catalog, flavor: Flavor): string {
  const names = exportNames(catalog.name);
  const active = catalog.errors.filter((error) => !error.removed);
  const t = typeText(flavor);
  const statements = [
    enumDeclaration(catalog, active, names),
    ...typeDeclarations(catalog, names),
    ...dataDeclarations(catalog, active, names, t),
    ...helperDeclarations(catalog, names, t),
    retryableHelperDeclaration(catalog, names, t),
  ];
  return printStructure(
    { kind: StructureKind.SourceFile, statements: forFlavor(statements, flavor, header(catalog)) },
    { indentNumberOfSpaces: 2, newLine: "\n", useSingleQuote: false },
  );
}

export function renderTypeScriptModule(catalog: Catalog): string {
  return render(catalog, "ts");
}

export function generateTypeScript(catalog: Catalog): OutputFile[] {
  const declarations = render(catalog, "dts");
  return [
    { path: "index.ts", content: render(catalog, "ts") },
    { path: "index.js", content: render(catalog, "esm") },
    { path: "index.cjs", content: render(catalog, "cjs") },
    { path: "index.d.ts", content: declarations },
    { path: "index.d.cts", content: declarations },
  ];
}
