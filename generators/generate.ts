/**
 * Runs every target on a loaded catalog and returns the files in memory,
 * sorted by path. Generators are pure; only the writer touches the disk.
 */
import { generateCatalogJson } from "./targets/catalog-json.ts";
import { generateI18nBundles } from "./targets/i18n.ts";
import { generateMarkdownReferences } from "./targets/markdown.ts";
import { generateOpenApi } from "./targets/openapi.ts";
import { generateTypeScript } from "./targets/typescript/index.ts";
import { runStage } from "./load-catalog.ts";
import type { StageRunner } from "./load-catalog.ts";
import type { Catalog, OutputFile } from "./types.ts";

export type Target = (catalog: Catalog) => OutputFile[];

export const TARGETS: Readonly<Record<string, Target>> = {
  catalog: generateCatalogJson,
  typescript: generateTypeScript,
  openapi: generateOpenApi,
  i18n: generateI18nBundles,
  markdown: generateMarkdownReferences,
};

export function generateArtifacts(catalog: Catalog, stage: StageRunner = runStage): OutputFile[] {
  const files = Object.entries(TARGETS).flatMap(([name, target]) => stage(name, () => target(catalog)));
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
