/**
 * Puts generated files on disk (writeOutputs), or compares them with what is
 * there (checkOutputs). Guarantees, for the output folder `out`:
 *
 * - Inside `out` only: every generated path is checked as a string (no
 *   `..`, control characters or reserved names, no file where another path
 *   needs a folder) and on disk, component by component with lstat, before
 *   anything is written; a symbolic link, a file where a folder should be or
 *   a folder where a file should be is a located error and nothing is written
 *   (paths.ts). New files are created with `wx` under unpredictable names in
 *   a private staging folder (journal.ts). Only regular files are read
 *   (regular-file.ts).
 * - One run at a time: `out/.lock`, live while its run listens on it (lock.ts).
 * - The whole set or nothing, also after SIGKILL: staging, a journal,
 *   renames; the next generate finishes what a killed run left, trusting
 *   nothing in it (recover.ts). --check changes nothing on disk: it reports
 *   such leftovers and says to run generate.
 * - Exactly the artifacts: `out/.coinone-files` records what generate owns
 *   and each file's hash, so files it no longer produces are removed while
 *   their bytes still match, and files it never wrote are reported by
 *   --check and left alone (inventory.ts, survey.ts).
 *
 * Only files whose bytes changed are written; a replaced file keeps its mode.
 */
import { lstat, readdir } from "node:fs/promises";
import { dirname, relative } from "node:path";
import type { OutputFile } from "./files.ts";
import { isRunTimeName, JOURNAL_NAME, manifestFile, ownedEntries, STAGING_PREFIX } from "./inventory.ts";
import type { ManifestInputs } from "./inventory.ts";
import { commit, pruneEmptyParents, realFs, removeRunTimeFiles, stage } from "./journal.ts";
import type { WriterFs } from "./journal.ts";
import { acquireLock, isLive, liveLockError, LOCK_NAME } from "./lock.ts";
import { fsError, OutputError, pathProblem, printable, reservedProblem, targetPath } from "./paths.ts";
import type { Shown } from "./paths.ts";
import { recover } from "./recover.ts";
import { survey } from "./survey.ts";
import type { Survey } from "./survey.ts";

export { OutputError, targetPath } from "./paths.ts";
export type { WriterFs } from "./journal.ts";
export type { FileState, FileStatus, Survey } from "./survey.ts";

export interface WriterOptions {
  /** The output folder as messages name it (as the user typed it); the absolute path by default. */
  readonly shown?: string;
  /** The operations that change the disk; tests inject failures through it. */
  readonly fs?: WriterFs;
  /** The inputs key the manifest records for the up-to-date fast path (up-to-date.ts). */
  readonly inputs?: ManifestInputs;
  /** The command that writes this folder, for --check's messages; `npm run generate` by default. */
  readonly fix?: string;
  /**
   * A partial run (`--only`): `files` are some of the owned files. The rest
   * stay as they are, owned and recorded: nothing is removed, and --check
   * compares only these.
   */
  readonly partial?: boolean;
  /**
   * Paths the targets' own build tools leave in the folder (builtins.ts buildByProducts): neither owned nor unknown.
   */
  readonly ignore?: readonly RegExp[];
}

/** The files the writer puts in `out`: the generated ones and the manifest of them. */
export function withManifest(files: readonly OutputFile[], inputs?: ManifestInputs): OutputFile[] {
  return [...files, manifestFile(files, inputs)];
}

/** The same for a run in `outDir`, whose manifest keeps a partial run's other owned files. */
async function manifested(outDir: string, files: readonly OutputFile[], options: WriterOptions): Promise<OutputFile[]> {
  if (!options.partial) return withManifest(files, options.inputs);
  const generated = new Set(files.map((file) => file.path));
  const kept = (await ownedEntries(outDir)).filter((entry) => !generated.has(entry.path));
  return [...files, manifestFile(files, options.inputs, kept)];
}

function shower(outShown: string): Shown {
  return (path) => `${outShown}/${path}`;
}

/**
 * Refuses, before anything is read or written, a path no target may write
 * (the targets file reports the same rules with their entry): outside the
 * folder, with a control character, line break or lone surrogate, a reserved
 * name, twice, or a file where another path needs a folder (ignoring case).
 */
function checkPaths(outDir: string, files: readonly OutputFile[], show: Shown): void {
  const count = new Map<string, number>();
  for (const file of files) {
    const problem = pathProblem(file.path) ?? reservedProblem(file.path);
    if (problem !== undefined) {
      throw new OutputError(
        show(printable(file.path)),
        "output-path",
        `${problem}; nothing can be written there`,
        "fix the target that makes it",
      );
    }
    targetPath(outDir, file.path);
    const key = file.path.toLowerCase();
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  for (const file of files) {
    const parts = file.path.toLowerCase().split("/");
    const folder = parts.slice(0, -1).findIndex((_, index) => count.has(parts.slice(0, index + 1).join("/")));
    const twice = (count.get(parts.join("/")) ?? 0) > 1;
    if (folder < 0 && !twice) continue;
    const at = file.path
      .split("/")
      .slice(0, folder >= 0 ? folder + 1 : undefined)
      .join("/");
    const why = twice ? "is generated twice (ignoring case)" : "is generated as a file and needed as a folder";
    throw new OutputError(show(at), "output-path", why, "fix the targets that make it");
  }
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
  throw new OutputError(
    outShown,
    "output-not-folder",
    "is a file where the output folder should be",
    "remove it or pass another --out",
  );
}

/**
 * Compares every file with the disk and changes nothing. Leftovers of an
 * interrupted or running generate (the lock, a journal, a staging folder)
 * are an error that names them: only generate finishes or removes them.
 * Throws OutputError.
 */
export async function checkOutputs(
  outDir: string,
  files: readonly OutputFile[],
  options: WriterOptions = {},
): Promise<Survey> {
  const { shown: outShown = outDir, fix = "npm run generate" } = options;
  const show = shower(outShown);
  checkPaths(outDir, files, show);
  if ((await outState(outDir, outShown)) === "missing") {
    const all = withManifest(files, options.inputs);
    return {
      statuses: all.map((file) => ({ path: file.path, state: "missing" })),
      noLongerGenerated: [],
      unknown: [],
      recovered: [],
    };
  }
  const names = await readdir(outDir).catch((error: unknown) => {
    throw fsError(error, outShown);
  });
  const leftovers = names.filter(isRunTimeName).sort();
  if (leftovers.length === 0) return survey(outDir, await manifested(outDir, files, options), show, [], true, options);
  if (leftovers.includes(LOCK_NAME) && (await isLive(`${outDir}/${LOCK_NAME}`)))
    throw await liveLockError(outDir, outShown);
  const first =
    leftovers.find((name) => name === JOURNAL_NAME) ??
    leftovers.find((name) => name.startsWith(STAGING_PREFIX)) ??
    leftovers[0];
  throw new OutputError(
    show(first as string),
    "output-interrupted",
    `an interrupted generate left ${leftovers.map(show).join(", ")}; --check changes nothing on disk`,
    `run \`${fix}\` to finish or remove what it left, then check again`,
  );
}

/** Finishes or removes what an interrupted generate left in `outDir` (under the lock); returns what was done. */
export async function recoverOutputs(outDir: string, options: WriterOptions = {}): Promise<string[]> {
  const { shown: outShown = outDir, fs = realFs } = options;
  const lock = await acquireLock(outDir, outShown);
  try {
    return await recover(fs, outDir, shower(outShown)).catch((error: unknown) => {
      throw fsError(error, outShown);
    });
  } finally {
    await lock.release();
  }
}

/**
 * Writes the files that differ from the disk and removes the owned files no
 * longer generated, as a whole or not at all. Throws OutputError; after a
 * throw the output folder holds the previous set (and no folder this run made).
 */
export async function writeOutputs(
  outDir: string,
  files: readonly OutputFile[],
  options: WriterOptions = {},
): Promise<Survey> {
  const { shown: outShown = outDir, fs = realFs } = options;
  const show = shower(outShown);
  checkPaths(outDir, files, show);
  const existed = (await outState(outDir, outShown)) === "folder";
  const created = existed
    ? undefined
    : await fs.mkdir(outDir, { recursive: true }).catch((error: unknown) => {
        throw fsError(error, outShown);
      });
  let failed = true;
  try {
    const lock = await acquireLock(outDir, outShown);
    try {
      const recovered = await recover(fs, outDir, show).catch((error: unknown) => {
        throw fsError(error, outShown);
      });
      const all = await manifested(outDir, files, options);
      const result = await survey(outDir, all, show, recovered, false, options);
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

async function replace(
  outDir: string,
  outShown: string,
  files: readonly OutputFile[],
  result: Survey,
  fs: WriterFs,
): Promise<void> {
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
