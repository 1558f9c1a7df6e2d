/**
 * Issue 23, finding 4: whether the lock's run is alive is never judged by
 * its pid, which means nothing in another PID namespace (every container's
 * first process is pid 1). A lock nobody holds is stale whatever pid it
 * records, our own and pid 1 included; a lock a live run holds stops a
 * second run whatever pid it records; a run killed with SIGKILL leaves a
 * lock the next run reclaims.
 */
import { spawn } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { OutputFile } from "../generators/output/files.ts";
import { acquireLock } from "../generators/output/lock.ts";
import { checkOutputs, writeOutputs } from "../generators/output/writer.ts";
import { ROOT } from "./helpers.ts";

const FILES: OutputFile[] = [{ path: "catalog.json", content: "{}\n" }];
const NEXT: OutputFile[] = [{ path: "catalog.json", content: "{ }\n" }];

let out: string;
beforeEach(async () => {
  out = mkdtempSync(join(tmpdir(), "coinone-lock-"));
  await writeOutputs(out, FILES);
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

/** Where a lock records its holder: the lock file itself, or the owner file in the lock folder. */
const recordOf = (lock: string) => (lstatSync(lock).isDirectory() ? join(lock, "owner") : lock);

describe("4: lock liveness holds across PID namespaces", () => {
  it.each([
    ["pid 1 (a run killed in another container)", () => 1],
    ["our own pid (a run killed in an earlier container)", () => process.pid],
  ])("4: a lock nobody holds that records %s is stale: generate reclaims it", async (_name, pid) => {
    writeFileSync(join(out, ".lock"), `pid ${pid()} since 2026-01-01T00:00:00.000Z\n`);
    await writeOutputs(out, NEXT);
    expect(readFileSync(join(out, "catalog.json"), "utf8")).toBe("{ }\n");
    expect(existsSync(join(out, ".lock"))).toBe(false);
  });

  it("4: a lock folder nobody holds that records our own pid is stale too", async () => {
    mkdirSync(join(out, ".lock"));
    writeFileSync(join(out, ".lock", "owner"), `pid ${process.pid} since 2026-01-01T00:00:00.000Z\n`);
    await writeOutputs(out, NEXT);
    expect(existsSync(join(out, ".lock"))).toBe(false);
  });

  it(
    "4: a live run's lock stops a second run even when " + "the pid it records is dead here (another namespace)",
    async () => {
      const lock = await acquireLock(out, "out");
      try {
        writeFileSync(recordOf(join(out, ".lock")), "pid 2147483646 since 2026-01-01T00:00:00.000Z\n");
        await expect(writeOutputs(out, NEXT, { shown: "out" })).rejects.toThrow(
          /^out\/\.lock: error output-locked: another generate is writing out\/ since 2026-01-01T00:00:00\.000Z \(pid 2147483646\)/,
        );
        await expect(checkOutputs(out, FILES, { shown: "out" })).rejects.toThrow(/error output-locked: /);
        expect(readFileSync(join(out, "catalog.json"), "utf8")).toBe("{}\n");
        expect(existsSync(join(out, ".lock"))).toBe(true);
      } finally {
        await lock.release();
      }
      expect(existsSync(join(out, ".lock"))).toBe(false);
      await writeOutputs(out, NEXT);
    },
  );

  it("4: the lock works in an output folder whose path is longer than a socket address", async () => {
    const deep = join(out, "x".repeat(60), "y".repeat(60), "out");
    mkdirSync(deep, { recursive: true });
    const lock = await acquireLock(deep, "deep");
    try {
      await expect(acquireLock(deep, "deep")).rejects.toThrow(/error output-locked: /);
    } finally {
      await lock.release();
    }
    await (await acquireLock(deep, "deep")).release();
  });

  it("4: a run killed with SIGKILL while holding the lock leaves a lock the next run reclaims", async () => {
    const loader = pathToFileURL(join(ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;
    const module = pathToFileURL(join(ROOT, "generators", "output", "lock.ts")).href;
    const script =
      `const { acquireLock } = await import(${JSON.stringify(module)}); await acquireLock(${JSON.stringify(out)}, ` +
      `"out");` +
      ` console.log("held"); setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ["--import", loader, "--input-type=module", "-e", script], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("held") && resolve());
      child.on("exit", () => reject(new Error("the child exited before it held the lock")));
    });
    await expect(writeOutputs(out, NEXT, { shown: "out" })).rejects.toThrow(/error output-locked: /);
    child.kill("SIGKILL");
    await new Promise((resolve) => child.on("close", resolve));
    await writeOutputs(out, NEXT);
    expect(readFileSync(join(out, "catalog.json"), "utf8")).toBe("{ }\n");
  });
});
