/**
 * The generate command: reads the spec, prints diagnostics, and writes (or
 * with --check compares) the generated files. With the writer, the only code
 * that touches the file system; generators/cli.ts is its entry point.
 *
 * Exit codes: 0 success, 1 invalid catalog or stale output, 2 wrong usage.
 */
import { relative, resolve, sep } from "node:path";
import { Command, CommanderError } from "commander";
import { formatDiagnostic, hasErrors } from "../catalog/diagnostics.ts";
import { produceFiles } from "../targets-file/command.ts";
import type { UsedInputs } from "../targets-file/command.ts";
import { inputsKey } from "./up-to-date.ts";
import { BUILD_BY_PRODUCTS } from "../targets/builtins.ts";
import { fileTooLarge, loadCatalog, MAX_SPEC_BYTES } from "../catalog/load-catalog.ts";
import { checkOutputs, OutputError, writeOutputs } from "../output/writer.ts";
import type { Survey } from "../output/writer.ts";
import type { Catalog } from "../catalog/types.ts";
import type { OutputFile } from "../output/files.ts";
import type { Diagnostic } from "../catalog/diagnostics.ts";
import { provenancePath, readSpec } from "./read-spec.ts";
import { specInsideOutput } from "./paths.ts";

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

export const DEFAULT_SPEC = "spec/errors.yaml";
export const DEFAULT_OUT = "dist";

export interface CliIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** A line about what the run does now; set only on a terminal (process-entry.ts), never in CI or a pipe. */
  readonly progress?: (text: string) => void;
}

interface Options {
  readonly spec: string;
  readonly out: string;
  readonly check: boolean;
  readonly package?: string;
  readonly targets?: string;
  readonly only?: string;
  readonly list?: boolean;
  readonly strictTranslations?: boolean;
}

function buildProgram(io: CliIo): Command {
  return new Command("generate")
    .description("Check the error catalog and generate every artifact from it.")
    .option("--spec <file>", "catalog to read", DEFAULT_SPEC)
    .option("--out <dir>", "folder to write the artifacts to", DEFAULT_OUT)
    .option("--check", "write nothing; exit 1 and name every file that is stale or missing", false)
    .option("--package <file>", "package.json whose version the catalog's version must equal")
    .option(
      "--targets <file>",
      "targets file listing the outputs (default: spec/targets.yaml if it exists, else every built-in target)",
    )
    .option("--only <names>", "run only these entries of the targets file, comma-separated")
    .option("--list", "write nothing; print every entry and the files it writes")
    .option("--strict-translations", "missing and stale translations are errors, as strictTranslations: true says")
    .helpOption("-h, --help", "show this help")
    .addHelpText(
      "after",
      "\nExit codes: 0 success, 1 invalid catalog or stale output, 2 wrong usage.\n" +
        "Examples:\n  npm run generate\n  npm run generate -- --check\n  npm run generate -- --spec other.yaml " +
        "--out build/other\n",
    )
    .allowExcessArguments(false)
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => write(`${text.trimEnd()} (see --help)\n`),
    });
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const program = buildProgram(io);
  try {
    program.parse([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === "commander.helpDisplayed" || error.code === "commander.help" ? EXIT_OK : EXIT_USAGE;
    }
    throw error;
  }
  return run(program.opts<Options>(), io);
}

async function run(options: Options, io: CliIo): Promise<number> {
  const specPath = resolve(io.cwd, options.spec);
  const shown = displayPath(io.cwd, specPath);
  const overlap = specInsideOutput(
    specPath,
    resolve(io.cwd, options.out),
    shown,
    displayPath(io.cwd, resolve(io.cwd, options.out)),
  );
  if (overlap !== undefined) {
    io.stderr(overlap);
    return EXIT_USAGE;
  }
  // Only a regular file is read, and never more than the limit, whatever stat says.
  const read = await readSpec(specPath, MAX_SPEC_BYTES);
  if (read.kind === "too-large") {
    io.stderr(`${formatDiagnostic(fileTooLarge(shown, read.size))}\n${shown}: 1 error; nothing was written\n`);
    return EXIT_INVALID;
  }
  if (read.kind === "unusable") {
    io.stderr(`error: cannot read the catalog ${shown}: ${read.reason} (pass another one with --spec FILE)\n`);
    return EXIT_USAGE;
  }
  const bytes = read.bytes;
  const provenance = await provenancePath(specPath);

  let packageVersion: { version: string; file: string } | undefined;
  if (options.package !== undefined) {
    const packagePath = resolve(io.cwd, options.package);
    try {
      const read = await readSpec(packagePath, MAX_SPEC_BYTES, "a package.json file");
      if (read.kind !== "ok") throw new Error(read.kind === "too-large" ? "it is over 64 MiB" : read.reason);
      const version: unknown = JSON.parse(read.bytes.toString("utf8")).version;
      if (typeof version !== "string") throw new Error('it has no "version" string');
      packageVersion = { version, file: displayPath(io.cwd, packagePath) };
    } catch (error) {
      io.stderr(
        `error: cannot read the version of ${displayPath(io.cwd, packagePath)}: ${(error as Error).message} (see ` +
          `--package)\n`,
      );
      return EXIT_USAGE;
    }
  }

  return generate(bytes, shown, provenance, packageVersion, options, io);
}

async function generate(
  bytes: Buffer,
  shown: string,
  provenance: string,
  packageVersion: { version: string; file: string } | undefined,
  options: Options,
  io: CliIo,
): Promise<number> {
  const { catalog: loaded, diagnostics } = loadCatalog(bytes, shown, {
    ...(packageVersion !== undefined && { packageVersion }),
    ...(options.strictTranslations === true && { strictTranslations: true }),
  });
  for (const diagnostic of diagnostics) io.stderr(`${formatDiagnostic(diagnostic)}\n`);
  for (const line of translationCounts(loaded)) io.stderr(`${line}\n`);
  if (loaded === undefined || hasErrors(diagnostics)) {
    const count = diagnostics.filter((d) => d.severity === "error").length;
    io.stderr(`${shown}: ${count} error${count === 1 ? "" : "s"}; nothing was written\n`);
    return EXIT_INVALID;
  }

  // Diagnostics name the spec as typed; artifacts name it relative to its project.
  const catalog: Catalog = { ...loaded, source: { ...loaded.source, path: provenance } };
  const used: UsedInputs = { templates: [], plugins: false };
  const outDir = resolve(io.cwd, options.out);
  const outShown = displayPath(io.cwd, outDir);
  return produceAndWrite({ catalog, diagnostics, used, outDir, outShown }, options, io);
}

/** What a run of a valid catalog has when it makes and writes the files. */
interface Run {
  readonly catalog: Catalog;
  /** The catalog's warnings: a run with warnings records no up-to-date key. */
  readonly diagnostics: readonly Diagnostic[];
  readonly used: UsedInputs;
  readonly outDir: string;
  readonly outShown: string;
}

async function produceAndWrite(
  { catalog, diagnostics, used, outDir, outShown }: Run,
  options: Options,
  io: CliIo,
): Promise<number> {
  let files: readonly OutputFile[] | number;
  try {
    io.progress?.("checking the targets");
    files = await produceFiles(catalog, options, io, used);
    io.progress?.(options.check ? "comparing with the output folder" : "writing");
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    io.stderr(`${error.message}; nothing was written, ${outShown} holds the previous files\n`);
    return EXIT_INVALID;
  }
  if (typeof files === "number") return files;
  // A run with warnings, or with a plugin (which may read any file), is never skipped: it has no key.
  const templates = [...new Set(used.templates)].sort();
  const recordable = !used.plugins && [catalog.version, ...templates].every((text) => !/[\r\n]/.test(text));
  const key = diagnostics.length > 0 || !recordable ? undefined : await inputsKey(io.cwd, options, templates);
  const writerOptions = {
    shown: outShown,
    inputs: { key, version: catalog.version, files: templates },
    fix: fixCommand(options),
    // --only writes just the named entries' files and leaves every other owned file as it is.
    partial: options.only !== undefined,
    ignore: BUILD_BY_PRODUCTS,
  };
  try {
    if (options.check) return report(await checkOutputs(outDir, files, writerOptions), outShown, options, io);
    const survey = await writeOutputs(outDir, files, writerOptions);
    for (const note of survey.recovered) io.stderr(`note: ${note}\n`);
    const written = survey.statuses.filter((s) => s.state !== "unchanged").length;
    const removed = survey.noLongerGenerated.length;
    io.stdout(
      `${outShown}: wrote ${written} file${written === 1 ? "" : "s"}, ${survey.statuses.length - written} unchanged` +
        `${removed > 0 ? `, removed ${removed} no longer generated` : ""}\n`,
    );
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    io.stderr(
      `${error.message}; ` +
        `${options.check ? "nothing was compared" : `nothing was written, ${outShown} holds the previous files`}\n`,
    );
    return EXIT_INVALID;
  }
}

/** Prints what --check found: stale, missing, no longer generated, unknown. */
function report(survey: Survey, outShown: string, options: Options, io: CliIo): number {
  for (const note of survey.recovered) io.stderr(`note: ${note}\n`);
  const outdated = survey.statuses.filter((s) => s.state !== "unchanged");
  const total = survey.statuses.length;
  if (outdated.length === 0 && survey.noLongerGenerated.length === 0 && survey.unknown.length === 0) {
    io.stdout(`${outShown}: all ${total} generated files are up to date\n`);
    return EXIT_OK;
  }
  for (const status of outdated) io.stderr(`${status.state}: ${outShown}/${status.path}\n`);
  for (const path of survey.noLongerGenerated) io.stderr(`stale (no longer generated): ${outShown}/${path}\n`);
  for (const path of survey.unknown) io.stderr(`unknown (not generated, left alone): ${outShown}/${path}\n`);
  if (outdated.length > 0 || survey.noLongerGenerated.length > 0) {
    const gone = survey.noLongerGenerated.length;
    io.stderr(
      `${outdated.length} of ${total} generated files are stale or ` +
        `missing${gone > 0 ? `, ${gone} no longer generated` : ""}; ` +
        `run \`${fixCommand(options)}\` and commit the result\n`,
    );
  }
  if (survey.unknown.length > 0) {
    const count = survey.unknown.length;
    io.stderr(
      `${count} file${count === 1 ? "" : "s"} in ${outShown} ${count === 1 ? "is" : "are"} not generated from this ` +
        `catalog; remove ${count === 1 ? "it" : "them"} or pass another --out\n`,
    );
  }
  return EXIT_INVALID;
}

/** One line per locale with missing or stale texts: `ja: 2/90 translated, 88 fall back to en`. */
function translationCounts(catalog: Catalog | undefined): string[] {
  return (catalog?.translationStatus ?? [])
    .filter((s) => s.missing.length > 0 || s.stale.length > 0)
    .map(
      (s) =>
        `${s.locale}: ${s.translated}/${s.total} translated` +
        `${s.missing.length > 0 ? `, ${s.missing.length} fall back to ${catalog?.sourceLocale}` : ""}` +
        `${s.stale.length > 0 ? `, ${s.stale.length} stale` : ""}`,
    );
}

function fixCommand(options: Options): string {
  const extra = [
    ...(options.spec !== DEFAULT_SPEC ? ["--spec", options.spec] : []),
    ...(options.out !== DEFAULT_OUT ? ["--out", options.out] : []),
    ...(options.package !== undefined && options.package !== "package.json" ? ["--package", options.package] : []),
    ...(options.targets !== undefined ? ["--targets", options.targets] : []),
    ...(options.only !== undefined ? ["--only", options.only] : []),
  ];
  return extra.length === 0 ? "npm run generate" : `npm run generate -- ${extra.join(" ")}`;
}

/** A path relative to the working folder with `/` separators, as diagnostics show it. */
function displayPath(cwd: string, path: string): string {
  const shown = relative(cwd, path) || ".";
  return sep === "/" ? shown : shown.split(sep).join("/");
}
