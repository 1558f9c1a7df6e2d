/**
 * The stamp that lets `npm run generate` answer "up to date" without
 * starting node (scripts/generate.sh). npm's own start costs about 150 ms
 * and node's another 65, so only a shell can answer within 0.3 times the
 * floor (issue 17).
 *
 * The shell does not decide anything itself: it replays a decision of the
 * node fast path (up-to-date.ts). When that path finds the project's `dist/`
 * up to date for exactly the arguments the shell handles, it writes here the
 * hash of every file the decision read (the generator's sources,
 * templates, schemas and libraries' package.json, the spec, the targets
 * file and its templates, package.json, every output file and the
 * manifest) and the files whose absence it relied on. While those hashes
 * all hold, the folders they cover hold no other file and the absent files
 * are still absent, nothing the decision read has changed, so its answer
 * still stands. The stamp is a cache of this machine's state, in `build/`
 * (never committed): a fresh clone's first run answers through node and
 * writes it.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** Where the stamp is kept, relative to the tool's root (scripts/generate.sh reads the same path). */
export const STAMP_PATH = "build/up-to-date.b2";

/** The arguments scripts/generate.sh answers for; the node fast path writes a stamp only for these. */
export const STAMPED_ARGUMENTS: readonly (readonly string[])[] = [
  ["--package", "package.json"],
  ["--package", "package.json", "--check"],
];

/** BLAKE2b-512 as `b2sum` prints it: the shell checks with b2sum, which hashes about half again as fast as sha256sum here. */
const b2 = (bytes: string | Uint8Array): string => createHash("blake2b512").update(bytes).digest("hex");

/** The paths whose folders the shell lists with `find` (the rest it only hashes): as its script's `find` and this pattern agree. */
const LISTED = /^(?:generators\/|templates\/|dist\/|spec\/[^/]*\.schema\.json$)/;

/** Files read while deciding, by their path relative to the tool's root: their hash, or undefined for a file found absent. */
export class Reads {
  readonly #files = new Map<string, string | undefined>();

  /** Records a file's bytes as read (or its absence), and returns them. */
  record(path: string, bytes: Uint8Array | undefined): Uint8Array | undefined {
    this.#files.set(path, bytes === undefined ? undefined : b2(bytes));
    return bytes;
  }

  /**
   * The stamp's text: a first line `# outputs <count> listing <hash>
   * absent <path>...` (`count` is the number of output files, for the
   * shell's message; `hash` is that of the sorted list of the files below
   * the listed folders, one a line), then a `b2sum` line per file, sorted
   * by path as `LC_ALL=C sort` sorts. Undefined when a path cannot be
   * written so: only printable ASCII without spaces, `\` or glob characters
   * (b2sum escapes `\`, the shell splits the first line on spaces, and past
   * ASCII the two sorts may differ).
   */
  text(outputs: number): string | undefined {
    const hashed: string[] = [];
    const listed: string[] = [];
    const absent: string[] = [];
    for (const [path, hash] of [...this.#files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (!/^[!-~]+$/.test(path) || /[\\*?[]/.test(path) || path.startsWith("-")) return undefined;
      if (hash === undefined) {
        absent.push(path);
        continue;
      }
      hashed.push(`${hash}  ${path}\n`);
      if (LISTED.test(path)) listed.push(`${path}\n`);
    }
    return [`# outputs ${outputs} listing ${b2(listed.join(""))} absent`, ...absent].join(" ") + `\n${hashed.join("")}`;
  }
}

/** Reads a file (`path` relative to `root`, or absolute) for a decision the stamp may record: its bytes, or undefined when it cannot be read. */
export function readRecorded(root: string, path: string, reads: Reads | undefined): Buffer | undefined {
  let bytes: Buffer | undefined;
  try {
    bytes = readFileSync(resolve(root, path));
  } catch {
    bytes = undefined;
  }
  reads?.record(path, bytes);
  return bytes;
}

/** Writes the stamp (whole, by a rename). A stamp that cannot be written only costs the shell its shortcut. */
export function writeStamp(root: string, reads: Reads, outputs: number): void {
  const text = reads.text(outputs);
  if (text === undefined) return;
  const path = join(root, STAMP_PATH);
  try {
    mkdirSync(join(root, "build"), { recursive: true });
    writeFileSync(`${path}.${process.pid}.tmp`, text);
    renameSync(`${path}.${process.pid}.tmp`, path);
  } catch {
    // A read-only checkout: every run answers through node.
  }
}
