/**
 * Emits the OpenAPI error components, 3.1.0 and 3.0.3, each as YAML and JSON:
 * `schemas.<P>ErrorCode` (enum, x-enum-varnames, x-enumNames,
 * x-enum-descriptions, x-reserved-codes), in 3.1 also
 * `schemas.<P>ErrorCodeAnnotated` (`oneOf` of `const` with `title` and
 * `description`, for tools that read the standard, not `x-` keys),
 * `schemas.<P>ErrorResponse`,
 * `examples.<P>Error<code>` (with x-error-class, x-retryable and, where
 * documented, x-retry-after-seconds) and `responses.<P>Error`. Each file is a complete
 * document (`info`, `paths: {}`) that other OpenAPI documents `$ref`.
 * Next to the 3.1 components: `example.bundled.*`, a small API document that
 * uses them with every `$ref` internal, for viewers that load one file.
 * Documents are built as objects and serialised by code (orderedJson; YAML by
 * the yaml library), never templated, so catalog text cannot change their
 * structure.
 * @see https://spec.openapis.org/oas/v3.1.0#components-object
 * @see https://spec.openapis.org/oas/v3.0.3#components-object
 */
import { codePageUrl } from "./html/paths.ts";
import { buildExampleDocument } from "./openapi-example.ts";
import { spdxLicenses } from "./package-metadata.ts";
import { generatedNotice } from "../text/header.ts";
import { Document, Scalar, visit } from "yaml";
import {
  isYaml11Ambiguous,
  markdownCodeSpan as span,
  markdownInline as mdInline,
  markdownText as md,
  needsYamlEscapes,
  yamlCommentText,
  yamlEscapes,
} from "../text/escape.ts";
import { orderedJson, toPlain } from "../text/ordered-json.ts";
import type { OrderedJson } from "../text/ordered-json.ts";
import { exportNames } from "../catalog/names.ts";
import type { Catalog, CatalogError } from "../catalog/types.ts";
import type { OutputFile } from "../output/files.ts";

type Version = "3.1" | "3.0";
type Json = OrderedJson;

const FULL_VERSION: Record<Version, string> = { "3.1": "3.1.0", "3.0": "3.0.3" };

/**
 * `info.license` from the catalog's SPDX expression (its first license's SPDX page as `url`), absent without one.
 * Not 3.1's `identifier`: it excludes `url`, which Spectral's `license-url` rule asks for.
 */
function openApiLicense(catalog: Catalog): { license?: Json } {
  if (catalog.license === undefined) return {};
  return { license: { name: catalog.license, url: spdxLicenses(catalog.license)[0]?.url ?? "" } };
}

/**
 * The English text of an error as CommonMark, with the deprecation spelled
 * out in front. Every piece of catalog text goes through `md`, so it renders
 * as written: no element or link comes from the catalog.
 */
function describe(catalog: Catalog, error: CatalogError): string {
  const text = md(error.description[catalog.sourceLocale] ?? "");
  if (!error.deprecated) return text;
  const { since, reason, replacedBy } = error.deprecated;
  return (
    `Deprecated since ${mdInline(since)}: ` +
    `${mdInline(reason)}${replacedBy ? ` Use ${mdInline(replacedBy)} instead.` : ""}\n\n${text}`
  );
}

/** The code's page of the HTML reference published under the catalog's `docsBaseUrl` (html/paths.ts). */
const docsUrl = (catalog: Catalog, code: string): string | undefined => codePageUrl(catalog, code);

/** The document as plain objects, for readers and validators (key order is JavaScript's). */
export function buildOpenApiDocument(catalog: Catalog, version: Version): { [key: string]: unknown } {
  return toPlain(buildOrderedDocument(catalog, version)) as { [key: string]: unknown };
}

const exampleHead = (catalog: Catalog) => ({ openapi: FULL_VERSION["3.1"], ...openApiLicense(catalog) });

/** The bundled 3.1 example document as plain objects. */
export function buildOpenApiExample(catalog: Catalog): { [key: string]: unknown } {
  const components = buildOrderedDocument(catalog, "3.1").components as { [key: string]: Json };
  return toPlain(buildExampleDocument(catalog, components, exampleHead(catalog))) as { [key: string]: unknown };
}

/** The document with code-keyed mappings as `Map`s, so they keep code order when written. */
function buildOrderedDocument(catalog: Catalog, version: Version): { [key: string]: Json } {
  const title = mdInline(catalog.title);
  const names = exportNames(catalog.name);
  const { wire } = catalog;
  const active = catalog.errors.filter((e) => !e.removed);
  const deprecated = active.filter((e) => e.deprecated);
  const ref = (kind: string, name: string) => ({ $ref: `#/components/${kind}/${name}` });
  // 3.0 has no `const`; a one-value enum says the same.
  const constant = (value: string): { [key: string]: Json } =>
    version === "3.1" ? { const: value } : { enum: [value] };
  const exampleName = (code: string) => `${names.prefix}Error${code}`;
  const body = (error: CatalogError) => ({
    [wire.resultField]: wire.errorResult,
    [wire.codeField]: error.code,
    [wire.messageField]: error.message,
  });

  const codeSchema: { [key: string]: Json } = {
    type: "string",
    description: [
      `An error code of ${title}, as the string sent in ${span(wire.codeField)}. Retired codes are listed in ` +
        `\`x-reserved-codes\` and are never reused.`,
      ...deprecated.map(
        (e) =>
          `Deprecated: ${span(e.code)} ` +
          `(${span(e.name)})${e.deprecated?.replacedBy ? `, use ${span(e.deprecated.replacedBy)} instead` : ""}.`,
      ),
    ].join("\n"),
    enum: active.map((e) => e.code),
    // Member names and descriptions as arrays in enum order: the form every
    // generator reads. No `x-enumDescriptions`: generators (swagger-typescript-api,
    // orval) read it first, as an array, while Redoc reads it as a code-keyed map,
    // so either shape is misread by one side (see the README's table).
    "x-enum-varnames": active.map((e) => e.member),
    "x-enumNames": active.map((e) => e.member),
    "x-enum-descriptions": active.map((e) => e.description[catalog.sourceLocale] ?? ""),
    ...(deprecated.length > 0 && {
      "x-deprecated-codes": new Map(deprecated.map((e) => [e.code, { ...e.deprecated } as { [key: string]: Json }])),
    }),
    "x-reserved-codes": catalog.errors.filter((e) => e.removed).map((e) => e.code),
  };

  const responseSchema: { [key: string]: Json } = {
    type: "object",
    description:
      `An error body of ${title}. The HTTP status is not a reliable signal: check ` + `${span(wire.resultField)}.`,
    required: [wire.resultField, wire.codeField],
    properties: {
      [wire.resultField]: {
        type: "string",
        ...constant(wire.errorResult),
        description: `Always ${span(wire.errorResult)} on an error.`,
      },
      [wire.codeField]: {
        description:
          `The error code, a string. Documented codes are the values of ${names.enumName}; a newer API ` +
          `may send codes this version does not list, so clients must accept any string.`,
        anyOf: [ref("schemas", names.enumName), { type: "string" }],
      },
      [wire.messageField]: {
        type: "string",
        description:
          "The server's message. It can differ from the documented message and can be missing: key on the code.",
      },
    },
  };

  const schemas: { [key: string]: Json } = { [names.enumName]: codeSchema };
  // The same codes in the form JSON Schema itself annotates: one `const` branch per code with its name and text.
  // Kept apart from the enum: on the enum schema itself, kubb 4.39 and @rtk-query/codegen-openapi 2.2 read the
  // `oneOf` instead of the enum and lose the member names (docs/consumers/openapi.md). 3.0 has no `const`.
  if (version === "3.1") {
    schemas[`${names.enumName}Annotated`] = {
      type: "string",
      description:
        `The codes of ${names.enumName}, each with its name (\`title\`) and English description, for tools ` +
        `that read JSON Schema annotations rather than \`x-enum-*\` keys.`,
      oneOf: active.map((e) => ({ const: e.code, title: e.name, description: describe(catalog, e) })),
    };
  }
  schemas[names.responseType] = responseSchema;
  if (wire.legacyCodeField !== undefined) {
    schemas[`${names.prefix}LegacyErrorResponse`] = {
      type: "object",
      description: "An error body in the older camelCase shape some endpoints still send.",
      required: [wire.legacyCodeField],
      properties: {
        [wire.resultField]: { type: "string", ...constant(wire.errorResult) },
        [wire.legacyCodeField]: { anyOf: [ref("schemas", names.enumName), { type: "string" }] },
        ...(wire.legacyMessageField !== undefined && { [wire.legacyMessageField]: { type: "string" } }),
      },
    };
  }

  const examples = new Map<string, Json>();
  for (const error of active) {
    const url = docsUrl(catalog, error.code);
    examples.set(exampleName(error.code), {
      summary: error.name,
      description:
        url === undefined
          ? describe(catalog, error)
          : `${describe(catalog, error)}\n\nReference: <${url.replace(/[<>]/g, encodeURIComponent)}>`,
      value: body(error),
      // What a client should do: the exchange-neutral class, and whether the same request may succeed later.
      "x-error-class": error.errorClass,
      "x-retryable": error.retryable,
      ...(error.retryAfterSeconds !== undefined && { "x-retry-after-seconds": error.retryAfterSeconds }),
      ...(url !== undefined && { "x-docs-url": url }),
      ...(error.deprecated && { "x-deprecated": { ...error.deprecated } as { [key: string]: Json } }),
    });
  }

  return {
    openapi: FULL_VERSION[version],
    info: {
      // Plain text in OpenAPI, but several renderers run it through Markdown: escaped like a description.
      title: md(catalog.title),
      version: catalog.version,
      description: [
        `Error components of ${title}, generated from the error catalog. Reference them from your own document, for ` +
          `example`,
        `\`$ref: './errors.yaml#/components/responses/${names.prefix}Error'\`.`,
        "",
        `An error is a JSON body ${span(
          `{${[
            [wire.resultField, wire.errorResult],
            [wire.codeField, "105"],
            [wire.messageField, "..."],
          ]
            .map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)
            .join(", ")}}`,
        )}.`,
        "The code is a string. The HTTP status is not a reliable error signal (errors can come with HTTP 200), " +
          "and the message can differ from the documented one: key on the code.",
      ].join("\n"),
      ...openApiLicense(catalog),
      "x-catalog-version": catalog.version,
    },
    paths: {},
    components: {
      schemas,
      examples,
      responses: {
        [`${names.prefix}Error`]: {
          description:
            `An error of ${title}. The HTTP status is not a reliable error signal for this API: errors ` +
            `can arrive with HTTP 200, so check \`${wire.resultField}\` and \`${wire.codeField}\`.`,
          content: {
            "application/json": {
              schema: ref("schemas", names.responseType),
              examples: new Map(active.map((e) => [exampleName(e.code), ref("examples", exampleName(e.code))])),
            },
          },
        },
      },
    },
  };
}

/** Options of the `openapi` target (spec/targets.schema.json `openapiOptions`). */
export interface OpenApiOptions {
  readonly versions?: readonly Version[];
  readonly formats?: readonly ("json" | "yaml")[];
}

export function generateOpenApi(catalog: Catalog, options: OpenApiOptions = {}): OutputFile[] {
  const formats = options.formats ?? ["json", "yaml"];
  return (options.versions ?? (["3.1", "3.0"] as const)).flatMap((version) => {
    const document = buildOrderedDocument(catalog, version);
    const documents: [string, { [key: string]: Json }][] = [["errors", document]];
    if (version === "3.1")
      documents.push([
        "example.bundled",
        buildExampleDocument(catalog, document.components as { [key: string]: Json }, exampleHead(catalog)),
      ]);
    return documents.flatMap(([name, doc]) => [
      ...(formats.includes("json")
        ? [{ path: `openapi/${version}/${name}.json`, content: `${orderedJson(doc)}\n` }]
        : []),
      ...(formats.includes("yaml") ? [{ path: `openapi/${version}/${name}.yaml`, content: toYaml(catalog, doc) }] : []),
    ]);
  });
}

/** A line of only blanks: the library writes such text as a block scalar that reads back without the blanks. */
const BLANK_LINE = /(?:^|\n)[ \t]+(?:\n|$)/;

/**
 * YAML that YAML 1.1 loaders (PyYAML, SnakeYAML) read back exactly: a string
 * holding a line of only blanks or any `YAML_UNSAFE` character is written
 * double-quoted on one line, and every unsafe character is then spelled as a
 * `\\uXXXX` escape; a string YAML 1.1 would read as a boolean, number or
 * null (`yes`, `1_0`) is quoted; the notice comment spells them the same way.
 */
function toYaml(catalog: Catalog, document: { [key: string]: Json }): string {
  const yaml = new Document(document, { aliasDuplicateObjects: false });
  visit(yaml, {
    Scalar(_, node: Scalar) {
      const value = node.value;
      if (typeof value === "string" && (needsYamlEscapes(value) || isYaml11Ambiguous(value) || BLANK_LINE.test(value)))
        node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  yaml.commentBefore = generatedNotice(catalog)
    .map((line) => ` ${yamlCommentText(line)}`)
    .join("\n");
  return yamlEscapes(yaml.toString({ lineWidth: 0, doubleQuotedMinMultiLineLength: Number.POSITIVE_INFINITY }));
}
