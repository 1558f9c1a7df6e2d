/**
 * Emits `python/`, an installable Python package (setuptools, no
 * dependencies, typed): `pyproject.toml`, and under `src/<name>_error_codes/`
 * the `str` enum of codes with metadata (`_catalog.py`), the error-body parser
 * and exception (`_parse.py`), `__init__.py` and `py.typed`. TypeScript builds
 * the view model from templates/python/*.hbs; all catalog text enters through
 * generators/text/languages/python.ts.
 */
import { toPascalCase } from "../../catalog/names.ts";
import { generatedNotice } from "../../text/header.ts";
import { pythonMemberName as memberName, pythonText } from "../../text/languages/python.ts";
import { renderFile } from "../render-template.ts";
import type { Catalog, CatalogError } from "../../catalog/types.ts";
import type { OutputFile } from "../../output/files.ts";
import { codeFields, messageFields } from "../../catalog/wire.ts";
import { markdownInline } from "../../text/escape.ts";
import { comment } from "../../text/markdown-helpers.ts";
import { licenseFile, markdownAutolink, spdxLicenses } from "../package-metadata.ts";

const lit = pythonText.stringLiteral;

/** A tuple of string literals: `("en", "ko")`, `("en",)`. */
const tuple = (values: readonly string[]): string => `(${values.map(lit).join(", ")}${values.length === 1 ? "," : ""})`;

/** TOML basic strings accept JSON's escapes; the values here are catalog ids and versions. */
const toml = (value: string): string => JSON.stringify(value);

/** `coinone` -> `coinone_error_codes` (import name) and `coinone-error-codes` (distribution name). */
export function pythonPackageNames(catalogName: string): { packageName: string; distribution: string } {
  return { packageName: `${catalogName.replace(/-/g, "_")}_error_codes`, distribution: `${catalogName}-error-codes` };
}

/** The enum member of a code (generators/text/languages/python.ts says how it is named). */
export const pythonMemberName = (error: CatalogError): string => memberName(error.name);

/**
 * A semantic version as PEP 440: `1.2.0-rc.1` -> `1.2.0rc1`, alpha/beta
 * likewise; any other pre-release label becomes a `.dev` release, which pip
 * also orders before the final one.
 */
export function pep440Version(version: string): string {
  const match = /^(\d+\.\d+\.\d+)(?:-(.+))?$/.exec(version);
  if (!match) return version;
  const [, release, pre] = match as unknown as [string, string, string | undefined];
  if (pre === undefined) return release;
  const known = /^(alpha|a|beta|b|rc)\.?(\d+)?$/.exec(pre);
  if (known)
    return `${release}${{ alpha: "a", a: "a", beta: "b", b: "b", rc: "rc" }[known[1] as "a"]}${known[2] ?? "0"}`;
  const number = /(\d+)$/.exec(pre);
  return `${release}.dev${number?.[1] ?? "0"}`;
}

/** Docstring lines of `text`, the first after `label`, the rest under it, all indented. */
function labelled(indent: string, label: string, text: string): string[] {
  return pythonText
    .docCommentLines(text)
    .map((line, i) => (i === 0 ? `${indent}${label}${line}` : line === "" ? "" : `${indent}${line}`).trimEnd());
}

function memberDoc(catalog: Catalog, error: CatalogError, byCode: Map<string, CatalogError>): string[] {
  const indent = "    ";
  const source = catalog.sourceLocale;
  const lines = [...labelled(indent, '"""', error.description[source] ?? ""), ""];
  for (const locale of catalog.locales.filter((l) => l !== source))
    lines.push(...labelled(indent, `${locale}: `, error.description[locale] ?? ""));
  lines.push(...labelled(indent, "Message: ", error.message));
  lines.push(...labelled(indent, "Category: ", error.category));
  if (error.deprecated) {
    const { since, reason, replacedBy } = error.deprecated;
    lines.push("", ...labelled(indent, ".. deprecated:: ", since));
    lines.push(...labelled(`${indent}   `, "", reason));
    const replacement = replacedBy === undefined ? undefined : byCode.get(replacedBy);
    if (replacedBy !== undefined) {
      const target =
        replacement && !replacement.removed ? `${pythonMemberName(replacement)} (${replacedBy})` : replacedBy;
      lines.push(...labelled(`${indent}   `, "Use ", `${target} instead.`));
    }
  }
  lines.push(`${indent}"""`);
  return lines;
}

/** `name=value` arguments of `ErrorInfo(...)`, optional ones only when the catalog sets them. */
function infoFields(catalog: Catalog, error: CatalogError): string[] {
  const description = catalog.locales
    .map((locale) => `${lit(locale)}: ${lit(error.description[locale] ?? "")}`)
    .join(", ");
  const fields = [
    `code=${lit(error.code)}`,
    `name=${lit(error.name)}`,
    `message=${lit(error.message)}`,
    `category=${lit(error.category)}`,
    `description=MappingProxyType({${description}})`,
  ];
  if (error.retryable !== undefined) fields.push(`retryable=${error.retryable ? "True" : "False"}`);
  if (error.retryAfterSeconds !== undefined) fields.push(`retry_after_seconds=${error.retryAfterSeconds}`);
  if (error.errorClass !== undefined) fields.push(`error_class=${lit(error.errorClass)}`);
  if (error.userAction !== undefined) fields.push(`user_action=${lit(error.userAction)}`);
  if (error.deprecated) {
    const { since, reason, replacedBy } = error.deprecated;
    fields.push(
      `deprecated=Deprecation(since=${lit(since)}, ` +
        `reason=${lit(reason)}${replacedBy === undefined ? "" : `, replaced_by=${lit(replacedBy)}`})`,
    );
  }
  if (error.removed)
    fields.push(`removed=Removal(since=${lit(error.removed.since)}, reason=${lit(error.removed.reason)})`);
  if (error.notes !== undefined) fields.push(`notes=${lit(error.notes)}`);
  if (error.httpStatus !== undefined) fields.push(`http_status=${error.httpStatus}`);
  return fields;
}

/** `[project.urls]` entries: the repository as homepage and source, the published reference as documentation. */
function projectUrls(catalog: Catalog): { label: string; url: string }[] {
  const urls: [string, string | undefined][] = [
    ["Homepage", catalog.repository],
    ["Repository", catalog.repository],
    ["Documentation", catalog.docsBaseUrl],
  ];
  return urls.flatMap(([label, url]) => (url === undefined ? [] : [{ label, url: toml(url) }]));
}

/** The README's "Project" list: license, author, repository and reference, as far as the catalog names them. */
function readmeMetadata(catalog: Catalog): string[] {
  const lines: string[] = [];
  if (catalog.license !== undefined) {
    const texts = spdxLicenses(catalog.license).map((l) => markdownAutolink(l.url));
    lines.push(`License: ${markdownInline(catalog.license)} (${texts.join(", ")})`);
  }
  if (catalog.author !== undefined) lines.push(`Author: ${markdownInline(catalog.author)}`);
  if (catalog.repository !== undefined) lines.push(`Source: ${markdownAutolink(catalog.repository)}`);
  if (catalog.docsBaseUrl !== undefined) lines.push(`Reference: ${markdownAutolink(catalog.docsBaseUrl)}`);
  return lines;
}

export function generatePython(catalog: Catalog): OutputFile[] {
  const { packageName, distribution } = pythonPackageNames(catalog.name);
  const prefix = toPascalCase(catalog.name);
  const active = catalog.errors.filter((e) => !e.removed);
  const byCode = new Map(catalog.errors.map((e) => [e.code, e]));
  const first = active[0] as CatalogError;
  const header = [
    "Code generated by coinone-error-codes. DO NOT EDIT.",
    ...generatedNotice(catalog).map(pythonText.lineComment),
  ];
  const { wire } = catalog;
  const codes = codeFields(wire);
  const messages = messageFields(wire);
  const memberNames = active.map(pythonMemberName);
  const view = {
    header,
    packageName,
    packageLiteral: toml(packageName),
    distributionLiteral: toml(distribution),
    pyVersion: lit(pep440Version(catalog.version)),
    version: toml(pep440Version(catalog.version)),
    license: catalog.license === undefined ? undefined : toml(catalog.license),
    author: catalog.author === undefined ? undefined : toml(catalog.author),
    urls: projectUrls(catalog),
    commentNotice: comment(generatedNotice(catalog).join(" ")),
    distributionName: distribution,
    titleMarkdown: markdownInline(catalog.title, true),
    catalogName: catalog.name,
    catalogVersion: markdownInline(catalog.version),
    metadata: readmeMetadata(catalog),
    description: toml(`Error codes of ${catalog.name}: the catalog's codes, metadata, and a parser of error bodies.`),
    docTitle: pythonText.docCommentLines(catalog.title).join("\n"),
    sourceLocale: lit(catalog.sourceLocale),
    sourceLocaleDoc: pythonText.docCommentLines(catalog.sourceLocale).join(" "),
    locales: tuple(catalog.locales),
    enumName: `${prefix}ErrorCode`,
    errorClass: `${prefix}ApiError`,
    firstMember: pythonMemberName(first),
    firstCode: pythonText.docCommentLines(lit(first.code)).join(""),
    members: active.map((error, i) => ({
      member: memberNames[i] as string,
      code: lit(error.code),
      get doc() {
        return memberDoc(catalog, error, byCode);
      },
      get fields() {
        return infoFields(catalog, error);
      },
    })),
    reserved: catalog.errors
      .filter((e) => e.removed)
      .map((error) => ({ code: lit(error.code), fields: infoFields(catalog, error) })),
    resultField: lit(wire.resultField),
    errorResult: lit(wire.errorResult),
    codeFields: tuple(codes),
    messageFields: tuple(messages),
    codeFieldsDoc: pythonText.docCommentLines(codes.map((f) => `\`\`${f}\`\``).join(" or ")).join(" "),
    messageFieldsDoc: pythonText.docCommentLines(messages.map((f) => `\`\`${f}\`\``).join(" or ")).join(" "),
  };
  const dir = `python/src/${packageName}`;
  const license = licenseFile(catalog);
  return [
    renderFile("python/pyproject.toml", "python/pyproject.toml.hbs", view),
    renderFile("python/README.md", "python/README.md.hbs", view),
    ...(license === undefined ? [] : [{ path: "python/LICENSE", content: license }]),
    renderFile(`${dir}/__init__.py`, "python/__init__.py.hbs", view),
    renderFile(`${dir}/_catalog.py`, "python/_catalog.py.hbs", view),
    renderFile(`${dir}/_parse.py`, "python/_parse.py.hbs", view),
    { path: `${dir}/py.typed`, content: "" },
  ];
}
