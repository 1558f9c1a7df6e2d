/**
 * Builds and runs the generated Java package and Rust crate with their own
 * toolchains, for test/java-target.test.ts, test/rust-target.test.ts and
 * test/java-rust-property.test.ts: javac with every lint as an error, then
 * test/fixtures/java/CatalogCheck.java run by java; cargo fmt --check,
 * clippy -D warnings and cargo test, then test/fixtures/rust/dump.rs run as
 * an example. Each returns the program's JSON dump (see language-dump.ts).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { exportNames } from "../generators/catalog/names.ts";
import { generateJava } from "../generators/targets/java/index.ts";
import { javaPackage } from "../generators/text/languages/java.ts";
import { generateRust } from "../generators/targets/rust/index.ts";
import type { Catalog } from "../generators/catalog/types.ts";
import type { OutputFile } from "../generators/output/files.ts";
import { fixture, listFiles, ROOT } from "./helpers.ts";
import { LOCALES_TRIED } from "./language-dump.ts";

/** The flags the generated pom.xml gives the compiler plugin. */
export const JAVAC_FLAGS = [
  "--release",
  "11",
  "-encoding",
  "UTF-8",
  "-Xlint:all",
  "-Xdoclint:all/protected",
  "-Werror",
];

/** Shared by every cargo run, so reruns only rebuild what changed. */
export const CARGO_TARGET_DIR = join(ROOT, "node_modules", ".cache", "rust-target");

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runTool(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Run {
  const result = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, CARGO_TARGET_DIR, CARGO_TERM_COLOR: "never", ...env },
  });
  if (result.error)
    throw new Error(
      `cannot run ${command} (${result.error.message}): these tests need JDK 17 (javac, java) and Rust (cargo, ` +
        `clippy, rustfmt) on PATH`,
    );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs a tool and returns its stdout; any exit but 0 fails with both outputs. */
export function runOk(command: string, args: string[], cwd: string, env: Record<string, string> = {}): string {
  const run = runTool(command, args, cwd, env);
  if (run.status !== 0)
    throw new Error(`${command} ${args.join(" ")} failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

export function writeAll(dir: string, files: readonly OutputFile[]): void {
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.content);
  }
}

/** Compiles the generated package and the check program with every lint as an error, runs it, returns its JSON. */
export function checkJavaPackage(dir: string, catalog: Catalog): Record<string, any> {
  writeAll(dir, generateJava(catalog));
  const pkg = javaPackage(catalog.name);
  const checkPath = join(dir, "check", ...pkg.split("."), "CatalogCheck.java");
  mkdirSync(dirname(checkPath), { recursive: true });
  const check = readFileSync(fixture("java/CatalogCheck.java"), "utf8")
    .replaceAll("__PACKAGE__", pkg)
    .replaceAll("__PREFIX__", exportNames(catalog.name).prefix);
  writeFileSync(checkPath, check);
  const sources = listFiles(join(dir, "java", "src")).map((f) => join(dir, "java", "src", f));
  runOk("javac", [...JAVAC_FLAGS, "-d", join(dir, "classes"), ...sources, checkPath], dir);
  return JSON.parse(runOk("java", ["-cp", join(dir, "classes"), `${pkg}.CatalogCheck`, ...LOCALES_TRIED], dir));
}

export const rustLibName = (catalog: Catalog) => `${catalog.name.replace(/-/g, "_")}_error_codes`;

/** Writes the crate into `dir/rust` and returns that folder. */
export function writeCrate(dir: string, catalog: Catalog): string {
  writeAll(dir, generateRust(catalog));
  return join(dir, "rust");
}

/**
 * `cargo fmt --check`, `cargo clippy --all-targets -- -D warnings` and
 * `cargo test` on the generated crate with the dump example added, then the
 * dump. Returns the test output and the dump.
 */
export function checkRustCrate(dir: string, catalog: Catalog): { tests: string; dump: Record<string, any> } {
  const crate = writeCrate(dir, catalog);
  mkdirSync(join(crate, "examples"), { recursive: true });
  writeFileSync(
    join(crate, "examples", "dump.rs"),
    readFileSync(fixture("rust/dump.rs"), "utf8").replaceAll("__LIB__", rustLibName(catalog)),
  );
  runOk("cargo", ["fmt", "--check"], crate);
  runOk("cargo", ["clippy", "--offline", "--all-targets", "--", "-D", "warnings"], crate);
  const tests = runOk("cargo", ["test", "--offline"], crate);
  const { wire } = catalog;
  const wireEnv = Object.entries({
    result: wire.resultField,
    error: wire.errorResult,
    code: wire.codeField,
    message: wire.messageField,
    legacyCode: wire.legacyCodeField ?? wire.codeField,
    legacyMessage: wire.legacyMessageField ?? wire.messageField,
    hasLegacy: String(wire.legacyCodeField !== undefined),
  })
    .map(([key, value]) => `${key}\u0002${value}`)
    .join("\u0001");
  const dump = runOk("cargo", ["run", "--offline", "--quiet", "--example", "dump", "--", ...LOCALES_TRIED], crate, {
    WIRE: wireEnv,
  });
  return { tests, dump: JSON.parse(dump) };
}
