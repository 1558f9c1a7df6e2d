/**
 * The data half of the generated module as ts-morph structures: the header,
 * the enum with one JSDoc'd member per active code, the types, and the
 * frozen metadata record. Large bodies (the record) are written with writer
 * functions, as ts-morph's author recommends for big inputs.
 */
import { StructureKind, VariableDeclarationKind } from "ts-morph";
import type { CodeBlockWriter, EnumMemberStructure, OptionalKind, StatementStructures, WriterFunction } from "ts-morph";
import schema from "../../../spec/errors.schema.json" with { type: "json" };
import { jsPropertyKey, jsString, lineCommentText } from "../../text/escape.ts";
import { jsDoc } from "./jsdoc.ts";
import type { DocTag } from "./jsdoc.ts";
import { generatedNotice } from "../../text/header.ts";
import type { ExportNames } from "../../catalog/names.ts";
import type { Catalog, CatalogError } from "../../catalog/types.ts";
import type { TypeText } from "./flavor.ts";

/** A top-level statement: a structure, or a writer function for bodies too big for structures. */
export type Statement = StatementStructures | WriterFunction;

/** The hints the schema allows, so the generated type never drifts from it. */
const USER_ACTIONS: readonly string[] = schema.$defs.error.properties.userAction.enum;
/** The error classes the schema allows. */
const ERROR_CLASSES: readonly string[] = schema.$defs.error.properties.errorClass.enum;

/** The catalog's locales with the source locale (the fallback) first. */
const localesSourceFirst = (catalog: Catalog): string[] => [
  catalog.sourceLocale,
  ...catalog.locales.filter((locale) => locale !== catalog.sourceLocale),
];

/** The active code that replaces a deprecated one, found by code without a scan per entry. */
const indexes = new WeakMap<Catalog, ReadonlyMap<string, CatalogError>>();
function replacementOf(catalog: Catalog, error: CatalogError): CatalogError | undefined {
  let index = indexes.get(catalog);
  if (index === undefined) {
    index = new Map(catalog.errors.map((e) => [e.code, e]));
    indexes.set(catalog, index);
  }
  const code = error.deprecated?.replacedBy;
  return code === undefined ? undefined : index.get(code);
}

/** The generated-file notice as `//` lines; the declaration emit drops it, so it is added there too. */
export function headerText(catalog: Catalog): string {
  return generatedNotice(catalog)
    .map((line) => `// ${lineCommentText(line)}\n`)
    .join("");
}

export const header =
  (catalog: Catalog): WriterFunction =>
  (writer) => {
    writer.write(headerText(catalog)).blankLine();
  };

const doc = (lines: string[], tags: DocTag[] = []): string => jsDoc(lines, tags);

function memberDoc(catalog: Catalog, error: CatalogError, names: ExportNames): string {
  const { sourceLocale } = catalog;
  const lines = [error.description[sourceLocale] ?? ""];
  for (const locale of catalog.locales) {
    if (locale === sourceLocale) continue;
    lines.push("", `(${locale}) ${error.description[locale] ?? ""}`);
  }
  const wait = error.retryAfterSeconds === undefined ? "" : `, after ${error.retryAfterSeconds} s`;
  const retryable = error.retryable ? `yes${wait}` : "no";
  lines.push("", `Wire message: ${JSON.stringify(error.message)}`, `Category: ${error.category}`);
  lines.push(`Error class: ${error.errorClass}`, `Retryable: ${retryable}`);
  const tags: DocTag[] = [];
  if (error.deprecated) {
    const { since, reason } = error.deprecated;
    const replacement = replacementOf(catalog, error);
    const use = replacement
      ? ` Use {@link ${names.enumName}.${replacement.member}} (${JSON.stringify(replacement.code)}) instead.`
      : "";
    tags.push({ name: "deprecated", text: `Since ${since}: ${reason}`, own: use });
  }
  return doc(lines, tags);
}

export function enumDeclaration(
  catalog: Catalog,
  active: readonly CatalogError[],
  names: ExportNames,
): StatementStructures {
  return {
    kind: StructureKind.Enum,
    isExported: true,
    name: names.enumName,
    docs: [
      doc([
        `Error codes of ${catalog.title}. Each value is the code string sent on the wire in ` +
          `\`${catalog.wire.codeField}\`.`,
        "",
        "Key on the code, never on the message: the server's message can differ from the documented one.",
      ]),
    ],
    members: active.map((error): OptionalKind<EnumMemberStructure> => ({
      name: error.member,
      initializer: jsString(error.code),
      // Each member writes its own comma: otherwise the printer inserts them
      // afterwards, one splice at a time, which is quadratic (3.5 s at 10,000 codes).
      trailingTrivia: ",",
      docs: [memberDoc(catalog, error, names)],
    })),
  };
}

const union = (values: readonly string[]) => (values.length === 0 ? "never" : values.map(jsString).join(" | "));

export function typeDeclarations(catalog: Catalog, names: ExportNames): StatementStructures[] {
  const p = names.prefix;
  return [
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: `${p}ErrorLocale`,
      type: union(catalog.locales),
      docs: [doc(["A locale the descriptions are written in."])],
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: `${p}ErrorCategory`,
      type: union(catalog.categories.map((c) => c.id)),
      docs: [doc(["Id of an error category."])],
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: `${p}UserAction`,
      type: union(USER_ACTIONS),
      docs: [doc(["What a caller should do about an error."])],
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: `${p}ErrorClass`,
      type: union(ERROR_CLASSES),
      docs: [
        doc([
          "The exchange-neutral class of an error (authentication, invalid-order, ...); each maps to one ccxt " +
            "error class.",
        ]),
      ],
    },
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: names.infoInterface,
      docs: [doc(["Everything the catalog says about one error code."])],
      properties: [
        { name: "code", isReadonly: true, type: names.enumName, docs: [doc(["The wire code."])] },
        {
          name: "name",
          isReadonly: true,
          type: "string",
          docs: [doc(["Stable UPPER_SNAKE name, e.g. `PRICE_NOT_CORRECT`."])],
        },
        {
          name: "message",
          isReadonly: true,
          type: "string",
          docs: [doc(["The documented return message, verbatim. The server's message may differ."])],
        },
        { name: "category", isReadonly: true, type: `${p}ErrorCategory` },
        {
          name: "description",
          isReadonly: true,
          type: `Readonly<Record<${p}ErrorLocale, string>>`,
          docs: [doc(["What the error means, in every locale."])],
        },
        {
          name: "retryable",
          isReadonly: true,
          type: "boolean",
          docs: [doc(["True when the same request may succeed later without any change by the caller."])],
        },
        {
          name: "retryAfterSeconds",
          isReadonly: true,
          hasQuestionToken: true,
          type: "number",
          docs: [doc(["Only on retryable codes: the documented wait in seconds before the same request may succeed."])],
        },
        {
          name: "errorClass",
          isReadonly: true,
          type: `${p}ErrorClass`,
          docs: [doc(["The exchange-neutral class of the error."])],
        },
        { name: "userAction", isReadonly: true, hasQuestionToken: true, type: `${p}UserAction` },
        {
          name: "deprecated",
          isReadonly: true,
          hasQuestionToken: true,
          type: `{ readonly since: string; readonly reason: string; readonly replacedBy?: ${names.enumName} }`,
          docs: [doc(["Set when the code is deprecated."])],
        },
        {
          name: "notes",
          isReadonly: true,
          hasQuestionToken: true,
          type: "string",
          docs: [doc(["Notes for translators and maintainers."])],
        },
        {
          name: "httpStatus",
          isReadonly: true,
          hasQuestionToken: true,
          type: "number",
          docs: [doc(["HTTP status observed with this code; the status is not a reliable error signal."])],
        },
      ],
    },
  ];
}

/**
 * A code as a literal typed as the enum. Bundlers count a property read such
 * as `CoinoneErrorCode.PriceNotCorrect` as a possible side effect (a getter),
 * so the record uses plain literals: then nothing keeps it in a bundle that
 * does not use it.
 */
const codeLiteral = (code: string, names: ExportNames, t: TypeText) => `${jsString(code)}${t(` as ${names.enumName}`)}`;

/**
 * One entry of the metadata table as lines at `indent`, as the writer's
 * `inlineBlock`s would print them (two spaces a level). Every value is a
 * single-line literal (jsString escapes line breaks).
 */
function infoLines(
  lines: string[],
  indent: string,
  catalog: Catalog,
  error: CatalogError,
  names: ExportNames,
  t: TypeText,
): void {
  const inner = `${indent}  `;
  lines.push(`${indent}${jsString(error.code)}: {`);
  lines.push(`${inner}code: ${codeLiteral(error.code, names, t)},`);
  lines.push(`${inner}name: ${jsString(error.name)},`);
  lines.push(`${inner}message: ${jsString(error.message)},`);
  lines.push(`${inner}category: ${jsString(error.category)},`);
  lines.push(`${inner}description: {`);
  for (const locale of catalog.locales)
    lines.push(`${inner}  ${jsPropertyKey(locale)}: ${jsString(error.description[locale] ?? "")},`);
  lines.push(`${inner}},`);
  lines.push(`${inner}retryable: ${error.retryable},`);
  if (error.retryAfterSeconds !== undefined) lines.push(`${inner}retryAfterSeconds: ${error.retryAfterSeconds},`);
  lines.push(`${inner}errorClass: ${jsString(error.errorClass)},`);
  if (error.userAction !== undefined) lines.push(`${inner}userAction: ${jsString(error.userAction)},`);
  if (error.deprecated) {
    const { since, reason } = error.deprecated;
    const replacement = replacementOf(catalog, error);
    const replaced = replacement ? `, replacedBy: ${codeLiteral(replacement.code, names, t)}` : "";
    lines.push(`${inner}deprecated: { since: ${jsString(since)}, reason: ${jsString(reason)}${replaced} },`);
  }
  if (error.notes !== undefined) lines.push(`${inner}notes: ${jsString(error.notes)},`);
  if (error.httpStatus !== undefined) lines.push(`${inner}httpStatus: ${error.httpStatus},`);
  lines.push(`${indent}},`);
}

export function dataDeclarations(
  catalog: Catalog,
  active: readonly CatalogError[],
  names: ExportNames,
  t: TypeText,
): Statement[] {
  const record = `Readonly<Record<${names.enumName}, ${names.infoInterface}>>`;
  const retired = catalog.errors.filter((e) => e.removed);
  const declared: WriterFunction = (writer) => {
    writer.writeLine("/** Metadata of every active code, keyed by code. Frozen. */");
    writer.writeLine(`export declare const ${names.errorsRecord}: ${record};`);
  };
  return [
    // Written directly: a structure would put the table under the printer's hanging indent.
    t.flavor === "dts"
      ? declared
      : (writer) => {
          // `@__PURE__` lets bundlers drop the record (and every description in
          // it) from an app that does not use it; the enum and the type guard do not.
          writer.writeLine(
            "/** The active codes, for the type guard: apart from the metadata so that it can be left out of a " +
              "bundle. */",
          );
          writer
            .writeLine(
              `const knownCodes${t(": ReadonlySet<string>")} = /* @__PURE__ */ new ` +
                `Set${t("<string>")}([${active.map((e) => jsString(e.code)).join(", ")}]);`,
            )
            .blankLine();
          writer.writeLine("/** Metadata of every active code, keyed by code. Frozen. */");
          writer
            .write(
              `export const ${names.errorsRecord}${t(`: ${record}`)} = /* @__PURE__ */ deepFreeze${t(`<${record}>`)}({`,
            )
            .newLine();
          const lines: string[] = [];
          for (const error of active) infoLines(lines, "  ", catalog, error, names, t);
          for (const line of lines) writer.writeLine(line);
          writer.writeLine("});").blankLine();
        },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [doc(["Retired codes: no longer sent, reserved forever, never reused for another error."])],
      declarations: [
        {
          name: names.reservedCodes,
          type: "readonly string[]",
          initializer: `/* @__PURE__ */ Object.freeze([${retired.map((e) => jsString(e.code)).join(", ")}])`,
        },
      ],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [doc(["Every locale the descriptions are written in; the first is the fallback."])],
      declarations: [
        {
          name: `${names.errorsRecord.replace(/_ERRORS$/, "")}_ERROR_LOCALES`,
          type: `readonly ${names.prefix}ErrorLocale[]`,
          initializer: `/* @__PURE__ */ ` + `Object.freeze([${localesSourceFirst(catalog).map(jsString).join(", ")}])`,
        },
      ],
    },
  ];
}
