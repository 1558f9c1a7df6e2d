/**
 * Reads the catalog file for the generate command, and names it for the
 * artifacts. Only a regular file is a catalog, read up to the size limit
 * (output/regular-file.ts, the reader of every file the tool reads).
 *
 * The provenance written into artifacts is the spec's path relative to the
 * project: the nearest folder above the spec holding a package.json, or the
 * spec's own folder when there is none. It never depends on the working
 * folder, and never holds an absolute path.
 */
import { stat } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { readRegularFile } from "../output/regular-file.ts";
import type { RegularRead } from "../output/regular-file.ts";

export type SpecRead = RegularRead;

/** Reads at most `limit` bytes of a regular file (output/regular-file.ts); `noun` names what the file should be. */
export function readSpec(path: string, limit: number, noun = "a catalog file"): Promise<SpecRead> {
  return readRegularFile(path, limit, noun);
}

/** The folder whose package.json is nearest above `specPath` (absolute), or the spec's own folder. */
export async function projectRoot(specPath: string): Promise<string> {
  for (let dir = dirname(specPath); ; dir = dirname(dir)) {
    const info = await stat(join(dir, "package.json")).catch(() => undefined);
    if (info?.isFile()) return dir;
    if (dirname(dir) === dir) return dirname(specPath);
  }
}

/** The spec's path as artifacts record it: relative to its project, with `/` separators. */
export async function provenancePath(specPath: string): Promise<string> {
  const shown = relative(await projectRoot(specPath), specPath);
  return sep === "/" ? shown : shown.split(sep).join("/");
}
