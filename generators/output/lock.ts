/**
 * One run at a time per output folder: `<out>/.lock`, created exclusively
 * (`wx`), holds the pid and start time of the run that writes. A second run
 * fails at once with "another generate is writing <out>/ since ...; retry or
 * remove <out>/.lock" (it does not wait). A lock whose pid is no longer alive
 * (the run was killed) is stale and reclaimed: it is first renamed to a
 * private name and removed only if it is still the stale one, so two runs
 * reclaiming together cannot both win. The lock exists only during a run.
 */
import { randomBytes } from "node:crypto";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fsError, OutputError } from "./paths.ts";

export const LOCK_NAME = ".lock";

export interface Lock {
  release(): Promise<void>;
}

interface Holder {
  readonly pid: number;
  readonly since: string;
}

function parseHolder(text: string): Holder | undefined {
  const match = /^pid (\d+) since (\S+)\n?$/.exec(text);
  return match ? { pid: Number(match[1]), since: match[2] as string } : undefined;
}

/** Whether a process with this pid exists (EPERM: it exists but belongs to another user). */
export function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Reads the lock; undefined when it is gone. */
async function readLock(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

function lockedError(outShown: string, holder: Holder | undefined): OutputError {
  const since = holder ? `${holder.since} (pid ${holder.pid})` : "an unknown time (the lock is unreadable)";
  return new OutputError(
    `${outShown}/${LOCK_NAME}`,
    "output-locked",
    `another generate is writing ${outShown}/ since ${since}; retry or remove ${outShown}/${LOCK_NAME}`,
    "only one run at a time writes an output folder",
  );
}

/** Takes the lock of `outDir` (which must exist), reclaiming a stale one; throws "another generate is writing". */
export async function acquireLock(outDir: string, outShown: string): Promise<Lock> {
  const path = join(outDir, LOCK_NAME);
  const content = `pid ${process.pid} since ${new Date().toISOString()}\n`;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      await writeFile(path, content, { flag: "wx", mode: 0o644 });
      return { release: () => rm(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw fsError(error, `${outShown}/${LOCK_NAME}`);
    }
    const text = await readLock(path);
    if (text === undefined) continue;
    const holder = parseHolder(text);
    if (holder === undefined || isAlive(holder.pid)) throw lockedError(outShown, holder);
    // Stale: move it aside under a private name, and delete it only if it is the one we judged stale.
    const aside = `${path}.stale-${randomBytes(8).toString("hex")}`;
    try {
      await rename(path, aside);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") continue;
      throw fsError(error, `${outShown}/${LOCK_NAME}`);
    }
    const moved = await readLock(aside);
    if (moved !== text) {
      // Another run took the lock between our read and our rename: give it back and stop.
      await rename(aside, path).catch(() => undefined);
      throw lockedError(outShown, moved === undefined ? undefined : parseHolder(moved));
    }
    await rm(aside, { force: true });
  }
  throw lockedError(outShown, undefined);
}
