/**
 * `npm run diff -- [BASE [HEAD]]`: compares two versions of the catalog and
 * prints every change with its semver class and the overall verdict. BASE
 * and HEAD are catalog files or git revisions (the catalog is read with
 * `git show REV:spec/errors.yaml`); BASE defaults to the last release tag,
 * HEAD to the working tree.
 *
 * Exit codes: 0 done, 1 invalid catalog or (with --strict) a version bump
 * smaller than the verdict, 2 wrong usage.
 */
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { Command, CommanderError, Option } from "commander";
import { formatDiagnostic } from "../catalog/diagnostics.ts";
import { diffCatalogs, isBumpEnough } from "../diff/classify.ts";
import { formatChangelog, formatDiff } from "../diff/format.ts";
import type { DiffFormat } from "../diff/format.ts";
import { loadCatalog, MAX_SPEC_BYTES } from "../catalog/load-catalog.ts";
import { readProblem, readRegularFile } from "../output/regular-file.ts";
import type { Catalog } from "../catalog/types.ts";
import type { CliIo } from "./generate.ts";
import { DEFAULT_SPEC, EXIT_INVALID, EXIT_OK, EXIT_USAGE } from "./generate.ts";

interface Options {
  readonly format: DiffFormat;
  readonly strict: boolean;
  readonly changelog: boolean;
  readonly date?: string;
  readonly spec: string;
}

class UsageError extends Error {}

/** Reads one side: a file when one exists at `ref`, else the spec at git revision `ref`. */
async function readSide(ref: string, options: Options, cwd: string): Promise<{ bytes: Uint8Array; shown: string }> {
  // A regular file only, up to the size limit; a name that is no file (or a folder) is a revision.
  const read = await readRegularFile(resolve(cwd, ref), MAX_SPEC_BYTES, "a catalog file");
  if (read.kind === "ok") return { bytes: read.bytes, shown: ref };
  if (read.kind === "too-large" || read.code === "ESPECIAL" || read.code === "ENXIO")
    throw new UsageError(`cannot read ${ref}: ${readProblem(read)}`);
  try {
    // The revision is data, never an option: it goes after --end-of-options and must name a commit.
    const commit = execFileSync("git", ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
    })
      .toString()
      .trim();
    if (!/^[0-9a-f]{40,64}$/.test(commit))
      throw Object.assign(new Error("not a commit"), { stderr: Buffer.from("not a commit") });
    const bytes = execFileSync("git", ["show", "--end-of-options", `${commit}:./${options.spec}`], {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 1 << 28,
    });
    return { bytes, shown: `${ref}:${options.spec}` };
  } catch (error) {
    const reason = (error as { stderr?: Buffer }).stderr?.toString().trim().split("\n")[0] || "not a commit";
    throw new UsageError(
      `${JSON.stringify(ref)} is neither a catalog file nor a git revision holding ${options.spec} (${reason})`,
    );
  }
}

/** The newest tag `v*` reachable from HEAD, or undefined when there is none (or no git). */
function lastReleaseTag(cwd: string): string | undefined {
  try {
    const tag = execFileSync("git", ["describe", "--tags", "--abbrev=0", "--match", "v*"], {
      cwd,
      stdio: ["ignore", "pipe", "ignore"],
    });
    return tag.toString().trim() || undefined;
  } catch {
    return undefined;
  }
}

async function load(ref: string | undefined, options: Options, io: CliIo): Promise<Catalog | undefined> {
  const side = ref === undefined ? await readWorkingTree(options, io.cwd) : await readSide(ref, options, io.cwd);
  // Versions before 2.0.0 have no retryable or errorClass; the diff still reads them.
  const { catalog, diagnostics } = loadCatalog(side.bytes, side.shown, { earlierSchema: true });
  for (const diagnostic of diagnostics) io.stderr(`${formatDiagnostic(diagnostic)}\n`);
  return catalog;
}

async function readWorkingTree(options: Options, cwd: string): Promise<{ bytes: Uint8Array; shown: string }> {
  const read = await readRegularFile(resolve(cwd, options.spec), MAX_SPEC_BYTES, "a catalog file");
  if (read.kind === "ok") return { bytes: read.bytes, shown: options.spec };
  throw new UsageError(`cannot read ${options.spec} from the working tree: ${readProblem(read)}`);
}

export async function main(argv: readonly string[], io: CliIo, today: () => string): Promise<number> {
  const program = new Command("diff")
    .description("Compare two versions of the error catalog and classify every change as major, minor or patch.")
    .argument("[base]", "catalog file or git revision to compare from (default: the last release tag, v*)")
    .argument("[head]", "catalog file or git revision to compare to (default: the working tree)")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json", "markdown"]).default("text"))
    .option("--strict", "exit 1 when HEAD's catalog version is not bumped by at least the verdict", false)
    .option("--changelog", "print a Keep a Changelog entry instead of the list", false)
    .option("--date <yyyy-mm-dd>", "date for the --changelog heading (default: today)")
    .option("--spec <path>", "path of the catalog inside a git revision and the working tree", DEFAULT_SPEC)
    .addHelpText(
      "after",
      "\nExit codes: 0 done, 1 invalid catalog or version not bumped enough (--strict), 2 wrong " +
        "usage.\nExamples:\n  npm run diff\n  npm run diff -- --strict v1.0.0\n",
    )
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => write(`${text.trimEnd()} (see --help)\n`),
    });
  try {
    program.parse([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError)
      return error.code === "commander.helpDisplayed" || error.code === "commander.help" ? EXIT_OK : EXIT_USAGE;
    throw error;
  }
  const options = program.opts<Options>();
  const [givenBase, headRef] = program.processedArgs as [string | undefined, string | undefined];
  const baseRef = givenBase ?? lastReleaseTag(io.cwd);
  if (baseRef === undefined) {
    io.stderr(
      "error: no release tag (v*) to compare with in this repository; name the catalog to compare with, " +
        "a file or a git revision, e.g. `npm run diff -- test/fixtures/errors-1.0.0.yaml` or `npm run diff -- " +
        "HEAD~1`\n",
    );
    return EXIT_USAGE;
  }
  if (options.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.date)) {
    io.stderr(`error: --date must look like 2026-11-24, not ${JSON.stringify(options.date)}\n`);
    return EXIT_USAGE;
  }
  let base: Catalog | undefined;
  let head: Catalog | undefined;
  try {
    base = await load(baseRef, options, io);
    head = await load(headRef, options, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`error: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
  if (base === undefined || head === undefined) return EXIT_INVALID;

  const diff = diffCatalogs(base, head);
  io.stdout(
    options.changelog ? formatChangelog(diff, head.version, options.date ?? today()) : formatDiff(diff, options.format),
  );
  if (options.strict && !isBumpEnough(base.version, head.version, diff.bump)) {
    io.stderr(
      `error: the changes need a ${diff.bump} version bump, but the catalog version went from ${base.version} to ` +
        `${head.version}\n`,
    );
    return EXIT_INVALID;
  }
  return EXIT_OK;
}
