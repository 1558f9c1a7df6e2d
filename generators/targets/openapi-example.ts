/**
 * The bundled example document next to the 3.1 components (`openapi/3.1/example.bundled.*`): one operation whose
 * responses use the components, with every `$ref` internal, for viewers that load one file.
 */
import { markdownCodeSpan as span, markdownInline as mdInline } from "../text/escape.ts";
import type { OrderedJson as Json } from "../text/ordered-json.ts";
import { exportNames } from "../catalog/names.ts";
import type { Catalog } from "../catalog/types.ts";

/**
 * A complete small API document over the 3.1 components, every `$ref` inside the file: what a browser viewer
 * (Stoplight Elements, Scalar) can load from one URL, with no loader for the package's file.
 */
/** `openapi` and `info.license` come from the components' document, so both documents say the same. */
export function buildExampleDocument(
  catalog: Catalog,
  components: { [key: string]: Json },
  from: { openapi: string; license?: Json },
): { [key: string]: Json } {
  const names = exportNames(catalog.name);
  const { wire } = catalog;
  const title = mdInline(catalog.title);
  const ref = (kind: string, name: string) => ({ $ref: `#/components/${kind}/${name}` });
  const { schemas, ...rest } = components as { schemas: { [key: string]: Json } };
  return {
    openapi: from.openapi,
    info: {
      title: `Example API with the error components of ${title}`,
      version: catalog.version,
      description:
        `An example of an API document that uses the error components of ${title}, bundled into one file ` +
        "(every `$ref` is internal), so that a documentation viewer can load it from one URL.",
      ...(from.license === undefined ? {} : { license: from.license }),
    },
    servers: [{ url: "https://api.example.test" }],
    security: [],
    paths: {
      "/orders": {
        post: {
          operationId: "placeOrder",
          summary: "Place an order",
          description:
            `Answers with the order or with an error body of ${title}; the HTTP status is not a reliable ` +
            `signal (errors can arrive with HTTP 200), so check ${span(wire.resultField)}.`,
          responses: {
            "200": {
              description: "The order, or an error body.",
              content: {
                "application/json": {
                  schema: { oneOf: [ref("schemas", "ExampleOrder"), ref("schemas", names.responseType)] },
                },
              },
            },
            "400": ref("responses", `${names.prefix}Error`),
          },
        },
      },
    },
    components: {
      schemas: {
        ExampleOrder: {
          type: "object",
          description: "An order (the example's own schema).",
          required: [wire.resultField, "order_id"],
          properties: {
            [wire.resultField]: { type: "string", const: "success" },
            order_id: { type: "string" },
          },
        },
        ...schemas,
      },
      ...rest,
    },
  };
}
