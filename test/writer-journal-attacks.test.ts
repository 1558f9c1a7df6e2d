/**
 * Issue 23, finding 1: a journal and a staging folder committed into the
 * output folder are no weapon. Recovery refuses a step whose path has `..`,
 * `.`, empty or absolute parts or passes through a link (on the full path,
 * not up to the first missing part), never moves a file out of a staging
 * folder reached through a link, deletes only files whose staged copy it
 * holds, and --check changes nothing on disk: it names the leftovers and
 * says to run generate, which recovers.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { OutputFile } from "../generators/output/files.ts";
import { checkOutputs, writeOutputs } from "../generators/output/writer.ts";
import { tree } from "./output-runs.ts";

const FILES: OutputFile[] = [
  { path: "catalog.json", content: "{}\n" },
  { path: "i18n/en.json", content: '{ "1": "one" }\n' },
];
const VICTIM = "victim bytes: must never change\n";
const STAGING = ".coinone-staging-0123456789abcdef01234567";

let work: string;
let out: string;
beforeEach(async () => {
  work = mkdtempSync(join(tmpdir(), "coinone-journal-attacks-"));
  out = join(work, "out");
  mkdirSync(join(work, "outside"));
  writeFileSync(join(work, "outside", "victim.txt"), VICTIM);
  writeFileSync(join(work, "outside", "catalog.json"), VICTIM);
  await writeOutputs(out, FILES);
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

type Step = { path: string; action: "write" | "delete"; old: boolean };
const plantJournal = (steps: Step[]) =>
  writeFileSync(join(out, ".coinone-journal"), `${JSON.stringify({ staging: STAGING, steps })}\n`);
const stagingPath = (...parts: string[]) => join(out, STAGING, ...parts);
const outside = () => tree(join(work, "outside"));
/** The run's error message, or "done". */
const outcome = (run: Promise<unknown>) =>
  run.then(
    () => "done",
    (error: Error) => error.message,
  );

describe("1: journal recovery follows no link and deletes only what it staged", () => {
  it("1: a delete step behind a missing part (nosuch/../link/victim.txt) never reaches through the link", async () => {
    symlinkSync("../outside", join(out, "link"));
    plantJournal([{ path: "nosuch/../link/victim.txt", action: "delete", old: true }]);
    const result = await outcome(writeOutputs(out, FILES));
    expect(readFileSync(join(work, "outside", "victim.txt"), "utf8")).toBe(VICTIM);
    expect(result).toMatch(/error output-journal: /);
  });

  it("1: a write step behind a missing part never overwrites the file the link points to", async () => {
    symlinkSync("../outside", join(out, "link"));
    mkdirSync(stagingPath("new", "link"), { recursive: true });
    writeFileSync(stagingPath("new", "link", "victim.txt"), "planted bytes\n");
    plantJournal([{ path: "nosuch/../link/victim.txt", action: "write", old: false }]);
    const result = await outcome(writeOutputs(out, FILES));
    expect(readFileSync(join(work, "outside", "victim.txt"), "utf8")).toBe(VICTIM);
    expect(result).toMatch(/error output-journal: /);
  });

  it.each(["new", "old"])(
    "1: a staging folder whose %s/ links outside moves no outside file and deletes nothing",
    async (side) => {
      mkdirSync(stagingPath(), { recursive: true });
      symlinkSync("../../outside", stagingPath(side));
      plantJournal([{ path: "catalog.json", action: side === "new" ? "write" : "delete", old: true }]);
      const before = outside();
      const result = await outcome(writeOutputs(out, FILES));
      expect(outside()).toEqual(before);
      expect(readFileSync(join(out, "catalog.json"), "utf8")).toBe("{}\n");
      expect(result).toMatch(/error output-journal: /);
    },
  );

  it("1: a delete step with no staging folder at all leaves the user's file alone", async () => {
    writeFileSync(join(out, "NOTES.md"), "the user's notes\n");
    plantJournal([{ path: "NOTES.md", action: "delete", old: true }]);
    await writeOutputs(out, FILES);
    expect(readFileSync(join(out, "NOTES.md"), "utf8")).toBe("the user's notes\n");
    expect(existsSync(join(out, ".coinone-journal"))).toBe(false);
  });

  it("1: a delete step whose staged copy differs from the file leaves the file alone", async () => {
    writeFileSync(join(out, "NOTES.md"), "the user's notes\n");
    mkdirSync(stagingPath("old"), { recursive: true });
    writeFileSync(stagingPath("old", "NOTES.md"), "other bytes\n");
    plantJournal([{ path: "NOTES.md", action: "delete", old: true }]);
    await writeOutputs(out, FILES);
    expect(readFileSync(join(out, "NOTES.md"), "utf8")).toBe("the user's notes\n");
  });

  it.each(["a/./catalog.json", "a//catalog.json", "/etc/passwd", "i18n/../catalog.json", "catalog.json/", "."])(
    "1: a step named %j is refused as a whole, and nothing changes",
    async (path) => {
      mkdirSync(stagingPath("old", "i18n"), { recursive: true });
      writeFileSync(stagingPath("old", "catalog.json"), "{}\n");
      plantJournal([{ path, action: "delete", old: true }]);
      await expect(writeOutputs(out, FILES, { shown: "out" })).rejects.toThrow(
        /^out\/\.coinone-journal: error output-journal: /,
      );
      expect(readFileSync(join(out, "catalog.json"), "utf8")).toBe("{}\n");
    },
  );

  it("1: --check changes nothing on disk: it names the leftover journal and says to run generate", async () => {
    symlinkSync("../outside", join(out, "link"));
    writeFileSync(join(out, "NOTES.md"), "the user's notes\n");
    mkdirSync(stagingPath("new", "link"), { recursive: true });
    writeFileSync(stagingPath("new", "link", "victim.txt"), "planted bytes\n");
    plantJournal([
      { path: "NOTES.md", action: "delete", old: true },
      { path: "nosuch/../link/victim.txt", action: "write", old: false },
    ]);
    const before = tree(work);
    await expect(checkOutputs(out, FILES, { shown: "out" })).rejects.toThrow(
      /^out\/\.coinone-journal: error output-interrupted: .*run `npm run generate`/,
    );
    expect(tree(work)).toEqual(before);
  });

  it("1: --check with only a leftover staging folder changes nothing either", async () => {
    mkdirSync(stagingPath("new"), { recursive: true });
    writeFileSync(stagingPath("new", "catalog.json"), "half");
    const before = tree(work);
    await expect(checkOutputs(out, FILES, { shown: "out" })).rejects.toThrow(/error output-interrupted: /);
    expect(tree(work)).toEqual(before);
  });
});
