/**
 * The RFC 9457 helper of the generated module as ts-morph structures:
 * `to…ProblemDetails(error, options)` turns what `parse…Error` found (or an
 * `…ApiError`) into a problem details object, and `…_PROBLEM_MEDIA_TYPE` is
 * `application/problem+json`. A known code's `type` is its page of the HTML
 * reference under the catalog's `docsBaseUrl` (html/paths.ts); without a
 * `docsBaseUrl`, and for an unknown code, it is `about:blank`.
 * @see https://www.rfc-editor.org/rfc/rfc9457#section-3.1
 */
import { StructureKind, VariableDeclarationKind } from "ts-morph";
import type { StatementStructures } from "ts-morph";
import { jsString } from "../../text/escape.ts";
import { jsDoc } from "./jsdoc.ts";
import type { ExportNames } from "../../catalog/names.ts";
import type { Catalog } from "../../catalog/types.ts";
import { CODE_PAGE_PREFIX, CODE_PAGE_SUFFIX } from "../html/paths.ts";

const lines = (...text: string[]): string[] => [text.join("\n")];
const doc = (...lines: string[]): string => jsDoc(lines);

/** The names the helper adds to the module. */
export function problemNames(names: ExportNames) {
  const constant = names.errorsRecord.replace(/_ERRORS$/, "");
  return {
    mediaType: `${constant}_PROBLEM_MEDIA_TYPE`,
    details: `${names.prefix}ProblemDetails`,
    options: `${names.prefix}ProblemOptions`,
    toProblem: `to${names.prefix}ProblemDetails`,
  };
}

const member = (name: string, type: string, text: string, optional = true) => ({
  name,
  type,
  isReadonly: true,
  hasQuestionToken: optional,
  docs: [doc(text)],
});

export function problemDeclarations(catalog: Catalog, names: ExportNames): StatementStructures[] {
  const p = problemNames(names);
  const base = catalog.docsBaseUrl;
  const typeOf =
    base === undefined
      ? `"about:blank"`
      : `info === undefined ? "about:blank" : ${jsString(`${base}${CODE_PAGE_PREFIX}`)} + info.code + ` +
        jsString(CODE_PAGE_SUFFIX);
  return [
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [doc("The media type of a problem details document (RFC 9457), for the `Content-Type` header.")],
      declarations: [
        { name: p.mediaType, type: `"application/problem+json"`, initializer: `"application/problem+json"` },
      ],
    },
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: p.details,
      docs: [doc(`An RFC 9457 problem details object for an error the API returned; \`JSON.stringify\` it.`)],
      properties: [
        member(
          "type",
          "string",
          base === undefined
            ? "`about:blank`: the catalog declares no `docsBaseUrl`."
            : `The code's page, \`${base}${CODE_PAGE_PREFIX}<code>${CODE_PAGE_SUFFIX}\`; \`about:blank\` for an ` +
                "unknown code.",
          false,
        ),
        member("title", "string", "The documented message of a known code; `Unknown error` otherwise.", false),
        member("status", "number", "The HTTP status given in the options, else the one the catalog observed, if any."),
        member(
          "detail",
          "string",
          "The description in the requested locale, or the server's message for an unknown code.",
        ),
        member("instance", "string", "The `instance` given in the options."),
        member("code", "string", "Extension: the wire code, as sent."),
        member("name", "string", "Extension: the catalog's name of a known code."),
        member("retryable", "boolean", "Extension: whether the same request may succeed later.", false),
        member("retryAfterSeconds", "number", "Extension: the documented wait before retrying."),
        member("serverMessage", "string", "Extension: the message the server sent, if any."),
      ],
    },
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: p.options,
      docs: [doc(`Options of \`${p.toProblem}\`.`)],
      properties: [
        member("status", "number", "The HTTP status your service answers with."),
        member("instance", "string", "A URI reference that identifies this occurrence."),
        member(
          "locale",
          `${names.prefix}ErrorLocale | (string & {})`,
          `The locale of \`detail\`, as for \`${names.describe}\`.`,
        ),
      ],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: p.toProblem,
      parameters: [
        { name: "error", type: `${names.prefix}ParsedError | ${names.errorClass}` },
        { name: "options", type: p.options, initializer: "{}" },
      ],
      returnType: p.details,
      docs: [
        doc(
          `An RFC 9457 problem details object for \`error\` (from \`${names.parse}\` or a \`${names.errorClass}\`), ` +
            `to send as \`${p.mediaType}\`.`,
        ),
      ],
      statements: lines(
        `const info = ${names.isCode}(error.code) ? ${names.errorsRecord}[error.code] : undefined;`,
        `const status = options.status ?? info?.httpStatus;`,
        `const detail = info === undefined ? error.serverMessage : ${names.describe}(info.code, options.locale);`,
        "return {",
        `  type: ${typeOf},`,
        `  title: info?.message ?? "Unknown error",`,
        "  ...(status === undefined ? {} : { status }),",
        "  ...(detail === undefined ? {} : { detail }),",
        "  ...(options.instance === undefined ? {} : { instance: options.instance }),",
        "  ...(error.code === undefined ? {} : { code: error.code }),",
        "  ...(info === undefined ? {} : { name: info.name }),",
        "  retryable: info?.retryable ?? false,",
        "  ...(info?.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: info.retryAfterSeconds }),",
        "  ...(error.serverMessage === undefined ? {} : { serverMessage: error.serverMessage }),",
        "};",
      ),
    },
  ];
}
