/** Entry point of `npm run generate`; the command itself is cli-main.ts. */
import { main } from "./cli-main.ts";

const io = { cwd: process.cwd(), stdout: (text: string) => process.stdout.write(text), stderr: (text: string) => process.stderr.write(text) };
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`internal error (a bug in coinone-error-codes; please report it):\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
