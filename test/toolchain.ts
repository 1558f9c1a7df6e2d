/**
 * Helpers for the language-target suites (python-target, go-target): write
 * generated files into a folder, run a real toolchain command with a clear
 * failure message, and describe a catalog as the JSON the Python and Go test
 * programs (test/fixtures/python, test/fixtures/go) compare the packages with.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { stringify } from "yaml";
import { loadCatalog } from "../generators/catalog/load-catalog.ts";
import { goConstantNames } from "../generators/text/languages/go.ts";
import { pythonMemberName } from "../generators/targets/python/index.ts";
import type { Catalog, CatalogError } from "../generators/catalog/types.ts";
import type { OutputFile } from "../generators/output/files.ts";

/** Writes `files` below `dir`, keeping only those under `prefix` (which is dropped from the path). */
export function writeTree(dir: string, files: readonly OutputFile[], prefix: string): void {
  for (const file of files) {
    if (!file.path.startsWith(prefix)) continue;
    const path = join(dir, file.path.slice(prefix.length));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
}

export interface Run {
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
}

/** Runs a command; throws with its output when it exits non-zero. Timing is only reported, never asserted. */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string>; input?: string },
): Run {
  const started = performance.now();
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    encoding: "utf8",
    env: { ...process.env, ...options.env },
    input: options.input,
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.error) throw new Error(`${command} could not start: ${result.error.message}`);
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(" ")} exited ${result.status}\n${result.stdout}\n${result.stderr}`);
  if (process.env.TOOLCHAIN_TIMES === "1") console.log(`${seconds.toFixed(2)} s  ${command} ${args.join(" ")}`);
  return { stdout: result.stdout, stderr: result.stderr, seconds };
}

function entry(error: CatalogError, goName: string | undefined) {
  return {
    python: pythonMemberName(error),
    go: goName ?? "",
    code: error.code,
    name: error.name,
    message: error.message,
    category: error.category,
    description: error.description,
    retryable: error.retryable ?? null,
    retryAfterSeconds: error.retryAfterSeconds ?? null,
    errorClass: error.errorClass ?? null,
    userAction: error.userAction ?? null,
    deprecated: error.deprecated
      ? {
          since: error.deprecated.since,
          reason: error.deprecated.reason,
          replacedBy: error.deprecated.replacedBy ?? null,
        }
      : null,
    removed: error.removed ? { since: error.removed.since, reason: error.removed.reason } : null,
    notes: error.notes ?? null,
    httpStatus: error.httpStatus ?? null,
  };
}

/** The catalog's exact text as the Python and Go test programs read it. */
export function expectedJson(catalog: Catalog, python: { enum: string; errorClass: string }): string {
  const active = catalog.errors.filter((e) => !e.removed);
  const goNames = goConstantNames(active.map((e) => e.name));
  return JSON.stringify({
    python,
    sourceLocale: catalog.sourceLocale,
    locales: catalog.locales,
    wire: catalog.wire,
    active: active.map((e, i) => entry(e, goNames[i])),
    reserved: catalog.errors.filter((e) => e.removed).map((e) => entry(e, undefined)),
  });
}

/** A catalog from the property tests' arbitrary (test/arbitraries.ts), loaded through the real pipeline. */
export function loadArbitrary(raw: unknown): Catalog {
  const result = loadCatalog(stringify(raw), "spec/errors.yaml");
  if (!result.catalog)
    throw new Error(
      `generated catalog is invalid:\n${result.diagnostics.map((d) => `${d.rule}: ${d.message}`).join("\n")}`,
    );
  return result.catalog;
}

/** How many arbitrary catalogs the language suites build per run: few, as each runs a toolchain. */
export const CATALOG_RUNS = Number(process.env.LANGUAGE_PROPERTY_RUNS ?? 2);
