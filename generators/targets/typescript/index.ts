/**
 * The TypeScript target: builds the module as ts-morph structures in one
 * batch and prints them four ways with fixed settings (flavor.ts):
 * `index.ts`, `index.js` (ESM), `index.cjs` and `index.d.ts`/`index.d.cts`.
 * No compiler pass runs; the tsc compile tests check every printing. The
 * module has no runtime dependencies.
 */
import { printStructure, StructureKind } from "ts-morph";
import { exportNames } from "../../catalog/names.ts";
import { encodedFile, sha256Of, textFile } from "../../output/hashes.ts";
import type { Catalog, OutputFile } from "../../catalog/types.ts";
import { dataDeclarations, enumDeclaration, header, typeDeclarations } from "./declarations.ts";
import { commonJsFromEsm } from "./commonjs.ts";
import { forFlavor, typeText } from "./flavor.ts";
import type { Flavor } from "./flavor.ts";
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

function render(catalog: Catalog, flavor: Flavor, common: Shared = shared(catalog)): string {
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
  return t.verbatim.apply(printed);
}

export function renderTypeScriptModule(catalog: Catalog): string {
  return render(catalog, "ts");
}

/**
 * Each printing becomes bytes as soon as it is made and its text is dropped:
 * at 100,000 codes a printing is 80 million characters, kept by V8 at two
 * bytes each (the Korean docs), so holding all four as text took 560 MB.
 */
export function generateTypeScript(catalog: Catalog): OutputFile[] {
  const common = shared(catalog);
  const declarations = textFile("index.d.ts", render(catalog, "dts", common));
  const esmText = render(catalog, "esm", common);
  const esm = textFile("index.js", esmText);
  const cjs = textFile("index.cjs", commonJsFromEsm(esmText));
  return [
    textFile("index.ts", render(catalog, "ts", common)),
    esm,
    cjs,
    declarations,
    // The same bytes in a buffer of their own (a Buffer's slice() would share it): a worker thread moves each file's buffer.
    encodedFile("index.d.cts", new Uint8Array(declarations.bytes as Uint8Array), sha256Of(declarations)),
  ];
}
