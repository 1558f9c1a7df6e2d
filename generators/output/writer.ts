/**
 * Puts generated files on disk (writeOutputs), or compares them with what is
 * there (checkOutputs). Guarantees, for the output folder `out`:
 *
 * - Inside `out` only: every path is checked component by component with
 *   lstat before anything is written; a symbolic link, a file where a folder
 *   should be or a folder where a file should be is a located error and
 *   nothing is written (paths.ts). New files are created with `wx` under
 *   unpredictable names in a private staging folder (journal.ts).
 * - One run at a time: `out/.lock` (lock.ts).
 * - The whole set or nothing, also after SIGKILL: staging, a journal, renames;
 *   the next start finishes or cleans what a killed run left (journal.ts).
 * - Exactly the artifacts: `out/.coinone-files` records what generate owns,
 *   so files it no longer produces are removed, and files it never wrote are
 *   reported by --check and left alone (inventory.ts).
 *
 * Only files whose bytes changed are written; a replaced file keeps its mode.
 */
import { lstat, readdir, readFile } from "node:fs/promises";
import { dirname, relative } from "node:path";
import type { OutputFile } from "../output/files.ts";

import { isRunTimeName, listEntries, MANIFEST_NAME, manifestFile, ownedPaths, withoutInputs } from "./inventory.ts";
import type { ManifestInputs } from "./inventory.ts";
import { commit, pruneEmptyParents, realFs, recover, removeRunTimeFiles, stage } from "./journal.ts";
import type { WriterFs } from "./journal.ts";
import { acquireLock } from "./lock.ts";
import { checkComponents, fsError, OutputError, targetPath } from "./paths.ts";
import type { Shown } from "./paths.ts";

export { OutputError, targetPath } from "./paths.ts";
export type { WriterFs } from "./journal.ts";

export type FileState = "unchanged" | "stale" | "missing";

export interface FileStatus {
  readonly path: string;
  readonly state: FileState;
}

export interface Survey {
  /** Every generated file (the manifest included) and how the disk compares. */
  readonly statuses: readonly FileStatus[];
  /** Files a previous run generated that this one no longer produces. */
  readonly noLongerGenerated: readonly string[];
  /** Files (and links) generate never wrote: reported, never touched. */
  readonly unknown: readonly string[];
  /** What was done about leftovers of an interrupted run. */
  readonly recovered: readonly string[];
}

export interface WriterOptions {
  /** The output folder as messages name it (as the user typed it); the absolute path by default. */
  readonly shown?: string;
  /** The operations that change the disk; tests inject failures through it. */
  readonly fs?: WriterFs;
  /** The inputs key the manifest records for the up-to-date fast path (up-to-date.ts). */
  readonly inputs?: ManifestInputs;
}

/** The files the writer puts in `out`: the generated ones and the manifest of them. */
export function withManifest(files: readonly OutputFile[], inputs?: ManifestInputs): OutputFile[] {
  return [...files, manifestFile(files, inputs)];
}

function shower(outShown: string): Shown {
  return (path) => `${outShown}/${path}`;
}

/** Checks the output folder itself: missing is fine, anything but a folder is not. */
async function outState(outDir: string, outShown: string): Promise<"folder" | "missing"> {
  try {
    const info = await lstat(outDir);
    if (info.isDirectory() || (info.isSymbolicLink() && (await lstat(`${outDir}/.`)).isDirectory())) return "folder";
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "missing";
    throw fsError(error, outShown);
  }
  throw new OutputError(outShown, "output-not-folder", "is a file where the output folder should be", "remove it or pass another --out");
}

/**
 * `check`: the manifest's inputs lines (the fast path's key) are not
 * compared. They change with the generator sources and the way the command
 * is called even when every output is the same; a stale key only costs the
 * fast path, and the next `generate` rewrites it.
 */
async function survey(outDir: string, files: readonly OutputFile[], show: Shown, recovered: string[], check = false): Promise<Survey> {
  const statuses: FileStatus[] = [];
  for (const file of files) {
    targetPath(outDir, file.path);
    if ((await checkComponents(outDir, file.path, show)) === "missing") {
      statuses.push({ path: file.path, state: "missing" });
      continue;
    }
    const current = await readFile(`${outDir}/${file.path}`).catch((error: unknown) => {
      throw fsError(error, show(file.path));
    });
    const same = check && file.path === MANIFEST_NAME ? withoutInputs(current.toString("utf8")) === withoutInputs(file.content) : current.equals(Buffer.from(file.content, "utf8"));
    statuses.push({ path: file.path, state: same ? "unchanged" : "stale" });
  }
  const generated = new Set(files.map((file) => file.path));
  const noLongerGenerated: string[] = [];
  for (const path of await ownedPaths(outDir)) {
    if (generated.has(path)) continue;
    if ((await checkComponents(outDir, path, show, "any")) === "file") noLongerGenerated.push(path);
  }
  const owned = new Set(noLongerGenerated);
  const entries = await listEntries(outDir).catch((error: unknown) => {
    throw fsError(error, show("."));
  });
  const unknown = entries.filter((path) => !generated.has(path) && !owned.has(path));
  return { statuses, noLongerGenerated, unknown, recovered };
}

/** With the lock held: finishes or cleans an interrupted run, then surveys. */
async function recoverAndSurvey(outDir: string, outShown: string, files: readonly OutputFile[], fs: WriterFs, check = false): Promise<Survey> {
  const show = shower(outShown);
  const recovered = await recover(fs, outDir, show).catch((error: unknown) => {
    throw fsError(error, outShown);
  });
  return survey(outDir, files, show, recovered, check);
}

/**
 * Compares every file with the disk; writes nothing, except that leftovers of
 * an interrupted run (a journal, a staging folder, a stale lock) are first
 * finished or removed under the lock. Throws OutputError.
 */
export async function checkOutputs(outDir: string, files: readonly OutputFile[], options: WriterOptions = {}): Promise<Survey> {
  const { shown: outShown = outDir, fs = realFs } = options;
  const all = withManifest(files, options.inputs);
  if ((await outState(outDir, outShown)) === "missing") {
    return { statuses: all.map((file) => ({ path: file.path, state: "missing" })), noLongerGenerated: [], unknown: [], recovered: [] };
  }
  const names = await readdir(outDir).catch((error: unknown) => {
    throw fsError(error, outShown);
  });
  if (!names.some(isRunTimeName)) return survey(outDir, all, shower(outShown), [], true);
  const lock = await acquireLock(outDir, outShown);
  try {
    return await recoverAndSurvey(outDir, outShown, all, fs, true);
  } finally {
    await lock.release();
  }
}

/**
 * Writes the files that differ from the disk and removes the owned files no
 * longer generated, as a whole or not at all. Throws OutputError; after a
 * throw the output folder holds the previous set (and no folder this run made).
 */
export async function writeOutputs(outDir: string, files: readonly OutputFile[], options: WriterOptions = {}): Promise<Survey> {
  const { shown: outShown = outDir, fs = realFs } = options;
  const all = withManifest(files, options.inputs);
  const existed = (await outState(outDir, outShown)) === "folder";
  const created = existed ? undefined : await fs.mkdir(outDir, { recursive: true }).catch((error: unknown) => {
    throw fsError(error, outShown);
  });
  let failed = true;
  try {
    const lock = await acquireLock(outDir, outShown);
    try {
      const result = await recoverAndSurvey(outDir, outShown, all, fs);
      await replace(outDir, outShown, all, result, fs);
      failed = false;
      return result;
    } finally {
      await lock.release();
    }
  } finally {
    // A failed first write leaves no empty folder behind.
    if (failed && created !== undefined) {
      await pruneEmptyParents(fs, dirname(created), relative(dirname(created), outDir) + "/x").catch(() => undefined);
    }
  }
}

async function replace(outDir: string, outShown: string, files: readonly OutputFile[], result: Survey, fs: WriterFs): Promise<void> {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const writes = [];
  for (const status of result.statuses) {
    if (status.state === "unchanged") continue;
    const mode = status.state === "stale" ? (await lstat(`${outDir}/${status.path}`)).mode & 0o7777 : undefined;
    const file = byPath.get(status.path) as OutputFile;
    writes.push({ path: status.path, content: () => file.content, mode });
  }
  if (writes.length === 0 && result.noLongerGenerated.length === 0) return;
  let journal;
  try {
    journal = await stage(fs, outDir, writes, result.noLongerGenerated);
  } catch (error) {
    await removeRunTimeFiles(fs, outDir).catch(() => undefined);
    throw fsError(error, outShown);
  }
  await commit(fs, outDir, journal).catch((error: unknown) => {
    throw fsError(error, outShown);
  });
}
