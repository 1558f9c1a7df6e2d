/**
 * Checks the output paths of every entry before anything is written: each
 * must stay inside --out (relative, no `..`, no empty or `.` segments, `/`
 * separators only), hold no control character, line break or lone
 * surrogate, and not take a name the writer keeps for itself (.lock,
 * .coinone-*) (output/paths.ts holds these rules, which the writer applies
 * again). No two entries (or one entry twice) may write the same path, or a
 * file where another needs a folder, ignoring case, as case-insensitive file
 * systems would.
 */
import { quote } from "../catalog/diagnostics.ts";
import type { OutputFile } from "../output/files.ts";
import { pathProblem, reservedProblem } from "../output/paths.ts";

/** Why `path` cannot be an output path, or undefined when it can. */
export function outputPathProblem(path: string): string | undefined {
  return pathProblem(path) ?? reservedProblem(path);
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
  /**
   * "same": both write the same file; "needs-folder": `path` needs the file
   * `firstPath` as a folder; "is-folder": `path` is a file that `firstPath`
   * needs as a folder.
   */
  readonly kind: "same" | "needs-folder" | "is-folder";
}

/** The folders a path needs, lowercased: "a/b/c.txt" needs "a" and "a/b". */
function foldersOf(key: string): string[] {
  const parts = key.split("/");
  return parts.slice(0, -1).map((_, index) => parts.slice(0, index + 1).join("/"));
}

/** Every output path written a second time, or clashing with a folder another path needs, with the first entry. */
export function pathClashes(produced: readonly Produced[]): PathClash[] {
  const files = new Map<string, { entry: string; path: string }>();
  const folders = new Map<string, { entry: string; path: string }>();
  const clashes: PathClash[] = [];
  for (const { entry, files: made } of produced) {
    for (const { path } of made) {
      const key = path.toLowerCase();
      const same = files.get(key);
      const asFolder = folders.get(key);
      const blocking = foldersOf(key).find((folder) => files.has(folder));
      if (same) clashes.push({ entry, path, first: same.entry, firstPath: same.path, kind: "same" });
      else if (asFolder)
        clashes.push({ entry, path, first: asFolder.entry, firstPath: asFolder.path, kind: "is-folder" });
      else if (blocking !== undefined) {
        const owner = files.get(blocking) as { entry: string; path: string };
        clashes.push({ entry, path, first: owner.entry, firstPath: owner.path, kind: "needs-folder" });
      } else {
        files.set(key, { entry, path });
        for (const folder of foldersOf(key)) if (!folders.has(folder)) folders.set(folder, { entry, path });
      }
    }
  }
  return clashes;
}

/** A clash as a diagnostic's message and hint; `firstAt` is where the first entry starts ("2:5"). */
export function describeClash(clash: PathClash, firstAt: string): { message: string; hint: string } {
  const first = clash.first === clash.entry ? "the same entry" : `entry ${quote(clash.first)} (${firstAt})`;
  if (clash.kind === "same") {
    const as = clash.firstPath === clash.path ? "" : ` as ${quote(clash.firstPath)}`;
    const where = clash.first === clash.entry ? " twice" : `, which ${first} already writes${as}`;
    return {
      message: `entry ${quote(clash.entry)} writes ${quote(clash.path)}${where}`,
      hint: "give each output its own path; paths that differ only in case count as the same",
    };
  }
  const hint = "a path cannot be both a file and a folder; rename one of them (case does not count)";
  if (clash.kind === "is-folder") {
    return {
      message:
        `entry ${quote(clash.entry)} writes the file ${quote(clash.path)}, ` +
        `but ${first} writes ${quote(clash.firstPath)}, which needs it as a folder`,
      hint,
    };
  }
  const folder = clash.path.split("/").slice(0, clash.firstPath.split("/").length).join("/");
  return {
    message:
      `entry ${quote(clash.entry)} writes ${quote(clash.path)}, which needs ${quote(folder)} as a folder, ` +
      `but ${first} writes the file ${quote(clash.firstPath)}`,
    hint,
  };
}
