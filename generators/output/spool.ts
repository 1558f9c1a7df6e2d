/**
 * Generated files kept on disk instead of in memory until the writer takes
 * them: for a large catalog the files add up to more than the run's other
 * memory (1.2 GB at 100,000 codes), and they are all made before the first
 * is written. Each file is written to `<out>/.coinone-spool-<pid>-<random>/`
 * as it is made, and the run keeps only its path and hash; the writer reads
 * it back, one file at a time, when it stages it.
 *
 * The spool folder is one of the writer's run-time names (inventory.ts), so
 * it is never reported as an unknown file. A run that is killed leaves it
 * behind; the next run removes it (journal.ts `removeRunTimeFiles`) once
 * the pid in its name is no longer alive, and never while its run lives.
 */
import { randomBytes } from "node:crypto";
import { closeSync, mkdirSync, openSync, readFileSync, rmdirSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { OutputFile } from "../catalog/types.ts";
import { isAlive } from "./lock.ts";
import { encoded, sha256Of, withHash } from "./hashes.ts";
import type { FileWriter, Keeper } from "./made-files.ts";
import { SPOOL_PREFIX } from "./inventory.ts";
import { fsError } from "./paths.ts";

const decoder = new TextDecoder();

const SPOOL_NAME = new RegExp(`^${SPOOL_PREFIX.replace(/\./g, "\\.")}(\\d+)-`);

/** The pid of the run that made a spool folder, from its name. */
export function spoolOwner(name: string): number | undefined {
  const match = SPOOL_NAME.exec(name);
  return match ? Number(match[1]) : undefined;
}

/** Whether a run-time name is the spool of a run that is still alive (to be left alone). */
export function isLiveSpool(name: string): boolean {
  const owner = spoolOwner(name);
  return owner !== undefined && isAlive(owner);
}

/** Files that stand for bytes in a spool, with their names in its folder: spooling one again keeps it as it is. */
const spooled = new WeakMap<OutputFile, string>();

/** The name in its spool's folder of a file that stands for spooled bytes (the worker thread sends this instead of the bytes). */
export const spooledName = (file: OutputFile): string | undefined => spooled.get(file);

export class Spool {
  private count = 0;

  private constructor(
    private readonly outDir: string,
    readonly folder: string,
    /** The first folder made for the output folder, when this spool made it (removed again if nothing was written). */
    private readonly createdOut: string | undefined,
    /** Begins the name of each file this spool writes: the worker thread writes to the main thread's spool folder under names of its own. */
    private readonly prefix = "",
  ) {}

  /** Makes the spool folder in `outDir` (and `outDir` itself if needed). Throws the file system's error. */
  static open(outDir: string): Spool {
    const created = mkdirSync(outDir, { recursive: true });
    const folder = join(outDir, `${SPOOL_PREFIX}${process.pid}-${randomBytes(6).toString("hex")}`);
    mkdirSync(folder, { mode: 0o700 });
    return new Spool(outDir, folder, created);
  }

  /** Writes into an open spool's folder (from the worker thread), naming its files `<prefix><n>`; it never closes the folder. */
  static into(folder: string, prefix: string): Spool {
    return new Spool(dirname(folder), folder, undefined, prefix);
  }

  /** Writes the file's bytes to the spool and returns it as a file that reads them back when asked. Throws OutputError. */
  add(file: OutputFile, shown: string): OutputFile {
    if (spooled.has(file)) return file;
    const bytes = encoded(file);
    const writer = this.begin(file.path, shown);
    writer.write(bytes.bytes as Uint8Array);
    return writer.done(sha256Of(bytes));
  }

  /** Files kept here: written as they are made, or when their target returns. `shown` names the output folder in errors. */
  keeper(shown: string): Keeper {
    return { sink: (path) => this.begin(path, shown), take: (file) => this.add(file, shown) };
  }

  /** A new spool file for the output file `path`, written as its bytes come (made-files.ts FileSink). Throws OutputError. */
  begin(path: string, shown: string): FileWriter {
    const name = `${this.prefix}${this.count++}`;
    const failed = (error: unknown) => fsError(error, `${shown}/${basename(this.folder)}`);
    let fd: number;
    try {
      fd = openSync(join(this.folder, name), "wx", 0o600);
    } catch (error) {
      throw failed(error);
    }
    return {
      write: (bytes) => {
        try {
          for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
        } catch (error) {
          closeSync(fd);
          throw failed(error);
        }
      },
      done: (hash) => {
        closeSync(fd);
        return this.adopt(path, name, hash);
      },
    };
  }

  /** The file `name` of this spool's folder (written by this thread or the worker) as the output file `path`. */
  adopt(path: string, name: string, hash: string): OutputFile {
    const file = join(this.folder, name);
    const adopted: OutputFile = {
      path,
      get bytes() {
        return readFileSync(file);
      },
      get content() {
        return decoder.decode(readFileSync(file));
      },
    };
    spooled.set(adopted, name);
    return withHash(adopted, hash);
  }

  /** Removes the spool folder, and the folders this spool made for the output folder if they stayed empty. */
  close(): void {
    rmSync(this.folder, { recursive: true, force: true });
    if (this.createdOut === undefined) return;
    for (let dir = this.outDir; dir.length >= this.createdOut.length; dir = dirname(dir)) {
      try {
        rmdirSync(dir);
      } catch {
        // Not empty: the run wrote its files there.
        return;
      }
    }
  }
}
