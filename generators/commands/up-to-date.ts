/**
 * The up-to-date fast path, the one layer that skips work. A full run
 * records in `<out>/.coinone-files` (output/inventory.ts) a key of
 * everything its output depends on, bound to the list of output files:
 *
 * - the tool: the build of the generator (its hash covers the sources,
 *   templates, schemas and build scripts), the lock file (so every
 *   runtime dependency's version) and the Node version (its Unicode tables
 *   shape slugs and escapes);
 * - the options that shape the output, the spec's bytes and provenance, the
 *   targets file and the local templates it names.
 *
 * A run with a plugin (which may read anything), with `--only`, from
 * sources rather than a build, or with warnings records no key. When the
 * key still matches and the output folder holds exactly the listed files,
 * all regular, with their hashes, `generate` and `--check` have nothing to
 * do and say so without loading any parser or generator. Anything else, a
 * link or special file included, falls through to the full run, which
 * decides and reports: this module can make a run faster, never change
 * its answer. Node built-ins only.
 */
import { createHash } from "node:crypto";
import { readdir } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { boundKey, entryLines, isRunTimeName, MANIFEST_NAME, manifestEntries } from "../output/inventory.ts";
import { provenancePath, readSpec } from "./read-spec.ts";

/** Set by the build (scripts/run-built.mjs) to the hash of the sources it was made from. */
declare const __COINONE_BUILD__: string | undefined;

/** The build this code runs in; undefined when it runs from the sources (tests), which then record no key. */
const BUILD = typeof __COINONE_BUILD__ === "string" ? __COINONE_BUILD__ : undefined;

/** Every file the fast path reads is regular and at most this large (as the catalog). */
const LIMIT = 64 * 1024 * 1024;

/** The build this key is for and the folder of its lock file: two levels above this module, in the sources and in the
 * build. */
export interface Tool {
  readonly build: string | undefined;
  readonly root: string;
}

const TOOL: Tool = { build: BUILD, root: fileURLToPath(new URL("../../", import.meta.url)) };

/** The options that decide the output; `out` only says where it goes. */
export interface KeyOptions {
  readonly spec: string;
  readonly targets?: string | undefined;
  readonly only?: string | undefined;
  readonly package?: string | undefined;
}

const DEFAULT_TARGETS_FILE = "spec/targets.yaml";

const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

/** The bytes of a regular file, "absent" when there is none, or undefined for anything else (a FIFO, a device, a
 * folder, too large). */
async function bytesOf(path: string): Promise<Buffer | "absent" | undefined> {
  const read = await readSpec(path, LIMIT, "a regular file");
  if (read.kind === "ok") return read.bytes;
  return read.kind === "unusable" && read.reason === "no such file" ? "absent" : undefined;
}

async function hashOf(path: string): Promise<string | undefined> {
  const bytes = await bytesOf(path);
  return bytes === undefined ? undefined : bytes === "absent" ? "absent" : sha256(bytes);
}

/**
 * The key of a run's inputs, or undefined when the run cannot be skipped
 * later. It depends on what the output is made from, never on how the
 * command was called (working folder, paths as typed), so every way of
 * calling it records the same manifest. `inputFiles` are the local template
 * files the targets file named, as it names them.
 */
export async function inputsKey(
  cwd: string,
  options: KeyOptions,
  inputFiles: readonly string[],
  tool = TOOL,
): Promise<string | undefined> {
  if (tool.build === undefined || options.only !== undefined) return undefined;
  const lock = await hashOf(join(tool.root, "package-lock.json"));
  const parts = [
    tool.build,
    process.version,
    lock,
    await provenancePath(resolve(cwd, options.spec)),
    await hashOf(resolve(cwd, options.spec)),
    await hashOf(resolve(cwd, options.targets ?? DEFAULT_TARGETS_FILE)),
    ...(await Promise.all(inputFiles.map(async (path) => `${path}\0${await hashOf(resolve(cwd, path))}`))),
  ];
  if (lock === "absent" || parts.includes(undefined)) return undefined;
  return sha256(parts.join("\0"));
}

/** The command's options as the fast path reads them, or undefined for anything it does not handle (it then runs in
 * full). */
function parseArguments(argv: readonly string[]): (KeyOptions & { out: string; check: boolean }) | undefined {
  const values: Record<string, string> = { spec: "spec/errors.yaml", out: "dist" };
  let check = false;
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i] as string;
    if (argument === "--check") {
      check = true;
      continue;
    }
    const match = /^--(spec|out|package|targets|only)(?:=(.*))?$/s.exec(argument);
    if (match === null) return undefined;
    const value = match[2] ?? argv[++i];
    if (value === undefined || (match[2] === undefined && value.startsWith("-"))) return undefined;
    values[match[1] as string] = value;
  }
  return {
    spec: values.spec as string,
    out: values.out as string,
    check,
    targets: values.targets,
    only: values.only,
    package: values.package,
  };
}

/** Every path below `dir`, or undefined when it holds anything but folders and regular files. */
async function regularFiles(dir: string, prefix = ""): Promise<string[] | undefined> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (prefix === "" && isRunTimeName(entry.name)) return undefined;
    if (entry.isDirectory()) {
      const inner = await regularFiles(join(dir, entry.name), `${prefix}${entry.name}/`);
      if (inner === undefined) return undefined;
      found.push(...inner);
    } else if (entry.isFile()) {
      found.push(`${prefix}${entry.name}`);
    } else {
      return undefined;
    }
  }
  return found;
}

/** The catalog version of the package.json named by `--package`, or undefined. */
async function packageVersion(path: string): Promise<string | undefined> {
  const bytes = await bytesOf(path);
  if (bytes === undefined || bytes === "absent") return undefined;
  const version: unknown = JSON.parse(bytes.toString("utf8")).version;
  return typeof version === "string" ? version : undefined;
}

/** What `generate` (or `--check`) would print when the output folder is up to date, or undefined when the full run must
 * decide. */
export async function upToDate(argv: readonly string[], cwd: string, tool = TOOL): Promise<string | undefined> {
  const options = parseArguments(argv);
  if (options === undefined) return undefined;
  const outDir = resolve(cwd, options.out);
  const manifestBytes = await bytesOf(join(outDir, MANIFEST_NAME));
  if (manifestBytes === undefined || manifestBytes === "absent") return undefined;
  const manifest = manifestBytes.toString("utf8");
  const recorded = /^# inputs ([0-9a-f]{64})$/m.exec(manifest)?.[1];
  if (recorded === undefined) return undefined;
  // The catalog's version must equal the package's (--package), as the full run checks.
  if (
    options.package !== undefined &&
    (await packageVersion(resolve(cwd, options.package))) !== /^# version (.*)$/m.exec(manifest)?.[1]
  )
    return undefined;
  const inputFiles = [...manifest.matchAll(/^# input (.*)$/gm)].map((match) => match[1] as string);
  const key = await inputsKey(cwd, options, inputFiles, tool);
  if (key === undefined || boundKey(key, entryLines(manifest)) !== recorded) return undefined;

  const entries = manifestEntries(manifest);
  const onDisk = await regularFiles(outDir);
  const expected = [...entries.map((entry) => entry.path), MANIFEST_NAME].sort();
  if (
    onDisk === undefined ||
    onDisk.length !== expected.length ||
    onDisk.sort().some((path, i) => path !== expected[i])
  )
    return undefined;
  for (const entry of entries) {
    const hash = await hashOf(join(outDir, entry.path));
    if (entry.sha256 === undefined || hash !== entry.sha256) return undefined;
  }
  const total = entries.length + 1;
  const shown = (relative(cwd, outDir) || ".").split(sep).join("/");
  return options.check
    ? `${shown}: all ${total} generated files are up to date\n`
    : `${shown}: wrote 0 files, ${total} unchanged\n`;
}
