/**
 * Entry point of `npm run generate`. When nothing changed since the last
 * run (up-to-date.ts) it says so without loading the command, its parsers
 * and generators; otherwise it runs the command itself (generate.ts).
 */
import { upToDate } from "./up-to-date.ts";
import { quietOnClosedPipe, runAsProcess } from "./process-entry.ts";

quietOnClosedPipe();
const answer = await upToDate(process.argv.slice(2), process.cwd()).catch(() => undefined);
if (answer !== undefined) process.stdout.write(answer);
else runAsProcess((await import("./generate.ts")).main);
