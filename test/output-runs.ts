/**
 * Helpers of the kill and concurrency tests: the built CLI started without
 * waiting (as test/helpers.ts runCli starts it), a
 * preload that slows renames and writes as on a slow disk, and snapshots of
 * a folder to compare whole sets and to prove nothing outside --out changed.
 */
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { lstatSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "./helpers.ts";

export interface Finished {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

const LAUNCHER = join(ROOT, "scripts", "run-built.mjs");

/** Starts the built generate command in a child process; `preload` is an extra --import. */
export function startCli(
  args: readonly string[],
  cwd: string,
  preload?: string,
): { child: ChildProcess; done: Promise<Finished> } {
  const imports = preload === undefined ? [] : ["--import", pathToFileURL(preload).href];
  const child = spawn(process.execPath, [...imports, LAUNCHER, "generate", ...args], {
    cwd,
    env: { ...process.env, NODE_OPTIONS: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<Finished>((resolve) =>
    child.on("close", (status, signal) => resolve({ status, signal, stdout, stderr })),
  );
  return { child, done };
}

/** Writes a preload that delays every fs.promises rename and writeFile by `ms`, as a slow disk would. */
export function writeSlowFsPreload(dir: string, ms: number): string {
  const path = join(dir, "slow-fs.mjs");
  writeFileSync(
    path,
    [
      'import fs from "node:fs";',
      'import { syncBuiltinESMExports } from "node:module";',
      `const wait = () => new Promise((resolve) => setTimeout(resolve, ${ms}));`,
      "const { rename, writeFile } = fs.promises;",
      "fs.promises.rename = async (...args) => { await wait(); return rename(...args); };",
      "fs.promises.writeFile = async (...args) => { await wait(); return writeFile(...args); };",
      "syncBuiltinESMExports();",
      "",
    ].join("\n"),
  );
  return path;
}

/** Every entry below `dir` (folders included, links not followed) with its kind and bytes. */
export function tree(dir: string, skip: (path: string) => boolean = () => false): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/");
    if (skip(path)) continue;
    const info = lstatSync(join(dir, path));
    found.set(
      path,
      info.isFile() ? readFileSync(join(dir, path), "latin1") : info.isDirectory() ? "<folder>" : "<other>",
    );
  }
  return found;
}

/** Whether two trees hold the same entries with the same bytes. */
export function sameTree(a: Map<string, string>, b: Map<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [path, bytes] of a) if (b.get(path) !== bytes) return false;
  return true;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
