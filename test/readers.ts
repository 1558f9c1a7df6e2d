/**
 * The strictest real consumers of each artifact, as test helpers: TypeScript's
 * JSDoc parser, a CommonMark renderer with raw HTML allowed (markdown-it) and
 * Redocly's no-unsafe-markdown rule, PyYAML (a YAML 1.1 loader, via python3),
 * and the message formatters (IntlMessageFormat, @formatjs/intl, i18next with
 * the README's ICU format). Each returns what the consumer read, so tests
 * compare it with the catalog's text.
 */
import { spawnSync } from "node:child_process";
import { createIntl } from "@formatjs/intl";
import i18next from "i18next";
import { IntlMessageFormat } from "intl-messageformat";
import MarkdownIt from "markdown-it";
import ts from "typescript";
import { argumentsOf, parseMessage } from "../generators/catalog/message-syntax.ts";
import type { Catalog } from "../generators/catalog/types.ts";

/** Every JSDoc block tag TypeScript finds in a module, as `declaration name: tag` lines. */
export function jsDocTags(source: string): string[] {
  const file = ts.createSourceFile("index.ts", source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    for (const tag of ts.getJSDocTags(node)) {
      const name = (node as { name?: ts.Node }).name;
      found.push(`${name === undefined ? ts.SyntaxKind[node.kind] : name.getText(file)}: @${tag.tagName.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const markdown = new MarkdownIt({ html: true });

/** The HTML a CommonMark renderer with raw HTML allowed makes of a description. */
export function renderCommonMark(text: string): string {
  return markdown.render(text);
}

/**
 * The element names a browser finds in rendered HTML. Comments are dropped
 * as HTML parses them: one ends at the first `-->` or `--!>` (or at once for
 * `<!-->` and `<!--->`), so a comment closed early exposes what follows.
 */
export function elementsOf(html: string): string[] {
  const outsideComments = html.replace(/<!--(?:>|->|[\s\S]*?--!?>|[\s\S]*$)/g, "");
  return [...outsideComments.matchAll(/<\/?([A-Za-z][A-Za-z0-9-]*)/g)].map((m) => (m[1] ?? "").toLowerCase());
}

/** The text a reader sees: tags dropped (`<br>` as a line break), entities decoded. */
export function renderedText(html: string): string {
  return html
    .replace(/<br \/>\n?|<br>\n?/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/\n$/, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

/** What a CommonMark reader can see of a catalog text: line endings as `\n`; NUL cannot be written (it reads as
 * U+FFFD). */
export function asCommonMarkSees(text: string): string {
  return text.replace(/\r\n|\r/g, "\n").replace(/\u0000/g, "\uFFFD");
}

/** Loads YAML files with PyYAML (`yaml.safe_load`, YAML 1.1) and returns the data, exact to the code unit. */
export function pyYamlLoad(files: readonly string[]): unknown[] {
  const script =
    "import json,sys,yaml\nout=[]\nfor f in sys.argv[1:]:\n  with open(f,encoding='utf-8') as h: " +
    "out.append(yaml.safe_load(h))\nsys.stdout.write(json.dumps(out,ensure_ascii=True))\n";
  const run = spawnSync("python3", ["-c", script, ...files], { encoding: "utf8", maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`PyYAML could not load ${files.join(", ")}:\n${run.stderr}`);
  return JSON.parse(run.stdout) as unknown[];
}

/** Values for every argument of a message: text as `<name>`, numbers 3, select keys "other", dates the epoch. */
export function valuesFor(message: string): Record<string, string | number | Date> {
  const parsed = parseMessage(message);
  if (!parsed.ok) throw new Error(`not a message: ${message}`);
  return Object.fromEntries(
    argumentsOf(parsed.elements).map((entry) => {
      const [name = "", type] = entry.split(": ");
      return [
        name,
        type === "text"
          ? `<${name}>`
          : type === "select"
            ? "other"
            : type === "date" || type === "time"
              ? new Date(0)
              : 3,
      ];
    }),
  );
}

/** The text as the catalog wrote it, formatted: FormatJS with tags off reads the catalog's own syntax. */
export function expectedText(message: string, locale: string): string {
  return String(new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).format(valuesFor(message)));
}

/** i18next set up as the README shows: flat keys, and the ICU format plugin (so no `$t()` nesting, no `{{}}`). */
export async function i18nextAsReadme(bundles: Record<string, Record<string, string>>, namespace = "coinoneErrors") {
  const icu = {
    type: "i18nFormat" as const,
    parse: (message: string, values: Record<string, unknown>, lng: string) =>
      new IntlMessageFormat(message, lng).format(values as Record<string, string>),
  };
  const instance = i18next.createInstance();
  await instance.use(icu).init({
    lng: Object.keys(bundles)[0] ?? "en",
    fallbackLng: false,
    keySeparator: false,
    nsSeparator: false,
    ns: [namespace],
    defaultNS: namespace,
    resources: Object.fromEntries(Object.entries(bundles).map(([locale, bundle]) => [locale, { [namespace]: bundle }])),
  });
  return instance;
}

/** Every message of every bundle formatted by IntlMessageFormat, @formatjs/intl and i18next; each must print the
 * catalog's text. */
export async function formatterMismatches(
  catalog: Catalog,
  bundles: Record<string, Record<string, string>>,
): Promise<string[]> {
  const problems: string[] = [];
  const t = await i18nextAsReadme(bundles);
  for (const locale of catalog.locales) {
    const intl = createIntl({
      locale,
      messages: bundles[locale] ?? {},
      onError: (error) => problems.push(`${locale}: @formatjs/intl: ${error.message}`),
    });
    for (const error of catalog.errors.filter((e) => !e.removed)) {
      const source = error.description[locale] ?? "";
      const message = bundles[locale]?.[error.code] ?? "";
      const values = valuesFor(source);
      const expected = expectedText(source, locale);
      const read: [string, () => unknown][] = [
        ["IntlMessageFormat", () => new IntlMessageFormat(message, locale).format(values)],
        ["@formatjs/intl", () => intl.formatMessage({ id: error.code }, values)],
        ["i18next", () => t.getFixedT(locale)(error.code, values)],
      ];
      for (const [reader, format] of read) {
        let actual: unknown;
        try {
          actual = format();
        } catch (thrown) {
          actual = `threw ${(thrown as Error).message}`;
        }
        if (actual !== expected)
          problems.push(
            `${locale} ${error.code} ${reader}: ${JSON.stringify(actual)} instead of ${JSON.stringify(expected)}`,
          );
      }
    }
  }
  return problems;
}

/** Every `description` string of an OpenAPI document (and `info.title`), with its path. */
export function openApiDescriptions(value: unknown, path = ""): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => openApiDescriptions(item, `${path}[${i}]`));
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    (key === "description" || (key === "title" && path === ".info")) && typeof item === "string"
      ? [[`${path}.${key}`, item] as [string, string]]
      : openApiDescriptions(item, `${path}.${key}`),
  );
}

/**
 * Runs every reader on a generated output folder and lists what went wrong:
 * TypeScript finds no JSDoc tag but `@deprecated` on deprecated codes;
 * CommonMark renders no element but p, br, code (and the `a` of a docs link);
 * PyYAML reads each YAML file to its JSON twin; the formatters print every
 * description as written. The property and fuzz tests call it on their catalogs.
 */
export async function readerProblems(catalog: Catalog, dir: string): Promise<string[]> {
  const { readFileSync } = await import("node:fs");
  const { join } = await import("node:path");
  const problems: string[] = [];
  const deprecated = new Set(catalog.errors.filter((e) => e.deprecated && !e.removed).map((e) => e.member));
  for (const line of jsDocTags(readFileSync(join(dir, "index.ts"), "utf8"))) {
    const [owner = "", tag] = line.split(": @");
    if (!(tag === "deprecated" && deprecated.has(owner))) problems.push(`JSDoc: ${line}`);
  }
  const allowed = new Set(["p", "br", "code", ...(catalog.docsBaseUrl === undefined ? [] : ["a"])]);
  const yamlFiles = ["3.1", "3.0"].map((version) => join(dir, "openapi", version, "errors.yaml"));
  const loaded = pyYamlLoad(yamlFiles);
  ["3.1", "3.0"].forEach((version, i) => {
    const json = JSON.parse(readFileSync(join(dir, "openapi", version, "errors.json"), "utf8")) as unknown;
    if (JSON.stringify(loaded[i]) !== JSON.stringify(json))
      problems.push(`PyYAML: openapi/${version}/errors.yaml reads differently from errors.json`);
    for (const [path, text] of openApiDescriptions(json)) {
      const extra = elementsOf(renderCommonMark(text)).filter((name) => !allowed.has(name));
      if (extra.length > 0) problems.push(`CommonMark: ${version} ${path} renders <${extra.join(">, <")}>`);
    }
  });
  const bundles = Object.fromEntries(
    catalog.locales.map((locale) => [
      locale,
      JSON.parse(readFileSync(join(dir, "i18n", `${locale}.json`), "utf8")) as Record<string, string>,
    ]),
  );
  problems.push(...(await formatterMismatches(catalog, bundles)));
  return problems;
}
