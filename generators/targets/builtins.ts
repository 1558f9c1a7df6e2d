/**
 * The built-in targets: one table, one line per target. A name here is what
 * `spec/targets.yaml` lists (`- typescript`, `- builtin: openapi`); `options`
 * names the `$defs` entry of spec/targets.schema.json that checks the
 * target's options, when it takes any. Targets that load heavy libraries
 * (ts-morph) import them inside `run`, so listing them costs nothing.
 * With no targets file, every target here runs with its default options.
 */
import { generateCatalogJson } from "./catalog-json.ts";
import { generateCcxtExceptions } from "./ccxt.ts";
import { generateCatalogSchema } from "./catalog-schema.ts";
import { generateI18nBundles } from "./i18n.ts";
import { generateMarkdownReferences } from "./markdown.ts";
import { generateOpenApi } from "./openapi.ts";
import { generateExplainCommand } from "./explain/index.ts";
import { generateGo } from "./go/index.ts";
import { generateHtmlReference } from "./html/index.ts";
import { generateJava } from "./java/index.ts";
import { javaCatalogRefusal } from "./java/limit.ts";
import { generatePython } from "./python/index.ts";
import { generateRust } from "./rust/index.ts";
import type { Catalog } from "../catalog/types.ts";
import type { OutputFile } from "../output/files.ts";

export type TargetOptions = Readonly<Record<string, unknown>>;

/** A located diagnostic's rule, message and hint, without the place. */
export interface TargetRefusal {
  readonly rule: string;
  readonly message: string;
  readonly hint: string;
}

export interface BuiltinTarget {
  /** One line for `--list` and the schema's description. */
  readonly about: string;
  /** `$defs` name of its options in spec/targets.schema.json. */
  readonly options?: string;
  /** True when `run` returns a promise (it loads a library first). */
  readonly async?: true;
  readonly run: (catalog: Catalog, options: TargetOptions) => OutputFile[] | Promise<OutputFile[]>;
  /** Why the target cannot serve this catalog, if it cannot: run-targets reports it at the entry and runs nothing. */
  readonly refuses?: (catalog: Catalog) => TargetRefusal | undefined;
  /**
   * What the language's own tools leave next to the package when it is
   * built in place as its page says (`pip install ./dist/python`,
   * `cargo build`, `mvn package`): never generated, never reported, never touched.
   */
  readonly buildByProducts?: readonly RegExp[];
}

export const BUILTIN_TARGETS: Readonly<Record<string, BuiltinTarget>> = {
  "catalog-json": { about: "dist/catalog.json: the catalog view as JSON", run: generateCatalogJson },
  "catalog-schema": {
    about: "dist/catalog.schema.json: the JSON Schema of the catalog view",
    run: generateCatalogSchema,
  },
  openapi: {
    about: "OpenAPI error components per version and format",
    options: "openapiOptions",
    run: (c, o) => generateOpenApi(c, o),
  },
  i18n: {
    about: "i18n/<locale>.json message bundles",
    options: "i18nOptions",
    run: (c, o) => generateI18nBundles(c, o),
  },
  markdown: {
    about: "docs/errors.<locale>.md, the reference (templates/markdown/reference.md.hbs)",
    run: generateMarkdownReferences,
  },
  ccxt: {
    about: "ccxt/exceptions.json: the code -> ccxt error class map for ccxt's coinone exchange",
    run: generateCcxtExceptions,
  },
  html: {
    about: "html/: the static reference site (index with search and filters, one page per code, per locale)",
    run: generateHtmlReference,
  },
  explain: {
    about: "bin/<name>-errors.js: the `explain` command of the npm package (reads index.js and catalog.json)",
    run: generateExplainCommand,
  },
  python: {
    about: "python/: the Python package (pyproject.toml, py.typed, enum, metadata, parser, exception)",
    buildByProducts: [/^python\/build\//, /^python\/src\/[^/]+\.egg-info\//, /^python\/dist\//],
    run: generatePython,
  },
  go: { about: "go/: the Go module (type Code string, metadata, parser, error type)", run: generateGo },
  java: {
    about: "java/: the Maven project (enum with wireCode(), metadata, parser, exception)",
    refuses: javaCatalogRefusal,
    buildByProducts: [/^java\/target\//],
    run: generateJava,
  },
  rust: {
    about: "rust/: the crate (#[non_exhaustive] ErrorCode, metadata, parse_error, ApiError)",
    buildByProducts: [/^rust\/target\//, /^rust\/Cargo\.lock$/],
    run: generateRust,
  },
  typescript: {
    about: "the TypeScript module: index.ts, .js, .cjs, .d.ts, .d.cts",
    async: true,
    run: async (c) => (await import("./typescript/index.ts")).generateTypeScript(c),
  },
};

/** Every built-in's build by-products: the writer leaves them alone. */
export const BUILD_BY_PRODUCTS: readonly RegExp[] = Object.values(BUILTIN_TARGETS).flatMap(
  (target) => target.buildByProducts ?? [],
);
