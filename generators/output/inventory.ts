/**
 * Which files of the output folder generate owns. The writer records the
 * paths it generates in `<out>/.coinone-files` (sorted, one per line, no
 * dates: it is committed with dist/ and stays byte-identical), so the next
 * run knows which files it no longer produces (removed by generate, reported
 * as stale by --check) and which files it never wrote (unknown: reported by
 * --check, never touched). Names starting with `.coinone-` and `.lock` are the
 * writer's own run-time files: the lock, the journal and the staging folder.
 */
import type { Dirent } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { OutputFile } from "../catalog/types.ts";
import { targetPath } from "./paths.ts";

export const MANIFEST_NAME = ".coinone-files";
export const JOURNAL_NAME = ".coinone-journal";
export const STAGING_PREFIX = ".coinone-staging-";

const MANIFEST_HEADER =
  "# The files generate (coinone-error-codes) owns in this folder: it rewrites them and removes those it no longer produces. Do not edit.\n";

/** The manifest for a set of generated files, as one more output file. */
export function manifestFile(files: readonly OutputFile[]): OutputFile {
  const paths = files.map((file) => file.path).sort();
  return { path: MANIFEST_NAME, content: MANIFEST_HEADER + paths.map((path) => `${path}\n`).join("") };
}

/** The paths a previous run recorded as its own; empty when there is no (readable) manifest. */
export async function ownedPaths(outDir: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(join(outDir, MANIFEST_NAME), "utf8");
  } catch {
    return [];
  }
  return text
    .split("\n")
    .filter((line) => line !== "" && !line.startsWith("#"))
    .filter((line) => {
      try {
        targetPath(outDir, line);
        return !line.split("/").some((part) => part === "" || part === "." || part === "..");
      } catch {
        return false;
      }
    });
}

/** Whether a top-level name is one of the writer's run-time files (lock, journal, staging, their temporaries). */
export function isRunTimeName(name: string): boolean {
  return name === ".lock" || name.startsWith(".lock.stale-") || name.startsWith(JOURNAL_NAME) || name.startsWith(STAGING_PREFIX);
}

/**
 * Every entry below `outDir` that is not a folder (files, symbolic links,
 * special files), as `/`-separated paths, without following links and
 * without the writer's run-time files.
 */
export async function listEntries(outDir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string, prefix: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") return;
      throw error;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (prefix === "" && isRunTimeName(entry.name)) continue;
      const path = prefix + entry.name;
      if (entry.isDirectory()) await walk(join(dir, entry.name), `${path}/`);
      else found.push(path);
    }
  };
  await walk(outDir, "");
  return found;
}
