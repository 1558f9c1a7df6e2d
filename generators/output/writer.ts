/**
 * Puts generated files on disk, or compares them with what is there. Only
 * files whose bytes changed are written, and the set is replaced as a whole:
 * every new file is first written to a temporary file beside its target;
 * only when all of them are complete are they renamed into place, each
 * replaced file kept as a backup until the last rename. A failure at any
 * point removes the temporary files and restores the backups, so the output
 * folder holds either the complete new set or the complete previous one, and
 * no artifact path ever shows a half-written file.
 */
import * as nodeFs from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import type { OutputFile } from "../catalog/types.ts";

export type FileState = "unchanged" | "stale" | "missing";

export interface FileStatus {
  readonly path: string;
  readonly state: FileState;
}

/** The file operations the writer uses; tests inject failures through it. */
export interface WriterFs {
  readFile(path: string): Promise<Buffer>;
  writeFile(path: string, data: string, encoding: "utf8"): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: boolean }): Promise<void>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
}

const realFs: WriterFs = nodeFs;

/** Resolves a generated path inside `outDir`, refusing any path that would leave it. */
export function targetPath(outDir: string, path: string): string {
  const root = resolve(outDir);
  const target = resolve(root, path);
  const inside = relative(root, target);
  if (inside === "" || inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new Error(`refusing to write ${JSON.stringify(path)} outside ${root}`);
  }
  return target;
}

async function readIfExists(fs: WriterFs, path: string): Promise<Buffer | undefined> {
  try {
    return await fs.readFile(path);
  } catch (error) {
    // A missing file, or a file where a folder of the output should be: nothing to compare.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    throw error;
  }
}

/** Compares every file with the disk; writes nothing. */
export async function compareOutputs(outDir: string, files: readonly OutputFile[], fs: WriterFs = realFs): Promise<FileStatus[]> {
  return Promise.all(
    files.map(async (file) => {
      const current = await readIfExists(fs, targetPath(outDir, file.path));
      const state: FileState =
        current === undefined ? "missing" : current.equals(Buffer.from(file.content, "utf8")) ? "unchanged" : "stale";
      return { path: file.path, state };
    }),
  );
}

/** Writes the files that differ from the disk, all or none, and returns what each one was before. */
export async function writeOutputs(outDir: string, files: readonly OutputFile[], fs: WriterFs = realFs): Promise<FileStatus[]> {
  const statuses = await compareOutputs(outDir, files, fs);
  const changed = files
    .map((file, index) => ({ file, state: statuses[index]?.state, target: targetPath(outDir, file.path) }))
    .filter((entry) => entry.state !== "unchanged");
  const suffix = `${process.pid}.tmp`;
  const staged: string[] = [];
  const backups: { target: string; backup: string }[] = [];
  const placed: string[] = [];
  try {
    for (const { file, target } of changed) {
      await fs.mkdir(dirname(target), { recursive: true });
      const temporary = `${target}.new.${suffix}`;
      staged.push(temporary);
      await fs.writeFile(temporary, file.content, "utf8");
    }
    for (const { target, state } of changed) {
      if (state === "stale") {
        const backup = `${target}.old.${suffix}`;
        await fs.rename(target, backup);
        backups.push({ target, backup });
      }
      await fs.rename(`${target}.new.${suffix}`, target);
      placed.push(target);
    }
  } catch (error) {
    // Undo in reverse: new files out, old files back, temporaries gone.
    for (const target of placed.reverse()) await fs.rm(target, { force: true }).catch(() => undefined);
    for (const { target, backup } of backups.reverse()) await fs.rename(backup, target).catch(() => undefined);
    for (const temporary of staged) await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
  for (const { backup } of backups) await fs.rm(backup, { force: true });
  return statuses;
}
