/**
 * One run at a time per output folder: `<out>/.lock`, a folder holding
 * `owner` ("pid N since T", for messages only) and `socket`, a UNIX domain
 * socket the run listens on until it ends. A second run fails at once with
 * "another generate is writing <out>/ since ...; retry or remove <out>/.lock"
 * (it does not wait).
 *
 * Liveness is a successful connect to that socket, never a pid: a pid means
 * nothing in another PID namespace (every container's first process is pid
 * 1, so a killed run's pid is the next run's own), while a socket on a
 * shared file system answers across namespaces. The kernel queues the
 * connection even while the holder's event loop is busy with a long
 * synchronous step, and refuses it at once when the holder is dead (killed,
 * crashed: the socket file stays, nobody listens). The other option, a
 * heartbeat (the holder refreshes the lock's mtime and a lock not refreshed
 * for a while is stale, as the library proper-lockfile does), needs timers
 * that a busy event loop delays, a threshold every killed run makes the next
 * one wait for, and synchronised clocks. Its one advantage, machines sharing
 * a network file system, does not apply to a build folder. A `.lock` that is
 * not a folder (an older version's lock file, a FIFO, a link) is not live.
 *
 * The lock appears whole: it is made as `.lock.new-<random>` (owner written,
 * socket listening) and renamed into place, so a `.lock` without a listener
 * is always stale. A stale one is renamed to a private `.lock.stale-<random>`
 * and removed only if it is still the one judged stale (same inode, still
 * silent), so two runs reclaiming together cannot both win. Socket addresses
 * are limited to 107 bytes: the shorter of the relative and absolute path,
 * else the folder opened and named through /proc/self/fd.
 */
import { randomBytes } from "node:crypto";
import { constants, existsSync } from "node:fs";
import { lstat, mkdir, open, readdir, rename, rm, writeFile } from "node:fs/promises";
import type { FileHandle } from "node:fs/promises";
import { connect, createServer } from "node:net";
import type { Server } from "node:net";
import { isAbsolute, join, relative } from "node:path";
import { fsError, OutputError } from "./paths.ts";
import { readRegularFile } from "./regular-file.ts";

export const LOCK_NAME = ".lock";
const SOCKET = "socket";
const OWNER = "owner";
const MAX_ADDRESS = 107;

export interface Lock {
  release(): Promise<void>;
}

const random = () => randomBytes(8).toString("hex");

/** A socket address for `dir/socket` within the limit; `handle` (an open `dir`) must stay open while it is used. */
async function address(dir: string): Promise<{ path: string; handle?: FileHandle }> {
  const socket = join(dir, SOCKET);
  for (const candidate of [relative(process.cwd(), socket), socket]) {
    const path = isAbsolute(candidate) ? candidate : `./${candidate}`;
    if (Buffer.byteLength(path) <= MAX_ADDRESS) return { path };
  }
  if (!existsSync("/proc/self/fd")) {
    throw new OutputError(
      dir,
      "output-lock",
      "the output folder's path is too long for the lock's socket",
      "pass a shorter --out",
    );
  }
  const handle = await open(dir, constants.O_RDONLY | constants.O_DIRECTORY | constants.O_NOFOLLOW);
  return { path: `/proc/self/fd/${handle.fd}/${SOCKET}`, handle };
}

/** Whether a run listens on `dir/socket`: `dir` a real folder, `socket` a socket that accepts a connection. */
export async function isLive(dir: string): Promise<boolean> {
  const folder = await lstat(dir).catch(() => undefined);
  const socket = await lstat(join(dir, SOCKET)).catch(() => undefined);
  if (!folder?.isDirectory() || !socket?.isSocket()) return false;
  const where = await address(dir).catch(() => undefined);
  if (where === undefined) return false;
  try {
    return await new Promise<boolean>((resolve) => {
      const client = connect(where.path);
      const done = (live: boolean) => {
        client.destroy();
        resolve(live);
      };
      // A full backlog or a slow answer is a busy run, not a dead one.
      client.setTimeout(2000, () => done(true));
      client.once("connect", () => done(true));
      client.once("error", (error: NodeJS.ErrnoException) => done(error.code === "EAGAIN"));
    });
  } finally {
    await where.handle?.close();
  }
}

function lockedError(outShown: string, owner: string | undefined): OutputError {
  const match = owner === undefined ? null : /^pid (\d+) since (\S+)\n?$/.exec(owner);
  const since = match ? `${match[2]} (pid ${match[1]})` : "an unknown time (the lock's owner file is unreadable)";
  return new OutputError(
    `${outShown}/${LOCK_NAME}`,
    "output-locked",
    `another generate is writing ${outShown}/ since ${since}; retry or remove ${outShown}/${LOCK_NAME}`,
    "only one run at a time writes an output folder",
  );
}

/** The "another generate is writing" error for the live lock of `outDir`. */
export async function liveLockError(outDir: string, outShown: string): Promise<OutputError> {
  const read = await readRegularFile(join(outDir, LOCK_NAME, OWNER), 4096);
  return lockedError(outShown, read.kind === "ok" ? read.bytes.toString("utf8") : undefined);
}

/** Makes `.lock.new-<random>` with the owner file and a listening socket. */
async function makeLock(outDir: string): Promise<{ dir: string; server: Server; handle: FileHandle | undefined }> {
  const dir = join(outDir, `${LOCK_NAME}.new-${random()}`);
  await mkdir(dir, { mode: 0o755 });
  try {
    await writeFile(join(dir, OWNER), `pid ${process.pid} since ${new Date().toISOString()}\n`, {
      flag: "wx",
      mode: 0o644,
    });
    const where = await address(dir);
    const server = createServer((client) => client.destroy());
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(where.path, () => resolve());
    });
    // The socket must not keep a finished command alive; the run itself does.
    server.unref();
    return { dir, server, handle: where.handle };
  } catch (error) {
    // A file system without UNIX sockets ends here: the run stops with a located error, leaving nothing.
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/** How old a `.lock.new-*` must be to count as a killed run's: another run may be making it right now, not yet listening. */
const MAKING_MS = 60_000;

/** Removes lock debris of killed runs (`.lock.new-*` being made, `.lock.stale-*` set aside) that no run listens on. */
async function removeDebris(outDir: string): Promise<void> {
  for (const name of await readdir(outDir)) {
    const making = name.startsWith(`${LOCK_NAME}.new-`);
    if (!making && !name.startsWith(`${LOCK_NAME}.stale-`)) continue;
    const path = join(outDir, name);
    if (making) {
      const info = await lstat(path).catch(() => undefined);
      if (info === undefined || Date.now() - info.mtimeMs < MAKING_MS) continue;
    }
    if (!(await isLive(path))) await rm(path, { recursive: true, force: true });
  }
}

/** Takes the lock of `outDir` (which must exist), reclaiming a stale one; throws "another generate is writing". */
export async function acquireLock(outDir: string, outShown: string): Promise<Lock> {
  const path = join(outDir, LOCK_NAME);
  const shown = `${outShown}/${LOCK_NAME}`;
  const made = await makeLock(outDir).catch((error: unknown) => {
    throw fsError(error, shown);
  });
  const giveUp = async () => {
    await new Promise((resolve) => made.server.close(resolve));
    await made.handle?.close();
    await rm(made.dir, { recursive: true, force: true });
  };
  try {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      try {
        await rename(made.dir, path);
        const { ino } = await lstat(path);
        await removeDebris(outDir);
        return { release: () => release(outDir, ino, giveUp) };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? "";
        if (!["EEXIST", "ENOTEMPTY", "ENOTDIR", "EISDIR"].includes(code)) throw fsError(error, shown);
      }
      await reclaim(outDir, outShown);
    }
    throw lockedError(outShown, undefined);
  } catch (error) {
    await giveUp().catch(() => undefined);
    throw error;
  }
}

/** Moves a stale `.lock` aside and removes it; throws the locked error when it is live. */
async function reclaim(outDir: string, outShown: string): Promise<void> {
  const path = join(outDir, LOCK_NAME);
  const judged = await lstat(path).catch(() => undefined);
  if (judged === undefined) return;
  if (await isLive(path)) {
    const error = await liveLockError(outDir, outShown);
    // The holder may have finished in between (it moves `.lock` aside while still listening): then try again.
    if ((await lstat(path).catch(() => undefined))?.ino !== judged.ino) return;
    throw error;
  }
  const aside = join(outDir, `${LOCK_NAME}.stale-${random()}`);
  try {
    await rename(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw fsError(error, `${outShown}/${LOCK_NAME}`);
  }
  const moved = await lstat(aside).catch(() => undefined);
  if (moved?.ino !== judged.ino || (await isLive(aside))) {
    // Another run took the lock between our judgement and our rename: give it back and stop.
    await rename(aside, path).catch(() => undefined);
    throw await liveLockError(outDir, outShown);
  }
  await rm(aside, { recursive: true, force: true });
}

/** Removes `.lock` if it is still this run's: set aside while still live (nobody reclaims it), then closed. */
async function release(outDir: string, ino: number, close: () => Promise<void>): Promise<void> {
  const path = join(outDir, LOCK_NAME);
  const aside = join(outDir, `${LOCK_NAME}.stale-${random()}`);
  const ours = (await lstat(path).catch(() => undefined))?.ino === ino;
  if (ours) await rename(path, aside);
  await close();
  if (ours) await rm(aside, { recursive: true, force: true });
}
