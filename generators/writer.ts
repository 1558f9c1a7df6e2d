/**
 * Puts generated files on disk, or compares them with what is there. Writes
 * only files whose bytes changed, each through a temporary file in the same
 * folder and a rename, so a reader never sees half a file.
 */
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import type { OutputFile } from "./types.ts";

export type FileState = "unchanged" | "stale" | "missing";

export interface FileStatus {
  readonly path: string;
  readonly state: FileState;
}

/** Resolves a generated path inside `outDir`, refusing any path that would leave it. */
export function targetPath(outDir: string, path: string): string {
  const root = resolve(outDir);
  const target = resolve(root, path);
  const inside = relative(root, target);
  if (inside === "" || inside.startsWith(`..${sep}`) || inside === ".." || isAbsolute(inside)) {
    throw new Error(`refusing to write ${JSON.stringify(path)} outside ${root}`);
  }
  return target;
}

async function readIfExists(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** Compares every file with the disk; writes nothing. */
export async function compareOutputs(outDir: string, files: readonly OutputFile[]): Promise<FileStatus[]> {
  return Promise.all(
    files.map(async (file) => {
      const current = await readIfExists(targetPath(outDir, file.path));
      const state: FileState =
        current === undefined ? "missing" : current.equals(Buffer.from(file.content, "utf8")) ? "unchanged" : "stale";
      return { path: file.path, state };
    }),
  );
}

/** Writes the files that differ from the disk and returns what each one was before. */
export async function writeOutputs(outDir: string, files: readonly OutputFile[]): Promise<FileStatus[]> {
  const statuses = await compareOutputs(outDir, files);
  for (const [index, file] of files.entries()) {
    if (statuses[index]?.state === "unchanged") continue;
    const target = targetPath(outDir, file.path);
    await mkdir(dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.tmp`;
    try {
      await writeFile(temporary, file.content, "utf8");
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }
  return statuses;
}
