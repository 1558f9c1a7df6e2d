/**
 * The TypeScript target: builds the module as ts-morph structures in one
 * batch and prints them four ways with fixed settings (flavor.ts):
 * `index.ts`, `index.js` (ESM), `index.cjs` and `index.d.ts`/`index.d.cts`.
 * No compiler pass runs; the tsc compile tests check every printing. The
 * module has no runtime dependencies.
 */
import { printStructure, StructureKind } from "ts-morph";
import { exportNames } from "../../catalog/names.ts";
import { piecesFile, sameBytes } from "../../output/made-files.ts";
import type { Catalog, OutputFile } from "../../catalog/types.ts";
import { dataDeclarations, enumDeclaration, header, typeDeclarations } from "./declarations.ts";
import { commonJsFromEsm } from "./commonjs.ts";
import { forFlavor, typeText } from "./flavor.ts";
import type { Flavor } from "./flavor.ts";
import type { Verbatim } from "./verbatim.ts";
import { helperDeclarations, retryableHelperDeclaration } from "./helpers.ts";

/** The statements that read the same in every printing, built once (the enum's per-member docs are most of the work). */
interface Shared {
  readonly enumeration: ReturnType<typeof enumDeclaration>;
  readonly types: ReturnType<typeof typeDeclarations>;
}

function shared(catalog: Catalog): Shared {
  const names = exportNames(catalog.name);
  return { enumeration: enumDeclaration(catalog, catalog.errors.filter((error) => !error.removed), names), types: typeDeclarations(catalog, names) };
}

/** A printing with its verbatim lines still as placeholders (verbatim.ts): small even for a large catalog. */
interface Printing {
  readonly printed: string;
  readonly verbatim: Verbatim;
}

function print(catalog: Catalog, flavor: Flavor, common: Shared = shared(catalog)): Printing {
  const names = exportNames(catalog.name);
  const active = catalog.errors.filter((error) => !error.removed);
  const t = typeText(flavor);
  const statements = [
    common.enumeration,
    ...common.types,
    ...dataDeclarations(catalog, active, names, t),
    ...helperDeclarations(catalog, names, t),
    retryableHelperDeclaration(catalog, names, t),
  ];
  const printed = printStructure(
    { kind: StructureKind.SourceFile, statements: forFlavor(statements, flavor, header(catalog), t.verbatim) },
    { indentNumberOfSpaces: 2, newLine: "\n", useSingleQuote: false },
  );
  return { printed, verbatim: t.verbatim };
}

export function renderTypeScriptModule(catalog: Catalog): string {
  const { printed, verbatim } = print(catalog, "ts");
  return verbatim.apply(printed);
}

/** A printing as a file, written in pieces (made-files.ts): at 100,000 codes a printing is 80 million characters. */
const printedFile = (path: string, { printed, verbatim }: Printing): OutputFile => piecesFile(path, verbatim.pieces(printed));

export function generateTypeScript(catalog: Catalog): OutputFile[] {
  const common = shared(catalog);
  const declarations = printedFile("index.d.ts", print(catalog, "dts", common));
  const esm = print(catalog, "esm", common);
  const js = printedFile("index.js", esm);
  // The CommonJS transformation is line by line and the placeholder lines pass through it unchanged (commonjs.ts).
  const cjs = printedFile("index.cjs", { printed: commonJsFromEsm(esm.printed), verbatim: esm.verbatim });
  return [
    printedFile("index.ts", print(catalog, "ts", common)),
    js,
    cjs,
    declarations,
    // The same bytes in a buffer of their own (a Buffer's slice() would share it): a worker thread moves each file's buffer.
    sameBytes("index.d.cts", declarations),
  ];
}
