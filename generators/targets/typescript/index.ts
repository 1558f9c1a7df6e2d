/**
 * The TypeScript target: builds the module as ts-morph structures in one
 * batch and prints them four ways with fixed settings (flavor.ts):
 * `index.ts`, `index.js` (ESM), `index.cjs` and `index.d.ts`/`index.d.cts`.
 * No compiler pass runs; the tsc compile tests check every printing. The
 * module has no runtime dependencies.
 */
import { printStructure, StructureKind } from "ts-morph";
import { exportNames } from "../../catalog/names.ts";
import type { Catalog } from "../../catalog/types.ts";
import type { OutputFile } from "../../output/files.ts";
import { dataDeclarations, enumDeclaration, header, typeDeclarations } from "./declarations.ts";
import { commonJsFromEsm } from "./commonjs.ts";
import { forFlavor, typeText } from "./flavor.ts";
import type { Flavor } from "./flavor.ts";
import { helperDeclarations } from "./helpers.ts";
import { problemDeclarations } from "./problem.ts";
import { knownCodeDeclaration, retryableHelperDeclaration, retryAfterHelperDeclaration } from "./retry.ts";

/**
 * The statements that read the same in every printing, built once (the enum's per-member docs are most of the work).
 */
interface Shared {
  readonly enumeration: ReturnType<typeof enumDeclaration>;
  readonly types: ReturnType<typeof typeDeclarations>;
}

function shared(catalog: Catalog): Shared {
  const names = exportNames(catalog.name);
  return {
    enumeration: enumDeclaration(
      catalog,
      catalog.errors.filter((error) => !error.removed),
      names,
    ),
    types: typeDeclarations(catalog, names),
  };
}

function print(catalog: Catalog, flavor: Flavor, common: Shared = shared(catalog)): string {
  const names = exportNames(catalog.name);
  const active = catalog.errors.filter((error) => !error.removed);
  const t = typeText(flavor);
  const statements = [
    common.enumeration,
    ...common.types,
    ...dataDeclarations(catalog, active, names, t),
    ...helperDeclarations(catalog, names, t),
    knownCodeDeclaration(catalog, names, t),
    retryableHelperDeclaration(catalog, names, t),
    retryAfterHelperDeclaration(catalog, names, t),
    ...problemDeclarations(catalog, names),
  ];
  return printStructure(
    { kind: StructureKind.SourceFile, statements: forFlavor(statements, flavor, header(catalog)) },
    { indentNumberOfSpaces: 2, newLine: "\n", useSingleQuote: false },
  );
}

export function renderTypeScriptModule(catalog: Catalog): string {
  return print(catalog, "ts");
}

export function generateTypeScript(catalog: Catalog): OutputFile[] {
  const common = shared(catalog);
  const declarations = print(catalog, "dts", common);
  const esm = print(catalog, "esm", common);
  return [
    { path: "index.ts", content: print(catalog, "ts", common) },
    { path: "index.js", content: esm },
    { path: "index.cjs", content: commonJsFromEsm(esm) },
    { path: "index.d.ts", content: declarations },
    { path: "index.d.cts", content: declarations },
  ];
}
