/**
 * The targets that need no compiler: catalog.json, OpenAPI, i18n bundles,
 * the Markdown reference, and the Java and Rust packages (Handlebars).
 * Importing this module never loads ts-morph.
 */
import { generateCatalogJson } from "./catalog-json.ts";
import { generateI18nBundles } from "./i18n.ts";
import { generateJava } from "./java/index.ts";
import { generateMarkdownReferences } from "./markdown.ts";
import { generateOpenApi } from "./openapi.ts";
import { generateRust } from "./rust/index.ts";
import type { Catalog, OutputFile } from "../catalog/types.ts";

export type Target = (catalog: Catalog) => OutputFile[];

export const TEXT_TARGETS: Readonly<Record<string, Target>> = {
  catalog: generateCatalogJson,
  openapi: generateOpenApi,
  i18n: generateI18nBundles,
  markdown: generateMarkdownReferences,
  java: generateJava,
  rust: generateRust,
};

/** Files in path order, so every run lists and writes them the same way. */
export function sortFiles(files: OutputFile[]): OutputFile[] {
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
