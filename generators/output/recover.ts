/**
 * Rolls forward the journal a killed run left (journal.ts), trusting nothing
 * in it: the journal may have been committed into the output folder by
 * anyone, together with a staging folder and symbolic links.
 *
 * - The journal is a regular file of the expected shape, its staging folder
 *   a `.coinone-staging-<hex>` name; every step path passes the rules of
 *   generated paths (no `..`, `.`, empty or absolute parts, no control
 *   characters, no reserved name but the inventory), or the whole journal is refused before
 *   anything is done.
 * - The staging folder and its `new/` and `old/` are real folders, and no
 *   path below them or below the output folder passes through a link
 *   (checked part by part with lstat; with `..` refused, the parts that
 *   exist are the whole path).
 * - A write moves `new/<path>` only when that is a regular file.
 * - A delete removes `<path>` only when the staging folder holds its copy
 *   under `old/`: the same file (a hard link) or the same bytes.
 *
 * Only `generate` recovers; `--check` reports the leftovers (writer.ts).
 */
import * as nodeFs from "node:fs/promises";
import { dirname, join } from "node:path";
import { JOURNAL_NAME, MANIFEST_NAME, STAGING_PREFIX } from "./inventory.ts";
import type { Journal, Step, WriterFs } from "./journal.ts";
import { finish, pruneEmptyParents, removeRunTimeFiles } from "./journal.ts";
import { foundError, inspectPath, OutputError, pathProblem, printable, reservedProblem } from "./paths.ts";
import type { Shown } from "./paths.ts";
import { readRegularFile } from "./regular-file.ts";

const HINT = "remove it and the staging folders next to it, check the output folder, and run again";

/** The journal's steps, or why it is not a journal this tool wrote. */
function parseJournal(text: string): Journal | string {
  let value: Journal;
  try {
    value = JSON.parse(text) as Journal;
  } catch {
    return "is not JSON";
  }
  if (typeof value?.staging !== "string" || !new RegExp(`^${STAGING_PREFIX}[0-9a-f]+$`).test(value.staging)) {
    return "names no staging folder of this tool";
  }
  if (!Array.isArray(value.steps)) return "lists no steps";
  for (const [index, step] of value.steps.entries()) {
    const valid =
      typeof step?.path === "string" &&
      (step.action === "write" || step.action === "delete") &&
      typeof step.old === "boolean";
    if (!valid) return `has a malformed step ${index + 1}`;
    // The inventory is the one reserved name a run writes through its journal.
    const problem = pathProblem(step.path) ?? (step.path === MANIFEST_NAME ? undefined : reservedProblem(step.path));
    if (problem !== undefined) return `has a step ${index + 1} for ${JSON.stringify(step.path)}, which ${problem}`;
  }
  return value;
}

/** The kind of `path` below `base`; a link on the way (or a non-folder `base`) is refused. */
async function staged(base: string, path: string, show: Shown): Promise<"file" | "none"> {
  const found = await inspectPath(base, path, show);
  if (found.kind === "link" || found.kind === "special") {
    throw new OutputError(
      show(JOURNAL_NAME),
      "output-journal",
      `its staging folder holds a link or special file at ${printable(found.at)}`,
      HINT,
    );
  }
  return found.kind === "file" && found.at === path ? "file" : "none";
}

/** Whether `a` and `b` are the same file or hold the same bytes. */
async function sameFile(a: string, b: string): Promise<boolean> {
  const [left, right] = await Promise.all([nodeFs.lstat(a), nodeFs.lstat(b)]);
  if (left.dev === right.dev && left.ino === right.ino) return true;
  if (left.size !== right.size) return false;
  const [x, y] = await Promise.all([readRegularFile(a), readRegularFile(b)]);
  return x.kind === "ok" && y.kind === "ok" && x.bytes.equals(y.bytes);
}

/** Applies one step of a leftover journal as far as the staging folder backs it; a note when it left a file alone. */
async function rollForward(
  fs: WriterFs,
  outDir: string,
  journal: Journal,
  step: Step,
  show: Shown,
): Promise<string | undefined> {
  const found = await inspectPath(outDir, step.path, show);
  const error = foundError(found, step.path, show, "any");
  if (found.kind === "link" || (error !== undefined && step.action === "write")) throw error;
  const side = join(outDir, journal.staging, step.action === "write" ? "new" : "old");
  if ((await staged(side, step.path, show)) === "none") return undefined;
  if (step.action === "write") {
    await fs.mkdir(dirname(join(outDir, step.path)), { recursive: true });
    await fs.rename(join(side, step.path), join(outDir, step.path));
    return undefined;
  }
  if (found.kind !== "file" || found.at !== step.path) return undefined;
  if (!(await sameFile(join(side, step.path), join(outDir, step.path)))) {
    return `left ${show(step.path)} alone: it is not the file the interrupted run set out to remove`;
  }
  await fs.rm(join(outDir, step.path), { force: true });
  await pruneEmptyParents(fs, outDir, step.path);
  return undefined;
}

/** Checks that `path` below `outDir`, if it exists, is a real folder. */
async function realFolder(outDir: string, path: string, show: Shown): Promise<boolean> {
  const info = await nodeFs.lstat(join(outDir, path)).catch(() => undefined);
  if (info === undefined) return false;
  if (!info.isDirectory()) {
    throw new OutputError(
      show(JOURNAL_NAME),
      "output-journal",
      `its staging folder ${printable(path)} is not a folder (a link?)`,
      HINT,
    );
  }
  return true;
}

/**
 * At the start of generate (under the lock): rolls a leftover journal
 * forward and removes every other leftover (staging folders, journal
 * temporaries). Returns a line per thing done, for the user.
 */
export async function recover(fs: WriterFs, outDir: string, show: Shown): Promise<string[]> {
  const notes: string[] = [];
  const read = await readRegularFile(join(outDir, JOURNAL_NAME));
  if (read.kind !== "ok" && !(read.kind === "unusable" && read.code === "ENOENT")) {
    const why =
      read.kind === "too-large" ? "is too large to be a journal of this tool" : `cannot be read: ${read.reason}`;
    const rule = read.kind === "unusable" && read.code === "ESPECIAL" ? "output-special-file" : "output-journal";
    throw new OutputError(show(JOURNAL_NAME), rule, why, HINT);
  }
  if (read.kind === "ok") {
    const journal = parseJournal(read.bytes.toString("utf8"));
    if (typeof journal === "string")
      throw new OutputError(
        show(JOURNAL_NAME),
        "output-journal",
        `${journal}; it is not a journal this tool wrote`,
        HINT,
      );
    if (await realFolder(outDir, journal.staging, show)) {
      for (const side of ["new", "old"]) await realFolder(outDir, `${journal.staging}/${side}`, show);
    }
    for (const step of journal.steps) {
      const note = await rollForward(fs, outDir, journal, step, show);
      if (note !== undefined) notes.push(note);
    }
    await finish(fs, outDir, journal);
    notes.push(`finished the interrupted run recorded in ${show(JOURNAL_NAME)} (${journal.steps.length} steps)`);
  }
  for (const name of await removeRunTimeFiles(fs, outDir))
    notes.push(`removed ${show(name)}, left by an interrupted run`);
  return notes;
}
