/** Shared test helpers: repository paths, loading a catalog file, and running the CLI as a real process. */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import ts from "typescript";
import { expect } from "vitest";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCatalog } from "../generators/catalog/load-catalog.ts";
import type { Catalog } from "../generators/catalog/types.ts";
import { BUILTIN_TARGETS } from "../generators/targets/builtins.ts";
import { generateTypeScript } from "../generators/targets/typescript/index.ts";
import { sortFiles } from "../generators/output/files.ts";
import type { OutputFile } from "../generators/output/files.ts";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const fixture = (name: string) => join(ROOT, "test", "fixtures", name);
export const golden = (...parts: string[]) => join(ROOT, "test", "golden", ...parts);

/** Loads a catalog file and fails the test with its diagnostics if it has errors. */
export function loadFile(path: string, shownAs = "spec/errors.yaml"): Catalog {
  const result = loadCatalog(readFileSync(path, "utf8"), shownAs);
  if (!result.catalog)
    throw new Error(`catalog ${path} is invalid:\n${result.diagnostics.map((d) => d.message).join("\n")}`);
  return result.catalog;
}

/**
 * Every built-in target's files with default options, sorted by path, as `generate` without a targets file makes them.
 */
export function generateArtifacts(catalog: Catalog): OutputFile[] {
  const runs = Object.entries(BUILTIN_TARGETS).map(([name, target]) =>
    name === "typescript" ? generateTypeScript(catalog) : (target.run(catalog, {}) as OutputFile[]),
  );
  return sortFiles(runs.flat());
}

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The launcher `npm run generate` and `npm run diff` use: the prebuilt JavaScript of the current sources. */
const LAUNCHER = join(ROOT, "scripts", "run-built.mjs");
const COMMANDS: Readonly<Record<string, string>> = {
  "commands/generate-entry.ts": "generate",
  "commands/diff.ts": "diff",
  "commands/translations.ts": "translations",
};

/** Runs the built generate command (or `script`'s command) in a child process, as `npm run generate` does. */
export function runCli(
  args: readonly string[],
  cwd: string,
  script = "commands/generate-entry.ts",
  env: Record<string, string> = {},
): CliRun {
  const command = COMMANDS[script];
  if (command === undefined) throw new Error(`runCli: no built command for ${script}`);
  const result = spawnSync(process.execPath, [LAUNCHER, command, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "", ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Compares generated text with a committed golden file. With UPDATE_GOLDEN=1
 * the golden file is rewritten instead (review the diff before committing).
 */
export function expectGolden(path: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN === "1") {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  let expected: string;
  try {
    expected = readFileSync(path, "utf8");
  } catch {
    throw new Error(`golden file ${path} is missing; run UPDATE_GOLDEN=1 npm test and review it`);
  }
  if (actual !== expected) {
    // toBe shows a readable diff.
    expect(actual).toBe(expected);
  }
}

/** Every file below `dir`, as sorted `/`-separated relative paths. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

/** Compiler options a strict consumer uses; every generated module must pass them with zero diagnostics. */
export const STRICT_CONSUMER_OPTIONS = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  isolatedModules: true,
  verbatimModuleSyntax: true,
  noImplicitOverride: true,
  noEmit: true,
  target: "ES2022",
  module: "NodeNext",
  moduleResolution: "NodeNext",
  lib: ["es2022"],
  types: [],
} as const;

/**
 * Type-checks `rootNames` in `dir` with the TypeScript compiler (the `typescript`
 * package, as consumers run it) and returns the formatted diagnostics.
 */
export function typecheck(dir: string, rootNames: readonly string[], extra: Record<string, unknown> = {}): string[] {
  const { options, errors } = ts.convertCompilerOptionsFromJson({ ...STRICT_CONSUMER_OPTIONS, ...extra }, dir);
  if (errors.length > 0) throw new Error(ts.flattenDiagnosticMessageText(errors[0]?.messageText, "\n"));
  const program = ts.createProgram(
    rootNames.map((name) => join(dir, name)),
    options,
  );
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const text = ts.flattenDiagnosticMessageText(d.messageText, "\n");
    if (!d.file || d.start === undefined) return text;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${relative(dir, d.file.fileName)}:${line + 1}:${character + 1} TS${d.code}: ${text}`;
  });
}
