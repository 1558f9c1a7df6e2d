/**
 * Runs every target on a loaded catalog and returns the files in memory,
 * sorted by path. Generators are pure; only the writer touches the disk.
 * The TypeScript target is kept apart from the text targets because it
 * loads ts-morph (about 0.6 s): for a large catalog the command runs it in
 * a worker thread, in parallel with parsing and the text targets (worker/).
 */
import { generateTypeScript } from "./typescript/index.ts";
import { sortFiles, TEXT_TARGETS } from "./text-targets.ts";
import { runStage } from "../catalog/load-catalog.ts";
import type { StageRunner } from "../catalog/load-catalog.ts";
import type { Catalog, OutputFile } from "../catalog/types.ts";
import type { Target } from "./text-targets.ts";

export type { Target } from "./text-targets.ts";

export const TARGETS: Readonly<Record<string, Target>> = { ...TEXT_TARGETS, typescript: generateTypeScript };

export function generateArtifacts(catalog: Catalog, stage: StageRunner = runStage): OutputFile[] {
  return sortFiles(Object.entries(TARGETS).flatMap(([name, target]) => stage(name, () => target(catalog))));
}
