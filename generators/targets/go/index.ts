/**
 * Emits `go/`, a Go module with one package and no dependencies: `go.mod`,
 * `doc.go` (package comment), `codes.go` (`type Code string`, one documented
 * constant per active code, the metadata table, lookups), `parse.go` (the
 * `Error` type, `Parse`, `ParseJSON`) and `example_test.go` (examples that
 * `go test` runs and checks). TypeScript builds the view model for
 * templates/go/*.hbs; all catalog text and every constant name come from
 * generators/text/languages/go.ts. The output is gofmt-clean as written.
 */
import { toPascalCase } from "../../catalog/names.ts";
import { generatedNotice } from "../../text/header.ts";
import { goConstantNames, goText } from "../../text/languages/go.ts";
import { renderFile } from "../render-template.ts";
import type { Catalog, CatalogError } from "../../catalog/types.ts";
import type { OutputFile } from "../../output/files.ts";
import { codeFields, messageFields } from "../../catalog/wire.ts";

const lit = goText.stringLiteral;

/** `coinone` -> package `coinoneerrors`. */
export const goPackageName = (catalogName: string): string => `${catalogName.replace(/-/g, "")}errors`;

/**
 * The module path. It names no host, even when the catalog names its
 * repository: a module's path must be where `go get` finds its go.mod, and
 * that is the folder `--out` writes inside the repository (`dist/go`, so
 * `<repository>/dist/go`, tagged `dist/go/v3.0.0`), which the catalog cannot
 * know. Consumers `require` it and `replace` it with the folder (see
 * docs/consumers/go.md); whoever publishes the module sets the path here.
 */
export const goModulePath = (catalogName: string): string => `${catalogName}-error-codes/${goPackageName(catalogName)}`;

/** Doc comment lines: the first after `label`, the rest as they are. */
function labelled(label: string, text: string): string[] {
  const lines = goText.docCommentLines(text);
  return lines.length === 0 ? [label.trimEnd()] : [`${label}${lines[0]}`, ...lines.slice(1)];
}

function constantDoc(
  catalog: Catalog,
  error: CatalogError,
  constant: string,
  constants: Map<string, string>,
): string[] {
  const source = catalog.sourceLocale;
  const lines = labelled(
    `${constant} is ${goText.lineComment(error.code)} (${error.name}): `,
    error.description[source] ?? "",
  );
  for (const locale of catalog.locales.filter((l) => l !== source))
    lines.push(...labelled(`${locale}: `, error.description[locale] ?? ""));
  lines.push(...labelled("Message: ", error.message), ...labelled("Category: ", error.category));
  if (error.deprecated) {
    const { since, reason, replacedBy } = error.deprecated;
    const replacement = replacedBy === undefined ? undefined : constants.get(replacedBy);
    const use = replacedBy === undefined ? "" : ` Use ${replacement ?? goText.lineComment(replacedBy)} instead.`;
    lines.push("", ...labelled(`Deprecated: since ${goText.lineComment(since)}: `, `${reason}${use}`));
  }
  return lines;
}

/** One `Info{...}` literal on one line (one line each, so gofmt has nothing to align). */
function infoLiteral(catalog: Catalog, error: CatalogError, codeExpression: string): string {
  const description = catalog.locales
    .map((locale) => `${lit(locale)}: ${lit(error.description[locale] ?? "")}`)
    .join(", ");
  const fields = [
    `Code: ${codeExpression}`,
    `Name: ${lit(error.name)}`,
    `Message: ${lit(error.message)}`,
    `Category: ${lit(error.category)}`,
    `Description: map[string]string{${description}}`,
  ];
  if (error.retryable !== undefined) fields.push(`Retryable: ${error.retryable}`);
  if (error.retryAfterSeconds !== undefined) fields.push(`RetryAfter: ${error.retryAfterSeconds} * time.Second`);
  if (error.errorClass !== undefined) fields.push(`ErrorClass: ${lit(error.errorClass)}`);
  if (error.userAction !== undefined) fields.push(`UserAction: ${lit(error.userAction)}`);
  if (error.deprecated) {
    const { since, reason, replacedBy } = error.deprecated;
    fields.push(
      `Deprecated: &Deprecation{Since: ${lit(since)}, Reason: ` +
        `${lit(reason)}${replacedBy === undefined ? "" : `, ReplacedBy: ${lit(replacedBy)}`}}`,
    );
  }
  if (error.removed)
    fields.push(`Removed: &Removal{Since: ${lit(error.removed.since)}, Reason: ${lit(error.removed.reason)}}`);
  if (error.notes !== undefined) fields.push(`Notes: ${lit(error.notes)}`);
  if (error.httpStatus !== undefined) fields.push(`HTTPStatus: ${error.httpStatus}`);
  return `{${fields.join(", ")}}`;
}

export function generateGo(catalog: Catalog): OutputFile[] {
  const packageName = goPackageName(catalog.name);
  const active = catalog.errors.filter((e) => !e.removed);
  const names = goConstantNames(active.map((e) => e.name));
  const constants = new Map(active.map((e, i) => [e.code, names[i] as string]));
  const { wire } = catalog;
  const codes = codeFields(wire);
  const messages = messageFields(wire);
  const fieldsDoc = (fields: string[]) => fields.map((f) => goText.lineComment(JSON.stringify(f))).join(" or ");
  const first = active[0] as CatalogError;
  const view = {
    header: [
      "Code generated by coinone-error-codes. DO NOT EDIT.",
      ...generatedNotice(catalog).map(goText.lineComment),
    ],
    packageName,
    modulePath: goModulePath(catalog.name),
    packageDoc: labelled(
      `Package ${packageName} holds the error codes of `,
      `${catalog.title} (catalog ${catalog.name} ${catalog.version}).`,
    ),
    firstCodeDoc: `${constants.get(first.code)} (${goText.lineComment(first.code)})`,
    sourceLocale: lit(catalog.sourceLocale),
    locales: catalog.locales.map(lit).join(", "),
    members: active.map((error, i) => {
      const constant = names[i] as string;
      return {
        constant,
        code: lit(error.code),
        get doc() {
          return constantDoc(catalog, error, constant, constants).map((line) => (line === "" ? "" : ` ${line}`));
        },
        get info() {
          return infoLiteral(catalog, error, constant);
        },
      };
    }),
    reserved: catalog.errors
      .filter((e) => e.removed)
      .map((error) => ({ info: infoLiteral(catalog, error, lit(error.code)) })),
    resultField: lit(wire.resultField),
    errorResult: lit(wire.errorResult),
    codeFields: codes.map(lit).join(", "),
    messageFields: messages.map(lit).join(", "),
    codeFieldsDoc: fieldsDoc(codes),
    messageFieldsDoc: fieldsDoc(messages),
    prefix: toPascalCase(catalog.name),
    // example_test.go's examples print only the code and the name (both plain ASCII by the schema), so their
    // `// Output:` comments hold no catalog text.
    example: {
      constant: constants.get(first.code),
      code: first.code,
      name: first.name,
      body: lit(JSON.stringify({ [wire.resultField]: wire.errorResult, [wire.codeField]: first.code })),
    },
  };
  return [
    renderFile("go/go.mod", "go/go.mod.hbs", view),
    renderFile("go/doc.go", "go/doc.go.hbs", view),
    renderFile("go/codes.go", "go/codes.go.hbs", view),
    renderFile("go/parse.go", "go/parse.go.hbs", view),
    renderFile("go/example_test.go", "go/example_test.go.hbs", view),
  ];
}
