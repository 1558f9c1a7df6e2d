/**
 * Compares the files a run generates with the output folder: each is
 * unchanged, stale or missing; the owned files it no longer generates are to
 * be removed (only while their bytes match the hash the inventory recorded);
 * every other entry is unknown (reported by --check, never touched). Reads
 * only regular files, never through a link (paths.ts, regular-file.ts).
 *
 * A path that was an owned file and is now needed as a folder, or was a
 * folder of owned files and is now a file, is "missing": the journal removes
 * the old files (and the folders they empty) before it writes (journal.ts).
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { sha256 } from "./files.ts";
import type { OutputFile } from "./files.ts";
import { listEntries, MANIFEST_NAME, ownedEntries, withoutInputs } from "./inventory.ts";
import { foundError, fsError, inspectPath, OutputError } from "./paths.ts";
import type { Shown } from "./paths.ts";
import { READ_LIMIT, readRegularFile } from "./regular-file.ts";

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

/** The owned files not generated any more whose bytes still match their recorded hash. */
async function removable(outDir: string, generated: ReadonlySet<string>, show: Shown): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await ownedEntries(outDir)) {
    if (generated.has(entry.path)) continue;
    const at = await inspectPath(outDir, entry.path, show);
    if (at.kind !== "file" || at.at !== entry.path) continue;
    const read = await readRegularFile(join(outDir, entry.path));
    if (read.kind === "ok" && sha256(read.bytes) === entry.sha256) found.push(entry.path);
  }
  return found;
}

/** Whether the folder `dir` holds files to remove and nothing else, so that removing them removes it. */
async function emptiedBy(outDir: string, dir: string, removing: ReadonlySet<string>): Promise<boolean> {
  const entries = await readdir(join(outDir, dir), { withFileTypes: true });
  if (entries.length === 0) return false;
  for (const entry of entries) {
    const path = `${dir}/${entry.name}`;
    const gone = entry.isDirectory() ? await emptiedBy(outDir, path, removing) : entry.isFile() && removing.has(path);
    if (!gone) return false;
  }
  return true;
}

/** How one generated file compares with the disk; throws where it cannot be written. */
async function stateOf(
  outDir: string,
  file: OutputFile,
  removing: ReadonlySet<string>,
  show: Shown,
  check: boolean,
): Promise<FileState> {
  const found = await inspectPath(outDir, file.path, show);
  if (found.kind === "missing") return "missing";
  // An owned file where a folder is now needed, or a folder of owned files where a file is: removed first.
  if (found.kind === "file" && found.at !== file.path && removing.has(found.at)) return "missing";
  if (found.kind === "folder" && found.at === file.path && (await emptiedBy(outDir, file.path, removing)))
    return "missing";
  const error = foundError(found, file.path, show);
  if (error) throw error;
  const manifest = check && file.path === MANIFEST_NAME;
  // Reading one byte more than the new content tells a longer file apart without reading it all.
  const read = await readRegularFile(join(outDir, file.path), manifest ? READ_LIMIT : Buffer.byteLength(file.content));
  if (read.kind === "too-large") return "stale";
  if (read.kind === "unusable") {
    const rule = read.code === "ESPECIAL" || read.code === "EISDIR" ? "output-special-file" : "output-io";
    throw new OutputError(show(file.path), rule, read.reason, "remove or rename it and run again");
  }
  // --check ignores the manifest's inputs lines (the fast path's key): they change with the generator, not the output.
  const same = manifest
    ? withoutInputs(read.bytes.toString("utf8")) === withoutInputs(file.content)
    : read.bytes.equals(Buffer.from(file.content));
  return same ? "unchanged" : "stale";
}

/** Compares `files` (the manifest included) with the output folder. */
export async function survey(
  outDir: string,
  files: readonly OutputFile[],
  show: Shown,
  recovered: string[],
  check = false,
  { partial = false, ignore = [] }: { readonly partial?: boolean; readonly ignore?: readonly RegExp[] } = {},
): Promise<Survey> {
  const generated = new Set(files.map((file) => file.path));
  // A partial run (--only) removes nothing, and the files it does not make are neither stale nor unknown to it.
  const noLongerGenerated = partial ? [] : await removable(outDir, generated, show);
  const removing = new Set(noLongerGenerated);
  const statuses: FileStatus[] = [];
  for (const file of files)
    statuses.push({ path: file.path, state: await stateOf(outDir, file, removing, show, check) });
  const entries = await listEntries(outDir).catch((error: unknown) => {
    throw fsError(error, show("."));
  });
  const known = (path: string) =>
    generated.has(path) || removing.has(path) || ignore.some((pattern) => pattern.test(path));
  const unknown = partial ? [] : entries.filter((path) => !known(path));
  return { statuses, noLongerGenerated, unknown, recovered };
}
