/**
 * Checks catalog data against spec/errors.schema.json with ajv (all errors,
 * JSON Schema 2020-12) and maps every ajv error to the YAML node it is about:
 * the key itself for an unknown property, the owning key for a missing one.
 */
import type { ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import type { Diagnostic } from "./diagnostics.ts";
import { quote } from "./diagnostics.ts";
import { catalogValidator } from "./validators.ts";
import type { DataPath, YamlSource } from "./yaml-source.ts";

/** `notRequired` lists properties whose absence is accepted (see LoadOptions.earlierSchema). */
export function checkSchema(data: unknown, source: YamlSource, file: string, notRequired: readonly string[] = []): Diagnostic[] {
  return schemaDiagnostics(catalogValidator(), data, source, file, CATALOG_CONTEXT, notRequired);
}

/** How a document other than the catalog (spec/targets.yaml) is named in messages. */
export interface SchemaContext {
  /** The schema file, named in the fallback hint. */
  readonly schemaFile: string;
  /** What the document's root is called, e.g. `the targets file`. */
  readonly root: string;
}

const CATALOG_CONTEXT: SchemaContext = { schemaFile: "spec/errors.schema.json", root: "the catalog" };

/** Validates `data` with a compiled schema and maps every error to a located diagnostic. */
export function schemaDiagnostics(
  validate: ValidateFunction,
  data: unknown,
  source: YamlSource,
  file: string,
  context: SchemaContext = CATALOG_CONTEXT,
  notRequired: readonly string[] = [],
): Diagnostic[] {
  if (validate(data)) return [];
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const error of validate.errors ?? []) {
    // ajv reports a failed `propertyNames` twice: the inner pattern error carries the detail.
    if (error.keyword === "propertyNames") continue;
    // `if` only says that its `then` or `else` failed; those errors carry the detail.
    if (error.keyword === "if") continue;
    if (error.keyword === "required" && notRequired.includes(String((error.params as { missingProperty?: unknown }).missingProperty))) continue;
    const diagnostic = toDiagnostic(error, source, file, context);
    const key = `${diagnostic.line}:${diagnostic.col}:${diagnostic.rule}:${diagnostic.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(diagnostic);
    }
  }
  return out;
}

function toDiagnostic(error: ErrorObject, source: YamlSource, file: string, context: SchemaContext): Diagnostic {
  const path = pointerToPath(error.instancePath);
  const where = path.length === 0 ? context.root : displayPath(path);
  const params = error.params as Record<string, unknown>;
  const parentSchema = (error.parentSchema ?? {}) as SchemaNode;
  const make = (rule: string, message: string, hint: string, at = source.locate(path)): Diagnostic => ({
    file,
    ...at,
    severity: "error",
    rule,
    message,
    hint,
  });

  // A key that fails `propertyNames` (e.g. a locale id with a slash).
  const propertyName = (error as ErrorObject & { propertyName?: string }).propertyName;
  if (propertyName !== undefined) {
    const keyPath = [...path, propertyName];
    return make(
      "invalid-format",
      `key ${quote(propertyName)} in ${where} is not a valid locale id`,
      "use an id such as en, ko or pt-BR (letters, digits and `-` only; never `/` or `.`)",
      source.locate(keyPath, "key"),
    );
  }

  switch (error.keyword) {
    case "additionalProperties": {
      const name = String(params.additionalProperty);
      const allowed = Object.keys(parentSchema.properties ?? {});
      return make(
        "unknown-property",
        `unknown property ${quote(name)} in ${where}`,
        allowed.length > 0 ? `allowed here: ${allowed.join(", ")}; check the spelling` : "remove it",
        source.locate([...path, name], "key"),
      );
    }
    case "required": {
      const name = String(params.missingProperty);
      const about = parentSchema.properties?.[name]?.description;
      const values = parentSchema.properties?.[name]?.enum;
      return make(
        "missing-property",
        `${where} is missing the required property ${quote(name)}`,
        `add \`${name}:\`${values ? ` with one of: ${values.join(", ")}` : ""}${about ? ` (${about})` : ""}`,
        source.locate(path, "key"),
      );
    }
    case "type": {
      const expected = String(params.type);
      const actual = typeOf(error.data);
      const leaf = path[path.length - 1];
      if (expected === "string" && (actual === "number" || actual === "integer") && isCodeField(path)) {
        const written = source.sourceText(path) ?? String(error.data);
        return make(
          "unquoted-code",
          `${where} is the number ${written}; codes are strings on the wire and are never converted`,
          `quote it: ${String(leaf)}: "${written}"`,
        );
      }
      return make(
        "wrong-type",
        `${where} must be ${article(expected)}, found ${actual}`,
        describeOf(parentSchema) ?? `write ${article(expected)} here`,
      );
    }
    case "pattern":
      return make(
        "invalid-format",
        `${where} ${quote(error.data)} does not match ${String(params.pattern)}`,
        describeOf(parentSchema) ?? "change the value to match the pattern",
      );
    case "enum":
    case "const": {
      const allowed = (params.allowedValues as unknown[] | undefined) ?? [params.allowedValue];
      return make(
        "invalid-value",
        `${where} ${quote(error.data)} is not one of: ${allowed.map(String).join(", ")}`,
        "pick one of the listed values",
      );
    }
    case "minLength":
    case "maxLength":
    case "minItems":
    case "maxItems":
    case "minProperties":
    case "maxProperties": {
      const limit = Number(params.limit);
      const empty = error.keyword.startsWith("min") && limit === 1;
      return make(
        empty ? "empty-value" : "invalid-length",
        empty ? `${where} must not be empty` : `${where} ${error.message ?? "has the wrong size"}`,
        empty ? "write a value, or remove the property if it is optional" : `keep it within the limit of ${limit}`,
      );
    }
    case "uniqueItems":
      return make(
        "duplicate-item",
        `${where} lists the same value twice (items ${String(params.j)} and ${String(params.i)})`,
        "remove the repeated item",
      );
    case "minimum":
    case "maximum":
      return make(
        "out-of-range",
        `${where} ${String(error.data)} ${error.message ?? "is out of range"}`,
        describeOf(parentSchema) ?? "use a value within the range",
      );
    default:
      return make("schema", `${where} ${error.message ?? "is invalid"}`, `see ${context.schemaFile} for this property`);
  }
}

interface SchemaNode {
  description?: string;
  properties?: Record<string, { description?: string; enum?: string[] }>;
}

/** The schema's own description of the failing value, which says what belongs there. */
function describeOf(schemaOfValue: SchemaNode): string | undefined {
  return schemaOfValue.description;
}

function isCodeField(path: DataPath): boolean {
  const leaf = path[path.length - 1];
  return leaf === "code" || leaf === "replacedBy";
}

function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((raw) => raw.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((segment) => (/^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : segment));
}

/** `["errors", 3, "code"]` -> `errors[3].code`; the root is `the catalog`. */
export function displayPath(path: DataPath): string {
  if (path.length === 0) return "the catalog";
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? segment : /^[A-Za-z_][A-Za-z0-9_-]*$/.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`;
  }
  return out;
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  // `!!binary` reads as bytes; it is not a mapping, whatever its JavaScript type.
  if (value instanceof Uint8Array) return "binary data (!!binary)";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function article(type: string): string {
  const names: Record<string, string> = {
    string: "a string",
    object: "a mapping",
    array: "a list",
    boolean: "true or false",
    integer: "an integer",
    number: "a number",
  };
  return names[type] ?? type;
}
