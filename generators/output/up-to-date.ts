/**
 * The up-to-date fast path. A full run records in `<out>/.coinone-files`
 * (inventory.ts) a key of everything its output depends on: the tool (the
 * generator sources, built-in templates, schemas, build scripts and the
 * versions of the libraries it runs), the options, the spec's bytes and
 * provenance, the targets file, the package version and any local template
 * files; and the sha256 of every output file. When the key still matches and
 * the output folder holds exactly those files with exactly those hashes,
 * `generate` and `--check` have nothing to do: `upToDate` says so after
 * reading only these files, without loading any generator, parser or
 * library. Anything else (a changed input, an edited, deleted or extra
 * output file, a writer's leftover) falls through to the full run, which
 * reports it. Uses node built-ins only, so the launcher can load it alone.
 */
import { createHash } from "node:crypto";
import { readFileSync, realpathSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { buildInputs } from "../../scripts/build-inputs.mjs";
import { fileURLToPath } from "node:url";
import { sha256 } from "./hashes.ts";
import { isRunTimeName, listEntries, MANIFEST_NAME, manifestEntries } from "./inventory.ts";
import { provenancePath } from "../commands/read-spec.ts";
import { Reads, readRecorded, STAMPED_ARGUMENTS, writeStamp } from "./stamp.ts";

/** The options that decide the output; `out` only says where it goes. */
export interface KeyOptions {
  readonly spec: string;
  readonly targets?: string | undefined;
  readonly only?: string | undefined;
  readonly package?: string | undefined;
}

const DEFAULT_TARGETS_FILE = "spec/targets.yaml";
/** The libraries whose version can change the output. */
const LIBRARIES = ["yaml", "ajv", "handlebars", "ts-morph", "commander"];

/** The tool's own folder: two levels above this module, in the sources (generators/output/) and in the build (build/<hash>/). */
const TOOL_ROOT = fileURLToPath(new URL("../../", import.meta.url));

let toolHash: string | undefined;

/**
 * sha256 over the files the build is made of (scripts/build-inputs.mjs: the
 * tool's sources, templates, schemas and build scripts) and its libraries'
 * versions. Read synchronously: one pass over small files,
 * where an await per file cost more waiting than reading. `reads` records
 * every file read, for the shell's stamp (stamp.ts).
 */
export async function toolKey(root = TOOL_ROOT, reads?: Reads): Promise<string> {
  if (toolHash !== undefined && reads === undefined) return toolHash;
  const hash = createHash("sha256");
  for (const path of buildInputs(root)) hash.update(`${path}\0`).update(readRecorded(root, path, reads) ?? "").update("\0");
  for (const name of LIBRARIES) {
    let version = "absent";
    try {
      const bytes = readRecorded(root, `node_modules/${name}/package.json`, reads);
      if (bytes !== undefined) version = String(JSON.parse(bytes.toString("utf8")).version);
    } catch {
      // A library that is not installed keeps the key "absent".
    }
    hash.update(`${name}@${version}\0`);
  }
  toolHash = hash.digest("hex");
  return toolHash;
}

/** The sha256 of the bytes of `path` (relative to `cwd`), or "absent". Synchronous, as toolKey. */
function fileHash(cwd: string, path: string, reads?: Reads): string {
  const bytes = readRecorded(cwd, path, reads);
  return bytes === undefined ? "absent" : sha256(bytes);
}

/**
 * The key of a run's inputs, or undefined when the run cannot be skipped
 * later. It depends on what the output is made from, never on how the
 * command was called (working folder, paths as typed, `--package`), so every
 * way of calling it records the same manifest. `inputFiles` are the local
 * template files the targets file named, as it names them.
 */
export async function inputsKey(cwd: string, options: KeyOptions, inputFiles: readonly string[], reads?: Reads): Promise<string | undefined> {
  const specPath = resolve(cwd, options.spec);
  const targets = options.targets ?? DEFAULT_TARGETS_FILE;
  const description = {
    tool: await toolKey(TOOL_ROOT, reads),
    provenance: await provenancePath(specPath),
    spec: fileHash(cwd, options.spec, reads),
    targets: fileHash(cwd, targets, reads),
    inputs: inputFiles.map((path) => [path, fileHash(cwd, path, reads)]),
  };
  return sha256(JSON.stringify(description));
}

/** The version of the package.json named by `--package`, or undefined when it cannot be read. */
function packageVersion(cwd: string, file: string, reads: Reads | undefined): string | undefined {
  try {
    const version: unknown = JSON.parse(readRecorded(cwd, file, reads)?.toString("utf8") ?? "").version;
    return typeof version === "string" ? version : undefined;
  } catch {
    return undefined;
  }
}

/** The project's own root (where the shell's stamp is kept) when `cwd` is it, for the arguments the shell handles; else undefined. */
function stampRoot(argv: readonly string[], cwd: string): string | undefined {
  if (!STAMPED_ARGUMENTS.some((stamped) => stamped.length === argv.length && stamped.every((argument, i) => argv[i] === argument))) return undefined;
  try {
    return realpathSync(cwd) === realpathSync(TOOL_ROOT) ? TOOL_ROOT : undefined;
  } catch {
    return undefined;
  }
}

/** The command's options as the fast path reads them, or undefined for anything it does not handle (it then runs in full). */
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
  return { spec: values.spec as string, out: values.out as string, check, targets: values.targets, only: values.only, package: values.package };
}

/**
 * What `generate` (or `--check`) would print when the output folder is up to
 * date, or undefined when the full run must decide.
 */
export async function upToDate(argv: readonly string[], cwd: string): Promise<string | undefined> {
  const options = parseArguments(argv);
  // `--only` writes a subset: the full run decides what that means for the rest.
  if (options === undefined || options.only !== undefined) return undefined;
  // Called as the shell calls it, from the project's root: what is read is recorded for its stamp.
  const root = stampRoot(argv, cwd);
  const reads = root === undefined ? undefined : new Reads();
  const outDir = resolve(cwd, options.out);
  let manifest: string;
  let names: string[];
  try {
    [manifest, names] = await Promise.all([readFile(join(outDir, MANIFEST_NAME), "utf8"), readdir(outDir)]);
  } catch {
    return undefined;
  }
  // A killed run's lock, journal or staging folder: the full run finishes or removes it.
  if (names.some(isRunTimeName)) return undefined;
  const recorded = /^# inputs ([0-9a-f]{64})$/m.exec(manifest)?.[1];
  if (recorded === undefined) return undefined;
  // The catalog's version must equal the package's (--package), as the full run checks.
  if (options.package !== undefined && packageVersion(cwd, options.package, reads) !== /^# version (.*)$/m.exec(manifest)?.[1]) return undefined;
  const inputFiles = [...manifest.matchAll(/^# input (.*)$/gm)].map((match) => match[1] as string);
  if ((await inputsKey(cwd, options, inputFiles, reads)) !== recorded) return undefined;

  const entries = manifestEntries(manifest);
  const onDisk = await listEntries(outDir);
  const expected = [...entries.map((entry) => entry.path), MANIFEST_NAME].sort();
  if (onDisk.length !== expected.length || [...onDisk].sort().some((path, i) => path !== expected[i])) return undefined;
  for (const entry of entries) {
    const bytes = readRecorded(outDir, entry.path, undefined);
    if (entry.sha256 === undefined || bytes === undefined || sha256(bytes) !== entry.sha256) return undefined;
    reads?.record(`${options.out}/${entry.path}`, bytes);
  }
  const total = entries.length + 1;
  if (root !== undefined && reads !== undefined) {
    reads.record(`${options.out}/${MANIFEST_NAME}`, Buffer.from(manifest, "utf8"));
    // The spec's project is the folder of the nearest package.json (its provenance): none may appear in spec/.
    readRecorded(root, "spec/package.json", reads);
    writeStamp(root, reads, total);
  }
  const shown = (relative(cwd, outDir) || ".").split(sep).join("/");
  return options.check ? `${shown}: all ${total} generated files are up to date\n` : `${shown}: wrote 0 files, ${total} unchanged\n`;
}
