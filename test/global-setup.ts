/**
 * Builds the generator once before any test runs, so that no test's first
 * CLI run builds it (and prints the build's note on stderr) while others wait.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./helpers.ts";

export default function setup(): void {
  execFileSync(process.execPath, [join(ROOT, "scripts", "run-built.mjs"), "--build"], { stdio: "inherit" });
}
