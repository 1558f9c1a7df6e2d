/**
 * Checks the output paths of every entry before anything is written: each
 * must stay inside --out (relative, no `..`, no empty or `.` segments, `/`
 * separators only), and no two entries (or one entry twice) may write the
 * same path, ignoring case, as case-insensitive file systems would.
 */
import type { OutputFile } from "../output/files.ts";

/** Why `path` cannot be an output path, or undefined when it can. */
export function outputPathProblem(path: string): string | undefined {
  if (path === "") return "is empty";
  if (path.includes("\0")) return "holds a NUL character";
  if (path.includes("\\")) return "holds a backslash; use `/` between folders";
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path)) return "is absolute: it would be written outside --out";
  const segments = path.split("/");
  if (segments.includes("..")) return "holds `..`: it would be written outside --out";
  if (segments.some((segment) => segment === "" || segment === ".")) return "has an empty or `.` folder name";
  return undefined;
}

export interface Produced {
  /** Entry name. */
  readonly entry: string;
  readonly files: readonly OutputFile[];
}

export interface PathClash {
  readonly entry: string;
  readonly path: string;
  /** The entry that wrote the path first (maybe the same entry). */
  readonly first: string;
  readonly firstPath: string;
}

/** Every output path written a second time, with the entry that wrote it first. */
export function pathClashes(produced: readonly Produced[]): PathClash[] {
  const owners = new Map<string, { entry: string; path: string }>();
  const clashes: PathClash[] = [];
  for (const { entry, files } of produced) {
    for (const { path } of files) {
      const key = path.toLowerCase();
      const owner = owners.get(key);
      if (owner) clashes.push({ entry, path, first: owner.entry, firstPath: owner.path });
      else owners.set(key, { entry, path });
    }
  }
  return clashes;
}
