/**
 * Which files of the output folder generate owns. The writer records the
 * paths it generates in `<out>/.coinone-files` with the sha256 of each
 * file's bytes (sorted, one per line, no dates: it is committed with dist/
 * and stays byte-identical), so the next run knows which files it no longer
 * produces (removed by generate while their bytes still match, reported as
 * stale by --check) and which files it never wrote (unknown: reported by
 * --check, never touched). Names starting with `.coinone-` and `.lock` are the
 * writer's own run-time files: the lock, the journal and the staging folder.
 */
import { sha256 } from "./files.ts";
import type { Dirent } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type { OutputFile } from "../output/files.ts";
import { pathProblem, reservedProblem } from "./paths.ts";
import { readRegularFile } from "./regular-file.ts";

export const MANIFEST_NAME = ".coinone-files";
export const JOURNAL_NAME = ".coinone-journal";
export const STAGING_PREFIX = ".coinone-staging-";

const MANIFEST_HEADER =
  "# The files generate (coinone-error-codes) owns in this folder: it rewrites them and removes those it no " +
  "longer produces. Do not edit.\n";

/**
 * What the up-to-date fast path (commands/up-to-date.ts) needs besides the
 * output hashes: the key of the run's inputs, and the extra input files
 * (local templates) the key covers. A run that may not be skipped has no key.
 */
export interface ManifestInputs {
  readonly key: string | undefined;
  /** The catalog's version, which `--package` compares with the package's. */
  readonly version: string;
  readonly files: readonly string[];
}

/**
 * The recorded key: the inputs key bound to the list of outputs, so that a
 * manifest whose file lines were edited (an artifact deleted together with
 * its line) no longer matches.
 */
export const boundKey = (key: string, entryLines: string): string => sha256(`${key}\n${entryLines}`);

/**
 * The manifest for a set of generated files, as one more output file: the
 * header, the inputs key and input files (as `#` lines), then one
 * `<sha256>  <path>` line per file, sorted. No dates: the same bytes every run.
 * `kept` are owned files a partial run (`--only`) leaves as they are: their
 * recorded lines stay.
 */
export function manifestFile(
  files: readonly OutputFile[],
  inputs?: ManifestInputs,
  kept: readonly { path: string; sha256: string }[] = [],
): OutputFile {
  const lines = [
    ...files.map((file) => `${sha256(file.content)}  ${file.path}\n`),
    ...kept.map((entry) => `${entry.sha256}  ${entry.path}\n`),
  ]
    .sort((a, b) => (a.slice(66) < b.slice(66) ? -1 : 1))
    .join("");
  const key = inputs?.key === undefined ? "none" : boundKey(inputs.key, lines);
  const head =
    inputs === undefined
      ? ""
      : `# inputs ${key}\n# version ${inputs.version}\n${inputs.files.map((file) => `# input ${file}\n`).join("")}`;
  return { path: MANIFEST_NAME, content: MANIFEST_HEADER + head + lines };
}

/** The file lines of a manifest (`<sha256>  <path>`), as `manifestFile` joined them. */
export const entryLines = (text: string): string => text.replace(/^(?:#.*|)\n/gm, "");

/** A manifest without its inputs lines (`# inputs`, `# version`, `# input`). */
export const withoutInputs = (text: string): string => text.replace(/^# (?:inputs|version|input) .*\n/gm, "");

/** The recorded lines of a manifest: output paths with their hashes (older manifests list bare paths). */
export function manifestEntries(text: string): { path: string; sha256: string | undefined }[] {
  return text
    .split("\n")
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) =>
      /^[0-9a-f]{64}  /.test(line)
        ? { path: line.slice(66), sha256: line.slice(0, 64) }
        : { path: line, sha256: undefined },
    );
}

/**
 * The files a previous run recorded as its own, each with the hash of the
 * bytes it wrote; empty when there is no readable (regular, not too large)
 * manifest. Lines without a hash, and paths no run could have written, own
 * nothing: the writer removes a file only while its bytes match its hash.
 */
export async function ownedEntries(outDir: string): Promise<{ path: string; sha256: string }[]> {
  const read = await readRegularFile(join(outDir, MANIFEST_NAME));
  if (read.kind !== "ok") return [];
  return manifestEntries(read.bytes.toString("utf8")).filter(
    (entry): entry is { path: string; sha256: string } =>
      entry.sha256 !== undefined && pathProblem(entry.path) === undefined && reservedProblem(entry.path) === undefined,
  );
}

/** Whether a top-level name is one of the writer's run-time files (lock, journal, staging, temporaries, debris). */
export function isRunTimeName(name: string): boolean {
  return (
    name === ".lock" ||
    name.startsWith(".lock.new-") ||
    name.startsWith(".lock.stale-") ||
    name.startsWith(JOURNAL_NAME) ||
    name.startsWith(STAGING_PREFIX)
  );
}

/**
 * Every entry below `outDir` that is not a folder (files, symbolic links,
 * special files), as `/`-separated paths, without following links and
 * without the writer's run-time files.
 */
export async function listEntries(outDir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string, prefix: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") return;
      throw error;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (prefix === "" && isRunTimeName(entry.name)) continue;
      const path = prefix + entry.name;
      if (entry.isDirectory()) await walk(join(dir, entry.name), `${path}/`);
      else found.push(path);
    }
  };
  await walk(outDir, "");
  return found;
}
