/**
 * The built-in targets that need no compiler (every one of builtins.ts but
 * the asynchronous ones), with default options. Importing this module never
 * loads ts-morph.
 */
import { BUILTIN_TARGETS } from "./builtins.ts";
import type { Catalog, OutputFile } from "../catalog/types.ts";

export type Target = (catalog: Catalog) => OutputFile[];

export const TEXT_TARGETS: Readonly<Record<string, Target>> = Object.fromEntries(
  Object.entries(BUILTIN_TARGETS)
    .filter(([, target]) => target.async !== true)
    .map(([name, target]) => [name, (catalog: Catalog) => target.run(catalog, {}) as OutputFile[]]),
);

/** Files in path order, so every run lists and writes them the same way. */
export function sortFiles(files: OutputFile[]): OutputFile[] {
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
