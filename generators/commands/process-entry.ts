/**
 * Runs a command as the process: the real working folder and output streams,
 * its result as the exit code, and a bug in the tool reported as such
 * (with its stack) instead of an unhandled rejection.
 */
import { inspect } from "node:util";
import type { CliIo } from "./generate.ts";

/**
 * A reader that stops early (`generate --help | head -3`) closes the pipe:
 * that ends the command quietly, as for any Unix tool, not with an EPIPE stack.
 */
export function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
}

export function runAsProcess(command: (argv: readonly string[], io: CliIo) => Promise<number>): void {
  const io: CliIo = { cwd: process.cwd(), stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) };
  command(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`internal error (a bug in coinone-error-codes; please report it):\n${error instanceof Error ? (error.stack ?? error.message) : inspect(error)}\n`);
      process.exitCode = 1;
    },
  );
}
