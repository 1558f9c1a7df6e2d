/**
 * The retry helpers of the generated module as ts-morph structures:
 * `isRetryable…Error(body)` (the same request may succeed later) and
 * `retryAfterMsOf…Error(body)` (the documented wait before it may, in
 * milliseconds). Both read the code through one private function and look
 * it up in the metadata record, so an app that imports one carries no
 * parser.
 */
import { StructureKind } from "ts-morph";
import type { StatementStructures } from "ts-morph";
import { jsString } from "../../text/escape.ts";
import { jsDoc } from "./jsdoc.ts";
import type { ExportNames } from "../../catalog/names.ts";
import type { Catalog } from "../../catalog/types.ts";
import { keepTypes } from "./flavor.ts";
import type { TypeText } from "./flavor.ts";
import { codeFields } from "../../catalog/wire.ts";

/** Statements written as one block of text, so the printer adds no blank lines between them. */
const lines = (...text: string[]): string[] => [text.join("\n")];

/** A JSDoc block; every line is escaped, since field names and markers come from the catalog. */
const doc = (...lines: string[]): string => jsDoc(lines);

/**
 * The statements that leave the code of `body` in `code` (a bare code, or
 * the code field of an error body, parsed from JSON text if need be),
 * returning `miss` for anything that is not an error.
 */
function codeOfBody(catalog: Catalog, names: ExportNames, t: TypeText, miss: string): string[] {
  const { wire } = catalog;
  const result = jsString(wire.resultField);
  return [
    `let value${t(": unknown")} = body;`,
    `if (typeof value === "string" && !${names.isCode}(value)) {`,
    "  try {",
    "    value = JSON.parse(value);",
    "  } catch {",
    `    return ${miss};`,
    "  }",
    "}",
    `let code${t(": unknown")} = value;`,
    `if (typeof value === "object" && value !== null && !Array.isArray(value)) {`,
    `  const record = value${t(" as Record<string, unknown>")};`,
    "  try {",
    `    if (record[${result}] !== undefined && record[${result}] !== ${jsString(wire.errorResult)}) return ${miss};`,
    "    code = undefined;",
    `    for (const field of [${codeFields(wire).map(jsString).join(", ")}]) {`,
    "      const raw = record[field];",
    `      if (typeof raw === "string" || typeof raw === "number") {`,
    "        code = raw;",
    "        break;",
    "      }",
    "    }",
    "  } catch {",
    `    return ${miss};`,
    "  }",
    "}",
    `if (typeof code === "number" && Number.isFinite(code)) code = String(code);`,
  ];
}

/** How the helpers' docs say which bodies they read. */
const reads = (catalog: Catalog, names: ExportNames) =>
  `an error body (object or JSON text, \`${codeFields(catalog.wire).join("`/`")}\` read as for \`${names.parse}\`)`;

/** The private function both helpers read a body's code with. */
const codeOf = (names: ExportNames) => `known${names.prefix}CodeOf`;

/**
 * The known code of a body (a bare code, or the code field of an error body,
 * object or JSON text), or undefined; never throws. Not exported.
 */
export function knownCodeDeclaration(
  catalog: Catalog,
  names: ExportNames,
  t: TypeText = keepTypes,
): StatementStructures {
  return {
    kind: StructureKind.Function,
    name: codeOf(names),
    parameters: [{ name: "body", type: "unknown" }],
    returnType: `${names.enumName} | undefined`,
    docs: [doc(`The known code of \`body\`: a bare code or ${reads(catalog, names)}; undefined otherwise.`)],
    statements: lines(
      ...codeOfBody(catalog, names, t, "undefined"),
      `return ${names.isCode}(code) ? code : undefined;`,
    ),
  };
}

/**
 * `isRetryable…Error(body)`: true when an error body's code is known and
 * marked retryable (the same request may succeed later without any change);
 * false for anything else, unknown codes included.
 */
export function retryableHelperDeclaration(
  catalog: Catalog,
  names: ExportNames,
  t: TypeText = keepTypes,
): StatementStructures {
  return {
    kind: StructureKind.Function,
    isExported: true,
    name: `isRetryable${names.prefix}Error`,
    parameters: [{ name: "body", type: "unknown" }],
    returnType: "boolean",
    docs: [
      doc(
        `True when \`body\` is ${reads(catalog, names)} or a bare code whose catalog entry is retryable:`,
        "the same request may succeed later without any change by the caller. False for other codes, unknown codes " +
          "and anything that is not an error. Never throws.",
      ),
    ],
    statements: lines(
      `const code = ${codeOf(names)}(body);`,
      `return code !== undefined && ${names.errorsRecord}[code].retryable;`,
    ),
  };
}

/**
 * `retryAfterMsOf…Error(body)`: the documented wait of a retryable code in
 * milliseconds (`retryAfterSeconds` × 1000), ready for `setTimeout`;
 * undefined where the catalog documents none.
 */
export function retryAfterHelperDeclaration(
  catalog: Catalog,
  names: ExportNames,
  t: TypeText = keepTypes,
): StatementStructures {
  return {
    kind: StructureKind.Function,
    isExported: true,
    name: `retryAfterMsOf${names.prefix}Error`,
    parameters: [{ name: "body", type: "unknown" }],
    returnType: "number | undefined",
    docs: [
      doc(
        `Milliseconds to wait before sending the same request again, when \`body\` is ${reads(catalog, names)}`,
        "or a bare code whose catalog entry is retryable with a documented wait (`retryAfterSeconds`). " +
          "Undefined for a retryable code " +
          "without a documented wait (back off as usual), for other codes, unknown codes and anything that is not an " +
          "error. Never throws.",
      ),
    ],
    statements: lines(
      `const code = ${codeOf(names)}(body);`,
      "if (code === undefined) return undefined;",
      `const info = ${names.errorsRecord}[code];`,
      "return info.retryable && info.retryAfterSeconds !== undefined ? info.retryAfterSeconds * 1000 : undefined;",
    ),
  };
}
