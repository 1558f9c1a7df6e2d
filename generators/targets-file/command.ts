/**
 * The generate command's targets options: `--targets FILE` (default
 * spec/targets.yaml when it exists, else every built-in), `--only NAME[,NAME]`
 * and `--list`. Reads the targets file, runs its entries and prints their
 * diagnostics; generate.ts calls `produceFiles` and writes or checks what it
 * returns.
 */
import { resolve } from "node:path";
import { formatDiagnostic } from "../catalog/diagnostics.ts";
import type { Catalog } from "../catalog/types.ts";
import type { OutputFile } from "../output/files.ts";
import { READ_LIMIT, readProblem, readRegularFile } from "../output/regular-file.ts";
import { DEFAULT_TARGETS_FILE, defaultEntries, loadTargets } from "./load-targets.ts";
import type { TargetEntry } from "./load-targets.ts";
import { runTargets } from "./run-targets.ts";

export interface TargetsOptions {
  readonly targets?: string;
  readonly only?: string;
  readonly list?: boolean;
  readonly out: string;
}

interface Io {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Shows what the run is doing, on a terminal only (generate.ts). */
  readonly progress?: (text: string) => void;
}

/** The files the targets file made the run read besides the spec (for the up-to-date key), and whether a plugin ran (it
 * may read anything). */
export interface UsedInputs {
  readonly templates: string[];
  plugins: boolean;
}

const EXIT_OK = 0;
const EXIT_INVALID = 1;
const EXIT_USAGE = 2;

/** The entries to run and the file they came from, or an exit code after printing why not. */
async function readEntries(
  options: TargetsOptions,
  io: Io,
): Promise<{ entries: readonly TargetEntry[]; file: string } | number> {
  const shown = options.targets ?? DEFAULT_TARGETS_FILE;
  // A regular file only, up to the size limit: a FIFO or a device never hangs the run.
  const read = await readRegularFile(resolve(io.cwd, shown), READ_LIMIT, "a targets file");
  if (read.kind !== "ok") {
    const missing = read.kind === "unusable" && read.code === "ENOENT";
    if (missing && options.targets === undefined) return { entries: defaultEntries(), file: "(built-in targets)" };
    io.stderr(`error: cannot read the targets file ${shown}: ${readProblem(read)} (see --targets)\n`);
    return EXIT_USAGE;
  }
  const text = read.bytes.toString("utf8");
  const { entries, diagnostics } = loadTargets(text, shown);
  for (const diagnostic of diagnostics) io.stderr(`${formatDiagnostic(diagnostic)}\n`);
  if (entries === undefined) {
    const count = diagnostics.filter((d) => d.severity === "error").length;
    io.stderr(`${shown}: ${count} error${count === 1 ? "" : "s"}; nothing was written\n`);
    return EXIT_INVALID;
  }
  return { entries, file: shown };
}

function describeEntry(entry: TargetEntry): string {
  if (entry.kind === "builtin") return `built-in ${entry.builtin}`;
  if (entry.kind === "template") return `template ${entry.template}${entry.each ? `, each ${entry.each}` : ""}`;
  return `plugin ${entry.plugin}`;
}

/**
 * Runs the selected entries and returns their files, or an exit code once
 * everything to say is printed (diagnostics, a usage error, or the --list).
 */
export async function produceFiles(
  catalog: Catalog,
  options: TargetsOptions,
  io: Io,
  used?: UsedInputs,
): Promise<readonly OutputFile[] | number> {
  const read = await readEntries(options, io);
  if (typeof read === "number") return read;
  let { entries } = read;
  for (const entry of entries) {
    if (entry.kind === "template") used?.templates.push(entry.template);
    if (entry.kind === "plugin" && used !== undefined) used.plugins = true;
  }
  if (options.only !== undefined) {
    const wanted = options.only
      .split(",")
      .map((name) => name.trim())
      .filter((name) => name !== "");
    const unknown = wanted.filter((name) => !entries.some((entry) => entry.name === name));
    if (wanted.length === 0 || unknown.length > 0) {
      io.stderr(
        `error: --only names no entry ${unknown.map((n) => JSON.stringify(n)).join(", ") || "at all"} (entries of ` +
          `${read.file}: ${entries.map((e) => e.name).join(", ")})\n`,
      );
      return EXIT_USAGE;
    }
    entries = entries.filter((entry) => wanted.includes(entry.name));
  }
  const onEntry = (name: string, index: number, total: number) =>
    io.progress?.(`running ${name} (${index + 1} of ${total})`);
  const result = await runTargets(catalog, entries, { cwd: io.cwd, file: read.file, onEntry });
  for (const diagnostic of result.diagnostics) io.stderr(`${formatDiagnostic(diagnostic)}\n`);
  if (result.diagnostics.length > 0) {
    const count = result.diagnostics.length;
    io.stderr(`${read.file}: ${count} error${count === 1 ? "" : "s"} in the targets; nothing was written\n`);
    return EXIT_INVALID;
  }
  if (options.list === true) {
    const out = options.out.replace(/\/+$/, "");
    for (const [index, entry] of entries.entries()) {
      io.stdout(`${entry.name} (${describeEntry(entry)})\n`);
      for (const file of [...(result.produced[index]?.files ?? [])].sort((a, b) => (a.path < b.path ? -1 : 1)))
        io.stdout(`  ${out}/${file.path}\n`);
    }
    return EXIT_OK;
  }
  return result.files;
}
