/**
 * The client half of the generated module as ts-morph structures: the wire
 * body types, `is…ErrorCode`, `parse…Error` (both wire shapes, never
 * throws), `describe…Error` with locale fallback, and the `…ApiError` class.
 * Field names and the error marker come from the catalog's `wire` section.
 */
import { Scope, StructureKind, VariableDeclarationKind } from "ts-morph";
import type { StatementStructures } from "ts-morph";
import { jsString } from "../../text/escape.ts";
import { jsDoc } from "./jsdoc.ts";
import type { ExportNames } from "../../catalog/names.ts";
import type { Catalog } from "../../catalog/types.ts";
import { keepTypes } from "./flavor.ts";
import type { TypeText } from "./flavor.ts";
import { codeFields, messageFields } from "../../catalog/wire.ts";

/** Statements written as one block of text, so the printer adds no blank lines between them. */
const lines = (...text: string[]): string[] => [text.join("\n")];

/** A JSDoc block; every line is escaped, since field names and markers come from the catalog. */
const doc = (...lines: string[]): string => jsDoc(lines);

export function helperDeclarations(
  catalog: Catalog,
  names: ExportNames,
  t: TypeText = keepTypes,
): StatementStructures[] {
  const { wire } = catalog;
  const codeType = `\`\${${names.enumName}}\` | (string & {})`;
  const legacyName = `${names.prefix}LegacyErrorResponse`;
  const parsedName = `${names.prefix}ParsedError`;
  const localeType = `${names.prefix}ErrorLocale`;
  const hasLegacy = wire.legacyCodeField !== undefined;
  const codeReads = codeFields(wire);
  const messageReads = messageFields(wire);

  const statements: StatementStructures[] = [
    {
      kind: StructureKind.Function,
      isExported: true,
      name: names.isCode,
      parameters: [{ name: "value", type: "unknown" }],
      returnType: `value is ${names.enumName}`,
      docs: [doc("True when `value` is a code this catalog knows (an active code, deprecated included).")],
      // A Set of the codes, not the metadata record, so a bundle with only the guard stays small.
      statements: [`return typeof value === "string" && knownCodes.has(value);`],
    },
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: names.responseType,
      docs: [
        doc(
          `An error body as the API sends it: \`{ "${wire.resultField}": "${wire.errorResult}", "${wire.codeField}": ` +
            `"105", "${wire.messageField}": "..." }\`.`,
          "The code is a string; the message may be missing or differ from the documented one.",
        ),
      ],
      properties: [
        { name: wire.resultField, isReadonly: true, type: jsString(wire.errorResult) },
        { name: wire.codeField, isReadonly: true, type: codeType },
        { name: wire.messageField, isReadonly: true, hasQuestionToken: true, type: "string" },
      ],
    },
  ];
  if (hasLegacy) {
    statements.push({
      kind: StructureKind.Interface,
      isExported: true,
      name: legacyName,
      docs: [doc("An error body in the older camelCase shape some endpoints still send.")],
      properties: [
        { name: wire.resultField, isReadonly: true, hasQuestionToken: true, type: jsString(wire.errorResult) },
        { name: wire.legacyCodeField as string, isReadonly: true, type: codeType },
        ...(wire.legacyMessageField
          ? [{ name: wire.legacyMessageField, isReadonly: true, hasQuestionToken: true, type: "string" }]
          : []),
      ],
    });
  }
  statements.push(
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: `${names.prefix}KnownError`,
      docs: [doc(`An error body whose code the catalog knows.`)],
      properties: [
        { name: "known", isReadonly: true, type: "true" },
        { name: "code", isReadonly: true, type: names.enumName },
        {
          name: "serverMessage",
          isReadonly: true,
          type: "string | undefined",
          docs: [doc("The message the server sent, if any; it may differ from `info.message`.")],
        },
        { name: "info", isReadonly: true, type: names.infoInterface },
      ],
    },
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: `${names.prefix}UnknownError`,
      docs: [doc("An error body whose code the catalog does not know (yet), or that carries no code.")],
      properties: [
        { name: "known", isReadonly: true, type: "false" },
        { name: "code", isReadonly: true, type: "string | undefined" },
        { name: "serverMessage", isReadonly: true, type: "string | undefined" },
        { name: "info", isReadonly: true, type: "undefined" },
      ],
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: parsedName,
      docs: [doc(`What \`${names.parse}\` found in an error body; check \`known\` to narrow it.`)],
      type: `${names.prefix}KnownError | ${names.prefix}UnknownError`,
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: names.parse,
      parameters: [{ name: "body", type: "unknown" }],
      returnType: `${parsedName} | undefined`,
      docs: [
        doc(
          `Reads an error body: a parsed object or its JSON text. Accepts \`${codeReads.join("`/`")}\` for the code ` +
            `and \`${messageReads.join("`/`")}\` for the message;`,
          "a numeric code is read as its string. Returns `undefined` for anything that is not an error body",
          `(a success body, \`${wire.resultField}\` other than ${JSON.stringify(wire.errorResult)}, malformed JSON, ` +
            `\`null\`, arrays, numbers). Never throws.`,
        ),
      ],
      statements: lines(
        `let value${t(": unknown")} = body;`,
        `let result${t(": unknown")};`,
        `let code${t(": string | undefined")};`,
        `let serverMessage${t(": string | undefined")};`,
        "try {",
        `  if (typeof value === "string") value = JSON.parse(value);`,
        "  // Array.isArray throws on a revoked Proxy, and a getter or proxy trap can throw: all inside the try.",
        `  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;`,
        `  const record = value${t(" as Record<string, unknown>")};`,
        `  result = ownValue(record, ${jsString(wire.resultField)});`,
        `  code = ${codeReads.map((field) => `readText(ownValue(record, ${jsString(field)}))`).join(" ?? ")};`,
        `  serverMessage = ` +
          `${messageReads.map((field) => `readText(ownValue(record, ${jsString(field)}))`).join(" ?? ")};`,
        "} catch {",
        "  // Malformed JSON, a revoked Proxy, a getter or trap that throws: not a body this function can read.",
        "  return undefined;",
        "}",
        `if (result !== undefined ? result !== ${jsString(wire.errorResult)} : code === undefined) return undefined;`,
        `if (${names.isCode}(code)) return { known: true, code, serverMessage, info: ${names.errorsRecord}[code] };`,
        "return { known: false, code, serverMessage, info: undefined };",
      ),
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: names.describe,
      parameters: [
        { name: "code", type: "string" },
        { name: "locale", type: `${localeType} | (string & {})`, initializer: jsString(catalog.sourceLocale) },
      ],
      returnType: "string | undefined",
      docs: [
        doc(
          `The description of \`code\` in \`locale\` (\`ko-KR\` falls back to \`ko\`), else in ` +
            `${JSON.stringify(catalog.sourceLocale)}; \`undefined\` for an unknown code.`,
        ),
      ],
      statements: [
        `if (!${names.isCode}(code)) return undefined;`,
        `const texts${t(": Readonly<Record<string, string>>")} = ${names.errorsRecord}[code].description;`,
        '// Own properties only: a locale from a request may be "constructor" or "__proto__".',
        `const language = typeof locale === "string" ? locale : ${jsString(catalog.sourceLocale)};`,
        `return readText(ownValue(texts, language)) ?? readText(ownValue(texts, language.split("-")[0] ?? "")) ?? ` +
          `texts[${jsString(catalog.sourceLocale)}];`,
      ],
    },
    {
      kind: StructureKind.Class,
      isExported: true,
      name: names.errorClass,
      extends: "Error",
      docs: [
        doc(
          `An error the API returned, ready to throw. \`message\` reads like \`[105 PRICE_NOT_CORRECT] Price is not ` +
            `correct\`.`,
        ),
      ],
      properties: [
        { name: "code", isReadonly: true, type: "string | undefined", docs: [doc("The wire code, as sent.")] },
        { name: "known", isReadonly: true, type: "boolean", docs: [doc("True when the catalog knows the code.")] },
        {
          name: "info",
          isReadonly: true,
          type: `${names.infoInterface} | undefined`,
          docs: [doc("The catalog's info for a known code.")],
        },
        {
          name: "serverMessage",
          isReadonly: true,
          type: "string | undefined",
          docs: [doc("The message the server sent, if any; it may differ from the documented one.")],
        },
      ],
      ctors: [
        {
          parameters: [
            { name: "code", type: "string | undefined" },
            { name: "serverMessage", type: "string | undefined", hasQuestionToken: true },
          ],
          statements: [
            `const info = ${names.isCode}(code) ? ${names.errorsRecord}[code] : undefined;`,
            `super(\`[\${code ?? "no code"}\${info ? \` \${info.name}\` : ""}] \${serverMessage ?? info?.message ?? ` +
              `"unknown error"}\`);`,
            `this.name = ${jsString(names.errorClass)};`,
            "this.code = code;",
            "this.known = info !== undefined;",
            "this.info = info;",
            "this.serverMessage = serverMessage;",
            "Object.defineProperty(this, apiErrorBrand, { value: true });",
          ],
        },
      ],
      methods: [
        {
          // The ESM and the CJS build each define this class; an app that loads
          // both (the dual-package hazard) gets two. The brand, a registered
          // symbol shared by both, makes `instanceof` accept an instance of either.
          name: "[Symbol.hasInstance]",
          isStatic: true,
          hasOverrideKeyword: true,
          scope: Scope.Public,
          parameters: [{ name: "value", type: "unknown" }],
          returnType: "boolean",
          docs: [
            doc(
              `True for an error built by this class in the ESM or the CJS build of the package (subclasses are ` +
                `checked as usual).`,
            ),
          ],
          statements: lines(
            `if (this !== ${names.errorClass}) return Function.prototype[Symbol.hasInstance].call(this, value);`,
            "try {",
            `  return typeof value === "object" && value !== null && ` +
              `${t("(")}value${t(" as { [apiErrorBrand]?: unknown })")}[apiErrorBrand] === true;`,
            "} catch {",
            "  return false;",
            "}",
          ),
        },
        {
          name: "fromResponse",
          isStatic: true,
          scope: Scope.Public,
          parameters: [{ name: "body", type: "unknown" }],
          returnType: `${names.errorClass} | undefined`,
          docs: [
            doc(
              `Builds the error from a response body with \`${names.parse}\`; \`undefined\` when the body is not an ` +
                `error.`,
            ),
          ],
          statements: [
            `const parsed = ${names.parse}(body);`,
            `return parsed === undefined ? undefined : new ${names.errorClass}(parsed.code, parsed.serverMessage);`,
          ],
        },
      ],
    },
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      docs: [doc(`Marks instances of \`${names.errorClass}\` from either build (ESM, CJS) of the package.`)],
      declarations: [
        {
          name: "apiErrorBrand",
          type: "unique symbol",
          initializer: `/* @__PURE__ */ Symbol.for(${jsString(`${catalog.name}-error-codes:${names.errorClass}`)})`,
        },
      ],
    },
    {
      kind: StructureKind.Function,
      name: "ownValue",
      docs: [doc("The value of an own property, never one inherited from `Object.prototype`.")],
      parameters: [
        { name: "record", type: "object" },
        { name: "key", type: "string" },
      ],
      returnType: "unknown",
      statements: [
        `return Object.prototype.hasOwnProperty.call(record, key) ? ` +
          `${t("(")}record${t(" as Record<string, unknown>)")}[key] : undefined;`,
      ],
    },
    {
      kind: StructureKind.Function,
      name: "readText",
      parameters: [{ name: "value", type: "unknown" }],
      returnType: "string | undefined",
      statements: [
        `if (typeof value === "string") return value;`,
        `if (typeof value === "number" && Number.isFinite(value)) return String(value);`,
        "return undefined;",
      ],
    },
    {
      kind: StructureKind.Function,
      name: "deepFreeze",
      typeParameters: ["T"],
      parameters: [{ name: "value", type: "T" }],
      returnType: "T",
      statements: lines(
        `if (typeof value === "object" && value !== null) {`,
        "  for (const child of Object.values(value)) deepFreeze(child);",
        "  Object.freeze(value);",
        "}",
        "return value;",
      ),
    },
  );
  return statements;
}
