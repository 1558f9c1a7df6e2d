/**
 * Replacing the output set as a whole, also against SIGKILL at any instant.
 *
 * 1. Stage: a private folder `<out>/.coinone-staging-<random>/` (created with
 *    mkdir, so it cannot exist before) receives every new file under `new/`
 *    (opened with `wx`: O_CREAT|O_EXCL, never through a link), and a hard
 *    link (or copy) of every file that will be replaced or removed under `old/`.
 * 2. Commit point: the journal `<out>/.coinone-journal`, written to a
 *    temporary name with `wx` and renamed into place, lists the staging
 *    folder and every planned step: the deletes first, then the writes, so
 *    that a path that was a file and is now a folder (or back) is freed
 *    before it is written.
 * 3. Apply: each stale file is removed (and the folders it empties), each
 *    `new/<path>` is renamed over its target; then the journal and the
 *    staging folder are removed.
 *
 * A kill before the journal exists leaves only the staging folder: the next
 * generate removes it (the previous set never changed). A kill after it
 * exists is rolled forward by the next generate (recover.ts, which trusts
 * nothing in the journal). A failure inside a run (disk full, permissions)
 * is rolled back at once, each step undone by moving the new file back into
 * `new/` and the old one back from `old/`, so a rollback cut short is still
 * finished forward by the journal.
 */
import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import * as nodeFs from "node:fs/promises";
import { dirname, join } from "node:path";
import { isRunTimeName, JOURNAL_NAME, STAGING_PREFIX } from "./inventory.ts";

/** The file operations that change the disk; tests inject failures through it. */
export interface WriterFs {
  writeFile(path: string, data: string | Uint8Array, options: { flag: "wx"; mode: number }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  link(from: string, to: string): Promise<void>;
  copyFile(from: string, to: string, mode: number): Promise<void>;
  chmod(path: string, mode: number): Promise<void>;
  mkdir(path: string, options: { recursive: boolean; mode?: number }): Promise<string | undefined>;
  rm(path: string, options: { force: boolean; recursive?: boolean }): Promise<void>;
  rmdir(path: string): Promise<void>;
}

export const realFs: WriterFs = nodeFs;

export interface Step {
  readonly path: string;
  readonly action: "write" | "delete";
  /** Whether a previous file is kept under old/ (always for a delete). */
  readonly old: boolean;
}

export interface Journal {
  readonly staging: string;
  readonly steps: readonly Step[];
}

const random = () => randomBytes(12).toString("hex");

/** Makes the parent folders of `path` inside `base`. */
async function parents(fs: WriterFs, base: string, path: string): Promise<void> {
  await fs.mkdir(dirname(join(base, path)), { recursive: true });
}

/** Removes the empty folders from `path`'s parent up to (not including) `outDir`. */
export async function pruneEmptyParents(fs: WriterFs, outDir: string, path: string): Promise<void> {
  const parts = path.split("/").slice(0, -1);
  for (let n = parts.length; n > 0; n -= 1) {
    try {
      await fs.rmdir(join(outDir, ...parts.slice(0, n)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") return;
    }
  }
}

/** Step 1: stages the new files and keeps the old ones; returns the journal to commit. */
export async function stage(
  fs: WriterFs,
  outDir: string,
  writes: readonly { path: string; content: () => string | Uint8Array; mode: number | undefined }[],
  deletes: readonly string[],
): Promise<Journal> {
  const staging = `${STAGING_PREFIX}${random()}`;
  const base = join(outDir, staging);
  await fs.mkdir(base, { recursive: false, mode: 0o700 });
  const steps: Step[] = deletes.map((path) => ({ path, action: "delete", old: true }));
  for (const { path, content, mode } of writes) {
    await parents(fs, join(base, "new"), path);
    const staged = join(base, "new", path);
    await fs.writeFile(staged, content(), { flag: "wx", mode: mode ?? 0o666 });
    // writeFile's mode passes through the umask: a replaced file gets exactly its previous mode back.
    if (mode !== undefined) await fs.chmod(staged, mode);
    steps.push({ path, action: "write", old: mode !== undefined });
  }
  for (const step of steps.filter((s) => s.old)) {
    await parents(fs, join(base, "old"), step.path);
    const kept = join(base, "old", step.path);
    await fs.link(join(outDir, step.path), kept).catch((error: NodeJS.ErrnoException) => {
      // A file system without hard links gets a copy.
      if (!["EPERM", "EXDEV", "ENOTSUP", "EOPNOTSUPP", "EMLINK", "ENOSYS"].includes(error.code ?? "")) throw error;
      return fs.copyFile(join(outDir, step.path), kept, constants.COPYFILE_EXCL);
    });
  }
  return { staging, steps };
}

/** Removes the journal, its temporaries and every staging folder (not the lock and its debris: lock.ts). */
export async function removeRunTimeFiles(fs: WriterFs, outDir: string): Promise<string[]> {
  const names = (await nodeFs.readdir(outDir))
    .filter((name) => !name.startsWith(".lock") && isRunTimeName(name))
    .sort();
  // The journal goes first: without it, a staging folder is only debris.
  if (names.includes(JOURNAL_NAME)) await fs.rm(join(outDir, JOURNAL_NAME), { force: true });
  for (const name of names) await fs.rm(join(outDir, name), { force: true, recursive: true });
  return names;
}

/** Step 2: the commit point. */
export async function writeJournal(fs: WriterFs, outDir: string, journal: Journal): Promise<void> {
  const temporary = join(outDir, `${JOURNAL_NAME}.${random()}.tmp`);
  await fs.writeFile(temporary, `${JSON.stringify(journal)}\n`, { flag: "wx", mode: 0o600 });
  await fs.rename(temporary, join(outDir, JOURNAL_NAME));
}

/** Applies one step of this run's own journal. */
async function apply(fs: WriterFs, outDir: string, journal: Journal, step: Step): Promise<void> {
  if (step.action === "delete") {
    await fs.rm(join(outDir, step.path), { force: true });
    await pruneEmptyParents(fs, outDir, step.path);
    return;
  }
  await parents(fs, outDir, step.path);
  await fs.rename(join(outDir, journal.staging, "new", step.path), join(outDir, step.path));
}

/** Undoes one applied step; the journal can still roll it forward if this is cut short. */
async function undo(fs: WriterFs, outDir: string, journal: Journal, step: Step): Promise<void> {
  const target = join(outDir, step.path);
  if (step.action === "write") await fs.rename(target, join(outDir, journal.staging, "new", step.path));
  if (step.old) {
    await parents(fs, outDir, step.path);
    await fs.rename(join(outDir, journal.staging, "old", step.path), target);
  } else await pruneEmptyParents(fs, outDir, step.path);
}

/** Removes the journal, then the staging folder. */
export async function finish(fs: WriterFs, outDir: string, journal: Journal): Promise<void> {
  await fs.rm(join(outDir, JOURNAL_NAME), { force: true });
  await fs.rm(join(outDir, journal.staging), { force: true, recursive: true });
}

/** Steps 2 and 3; on a failure, rolls back and rethrows. */
export async function commit(fs: WriterFs, outDir: string, journal: Journal): Promise<void> {
  const done: Step[] = [];
  try {
    await writeJournal(fs, outDir, journal);
    for (const step of journal.steps) {
      await apply(fs, outDir, journal, step);
      done.push(step);
    }
  } catch (error) {
    for (const step of done.reverse()) await undo(fs, outDir, journal, step);
    // The step that failed may have made its folders already.
    for (const step of journal.steps) if (!step.old) await pruneEmptyParents(fs, outDir, step.path);
    await removeRunTimeFiles(fs, outDir);
    throw error;
  }
  await finish(fs, outDir, journal);
}
