/**
 * Emits `catalog.schema.json`: the JSON Schema (2020-12) of the view that
 * catalog.json holds and that every template and plugin receives
 * (catalog-view.ts). Strict (`additionalProperties: false` throughout), so a
 * field added to the view without documenting it here fails the test that
 * validates dist/catalog.json against this schema.
 * @see https://json-schema.org/draft/2020-12/json-schema-core
 */
import catalogSchema from "../../spec/errors.schema.json" with { type: "json" };
import type { OutputFile } from "../output/files.ts";

/** The closed lists come from the catalog's own schema, so the view's schema cannot drift from it. */
const ERROR_PROPERTIES = catalogSchema.$defs.error.properties;

const text = (description: string) => ({ description, type: "string" });
const localized = (description: string) => ({ description, $ref: "#/$defs/localizedText" });
const object = (description: string, required: string[], properties: Record<string, unknown>) => ({
  description,
  type: "object",
  additionalProperties: false,
  required,
  properties,
});

export const CATALOG_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://github.com/coinone-error-codes/coinone-error-codes/dist/catalog.schema.json",
  title: "The catalog view: dist/catalog.json, and what every template and plugin receives",
  ...object(
    "The normalised error catalog: errors in code order, tombstones included, every name spelt in each convention.",
    [
      "$comment",
      "name",
      "names",
      "title",
      "version",
      "provenance",
      "sourceLocale",
      "locales",
      "wire",
      "categories",
      "documents",
      "errors",
      "reservedCodes",
    ],
    {
      $comment: text("The generated-file notice: spec path, catalog version and the spec's sha256."),
      name: text("Catalog id, e.g. `coinone`; the prefix of generated names."),
      names: {
        description: "The catalog id in every naming convention, e.g. pascal `Coinone`.",
        $ref: "#/$defs/names",
      },
      title: text("Human title of the catalog."),
      version: text("Catalog version (semver)."),
      provenance: object("Where the catalog came from.", ["spec", "sha256"], {
        spec: text("Path of the spec file as given to the generator."),
        sha256: { description: "sha256 of the spec text, lower-case hex.", type: "string", pattern: "^[0-9a-f]{64}$" },
      }),
      sourceLocale: text("Locale of the documented messages, e.g. `en`."),
      locales: {
        description: "Every locale descriptions and titles are given in.",
        type: "array",
        items: { description: "A locale id.", type: "string" },
      },
      docsBaseUrl: text(
        "Base URL the HTML reference is published under, when declared (a code page is `errors/<code>.html`).",
      ),
      repository: text("Source repository URL of the packages, when declared."),
      license: text("SPDX license expression of the packages, when declared."),
      author: text("Author of the packages, when declared."),
      wire: object(
        "Field names of the error body on the wire.",
        ["resultField", "errorResult", "codeField", "messageField"],
        {
          resultField: text("Field that marks a body as an error, e.g. `result`."),
          errorResult: text("Value of `resultField` on an error body, e.g. `error`."),
          codeField: text("Field holding the error code (a string), e.g. `error_code`."),
          messageField: text("Field holding the server's message, e.g. `error_msg`."),
          legacyCodeField: text("Code field of older endpoints, e.g. `errorCode`."),
          legacyMessageField: text("Message field of older endpoints, e.g. `errorMsg`."),
        },
      ),
      categories: {
        description: "Categories in the order the reference lists them.",
        type: "array",
        items: object("One category.", ["id", "title", "names"], {
          id: text("Stable lower-case id, e.g. `api-access`."),
          title: localized("Title in every locale."),
          names: { description: "The id in every naming convention, e.g. pascal `ApiAccess`.", $ref: "#/$defs/names" },
        }),
      },
      documents: {
        description:
          "The documents errors name in `source`, in spec order; empty when every text is the catalog's own.",
        type: "array",
        items: object("One document.", ["id", "title"], {
          id: text("Stable id, e.g. `v1.0-table`; never `ours`."),
          title: localized("Title in every locale."),
          url: text("Where the document is published, when it has an address."),
        }),
      },
      errors: {
        description: "Every error in code order, tombstones included.",
        type: "array",
        items: { $ref: "#/$defs/error" },
      },
      reservedCodes: {
        description: "Codes of retired errors: reserved forever, never reused.",
        type: "array",
        items: text("A retired code."),
      },
    },
  ),
  $defs: {
    names: object(
      "One name in every convention a target language needs, derived once.",
      ["upperSnake", "pascal", "camel", "snake", "kebab"],
      {
        upperSnake: text("UPPER_SNAKE, e.g. `PRICE_NOT_CORRECT`."),
        pascal: text("PascalCase, e.g. `PriceNotCorrect`."),
        camel: text("camelCase, e.g. `priceNotCorrect`."),
        snake: text("snake_case, e.g. `price_not_correct`."),
        kebab: text("kebab-case, e.g. `price-not-correct`."),
      },
    ),
    localizedText: {
      description: "Text per locale: one entry for each locale in `locales`.",
      type: "object",
      additionalProperties: text("The text in this locale."),
    },
    since: object("A version and the reason.", ["since", "reason"], {
      since: text("Catalog version of the change."),
      reason: text("Why the change was made."),
    }),
    error: object(
      "One error code.",
      [
        "code",
        "name",
        "member",
        "names",
        "status",
        "category",
        "message",
        "description",
        "retryable",
        "errorClass",
        "source",
      ],
      {
        code: text("The wire code, a string, e.g. `105`."),
        name: text("Stable UPPER_SNAKE identifier, e.g. `PRICE_NOT_CORRECT`."),
        member: text("The TypeScript enum member, e.g. `PriceNotCorrect` (equals `names.pascal`)."),
        names: { description: "`name` in every naming convention.", $ref: "#/$defs/names" },
        status: {
          description: "`removed` for a tombstone, `deprecated`, or `active`.",
          enum: ["active", "deprecated", "removed"],
        },
        category: text("Id of the error's category."),
        message: text("The documented return message, verbatim."),
        description: localized("What the error means for people, in every locale."),
        retryable: { description: ERROR_PROPERTIES.retryable.description, type: "boolean" },
        retryAfterSeconds: { description: ERROR_PROPERTIES.retryAfterSeconds.description, type: "integer", minimum: 1 },
        errorClass: { description: ERROR_PROPERTIES.errorClass.description, enum: ERROR_PROPERTIES.errorClass.enum },
        userAction: { description: ERROR_PROPERTIES.userAction.description, enum: ERROR_PROPERTIES.userAction.enum },
        deprecated: object("Set on a deprecated code.", ["since", "reason"], {
          since: text("Catalog version that deprecated the code."),
          reason: text("Why it is deprecated."),
          replacedBy: text("Code to use instead."),
        }),
        removed: { description: "Set on a tombstone: the code is retired and reserved.", $ref: "#/$defs/since" },
        notes: text("Notes for translators and maintainers."),
        httpStatus: { description: "HTTP status observed with this error, where known.", type: "integer" },
        source: {
          description:
            "Where each text comes from, keyed `message`, then every locale, then `retryAfterSeconds` when the error " +
            "has a wait: the id of a document in `documents` (the text is that document's, verbatim; for the wait, " +
            "the document that states it), or `ours` (written for this catalog).",
          type: "object",
          required: ["message"],
          properties: { message: text("The document the message is copied from, or `ours`.") },
          additionalProperties: text("A document id, or `ours`."),
        },
      },
    ),
  },
} as const;

export function generateCatalogSchema(): OutputFile[] {
  return [{ path: "catalog.schema.json", content: `${JSON.stringify(CATALOG_SCHEMA, null, 2)}\n` }];
}
