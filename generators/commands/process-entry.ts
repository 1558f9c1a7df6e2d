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

/** How long a run goes on before it shows progress. */
const PROGRESS_AFTER_MS = 2000;

/**
 * Progress on one line of a terminal, shown once a run has taken about two
 * seconds and cleared before anything else is printed; nothing in CI or when
 * stderr is not a terminal.
 */
function terminalProgress(): { show?: (text: string) => void; erase: () => void; stop: () => void } {
  if (!process.stderr.isTTY || process.env.CI) return { erase: () => undefined, stop: () => undefined };
  const started = Date.now();
  let latest = "";
  let shown = false;
  const draw = () => {
    process.stderr.write(`\r\u001b[2K${latest}...`);
    shown = true;
  };
  const timer = setTimeout(draw, PROGRESS_AFTER_MS);
  timer.unref();
  return {
    show: (text) => {
      latest = text;
      if (Date.now() - started >= PROGRESS_AFTER_MS) draw();
    },
    erase: () => {
      if (shown) process.stderr.write("\r\u001b[2K");
      shown = false;
    },
    stop: () => clearTimeout(timer),
  };
}

export function runAsProcess(command: (argv: readonly string[], io: CliIo) => Promise<number>): void {
  const progress = terminalProgress();
  const out = (stream: NodeJS.WriteStream) => (text: string) => {
    progress.erase();
    stream.write(text);
  };
  const io: CliIo = {
    cwd: process.cwd(),
    stdout: out(process.stdout),
    stderr: out(process.stderr),
    ...(progress.show && { progress: progress.show }),
  };
  command(process.argv.slice(2), io).then(
    (code) => {
      progress.stop();
      progress.erase();
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `internal error (a bug in coinone-error-codes; please report ` +
          `it):\n${error instanceof Error ? (error.stack ?? error.message) : inspect(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
