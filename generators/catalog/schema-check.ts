/**
 * Checks catalog data against spec/errors.schema.json with ajv (all errors,
 * JSON Schema 2020-12) and maps every ajv error to the YAML node it is about:
 * the key itself for an unknown property, the owning key for a missing one.
 */
import type { ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import type { Diagnostic } from "./diagnostics.ts";
import { quote } from "./diagnostics.ts";
import { didYouMean, nearest } from "./nearest.ts";
import { describePath, displayPath } from "./place-names.ts";
import { catalogValidator } from "./validators.ts";
import { article, describeValue, wrongTypeHint } from "./value-hints.ts";
import type { DataPath, YamlSource } from "./yaml-source.ts";

export { displayPath } from "./place-names.ts";

/** `notRequired` lists properties whose absence is accepted (see LoadOptions.earlierSchema). */
export function checkSchema(
  data: unknown,
  source: YamlSource,
  file: string,
  notRequired: readonly string[] = [],
): Diagnostic[] {
  return schemaDiagnostics(catalogValidator(), data, source, file, CATALOG_CONTEXT, notRequired);
}

/** How a document other than the catalog (spec/targets.yaml) is named in messages. */
export interface SchemaContext {
  /** The schema file, named in the fallback hint. */
  readonly schemaFile: string;
  /** What the document's root is called, e.g. `the targets file`. */
  readonly root: string;
  /** Names a place for messages (`error "105" retryable`); `displayPath` when absent. */
  readonly name?: (path: DataPath, data: unknown) => string;
}

const CATALOG_CONTEXT: SchemaContext = {
  schemaFile: "spec/errors.schema.json",
  root: "the catalog",
  // Entries are named by their code, which is what the author searches the file for.
  name: (path, data) => describePath(path, (index) => entryAt(data, index)?.code),
};

function entryAt(data: unknown, index: number): Record<string, unknown> | undefined {
  const errors = (data as { errors?: unknown } | null)?.errors;
  const entry = Array.isArray(errors) ? (errors[index] as unknown) : undefined;
  return typeof entry === "object" && entry !== null ? (entry as Record<string, unknown>) : undefined;
}

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
  const errors = validate.errors ?? [];
  // A misspelt property is one mistake: its did-you-mean stands for the missing property it means.
  const meant = new Set(
    errors.flatMap((error) => {
      if (error.keyword !== "additionalProperties") return [];
      const known = Object.keys((error.parentSchema as SchemaNode | undefined)?.properties ?? {});
      const near = nearest(String((error.params as { additionalProperty?: unknown }).additionalProperty), known);
      return near === undefined ? [] : [`${error.instancePath}/${near}`];
    }),
  );
  const locales = catalogLocales(data);
  for (const error of errors) {
    // ajv reports a failed `propertyNames` twice: the inner pattern error carries the detail.
    if (error.keyword === "propertyNames") continue;
    // `if` only says that its `then` or `else` failed; those errors carry the detail.
    if (error.keyword === "if") continue;
    if (error.keyword === "required") {
      const missing = String((error.params as { missingProperty?: unknown }).missingProperty);
      if (notRequired.includes(missing) || meant.has(`${error.instancePath}/${missing}`)) continue;
    }
    const diagnostic = toDiagnostic(error, source, file, context, data, locales);
    const key = `${diagnostic.line}:${diagnostic.col}:${diagnostic.rule}:${diagnostic.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(diagnostic);
    }
  }
  return out;
}

/** The declared locales, for hints about a text per locale. */
function catalogLocales(data: unknown): string[] {
  const locales = (data as { catalog?: { locales?: unknown } } | null)?.catalog?.locales;
  return Array.isArray(locales) ? locales.filter((l): l is string => typeof l === "string") : [];
}

function toDiagnostic(
  error: ErrorObject,
  source: YamlSource,
  file: string,
  context: SchemaContext,
  data: unknown,
  locales: readonly string[],
): Diagnostic {
  const path = pointerToPath(error.instancePath);
  const where = path.length === 0 ? context.root : (context.name ?? displayPath)(path, data);
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
      const listed = `allowed here: ${allowed.join(", ")}; check the spelling`;
      return make(
        "unknown-property",
        `unknown property ${quote(name)} in ${where}`,
        allowed.length > 0 ? `${didYouMean(name, allowed)}${listed}` : "remove it",
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
      const actual = typeof error.data;
      const leaf = path[path.length - 1];
      if (expected === "string" && actual === "number" && isCodeField(path)) {
        const written = source.sourceText(path) ?? String(error.data);
        return make(
          "unquoted-code",
          `${where} is the number ${written}; codes are strings on the wire and are never converted`,
          `quote it: ${String(leaf)}: "${written}"`,
        );
      }
      const written = source.sourceText(path);
      const field = typeof leaf === "string" ? leaf : where;
      const perLocale = (parentSchema as { propertyNames?: unknown }).propertyNames !== undefined ? locales : [];
      return make(
        "wrong-type",
        `${where} must be ${article(expected)}, found ${describeValue(error.data, written)}`,
        wrongTypeHint(field, expected, error.data, written, perLocale),
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
      const suggestion = typeof error.data === "string" ? didYouMean(error.data, allowed.map(String)) : "";
      return make(
        "invalid-value",
        `${where} ${quote(error.data)} is not one of: ${allowed.map(String).join(", ")}`,
        suggestion === "" ? "pick one of the listed values" : `${suggestion}otherwise pick one of the listed values`,
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
