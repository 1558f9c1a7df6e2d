/**
 * Issue 11, finding 5, and issue 12 item 11: the output folder holds exactly
 * the artifacts. Files generate owns and no longer produces are removed (and
 * reported by --check as "stale (no longer generated)"), files it never
 * wrote are reported as unknown and left alone, leftovers of an interrupted
 * run are named by --check and cleaned by generate, a rewritten file keeps
 * its mode, a failed first write leaves no folder, and a live lock stops a
 * second run.
 */
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { acquireLock } from "../generators/output/lock.ts";
import { writeOutputs } from "../generators/output/writer.ts";
import type { WriterFs } from "../generators/output/writer.ts";
import * as fs from "node:fs/promises";
import { fixture, listFiles, loadFile, runCli, generateArtifacts } from "./helpers.ts";

let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "coinone-stale-"));
  cpSync(fixture("minimal.yaml"), join(work, "spec.yaml"));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const run = (...args: string[]) => runCli(["--spec", "spec.yaml", "--out", "out", ...args], work);
/** stderr without the catalog's own warnings (the fixture is deliberately out of code order). */
const withoutWarnings = (text: string) => text.replace(/^spec\.yaml:\d+:\d+ warning .*\n  hint: .*\n/gm, "");
const out = (...parts: string[]) => join(work, "out", ...parts);

/** The fixture without its Korean texts. */
function dropKorean(): void {
  const text = readFileSync(join(work, "spec.yaml"), "utf8");
  writeFileSync(
    join(work, "spec.yaml"),
    text
      .replace("locales: [en, ko]", "locales: [en]")
      .replace(/, ko: [^}]*\}/g, " }")
      .replace(/^\s+ko: .*\n/gm, ""),
  );
}

describe("stale and unknown files", () => {
  it(
    "5: a removed locale's files are reported by --check and removed " +
      "by generate; unknown files are reported and left alone",
    () => {
      expect(run().status).toBe(0);
      // The Korean files: i18n/ko.json, docs/errors.ko.md and the HTML reference's ko/ pages.
      const korean = listFiles(out()).filter((path) => /(^|\/)ko(\/|\.json$)|\.ko\.md$/.test(path));
      expect(korean).toContain("html/ko/index.html");
      dropKorean();
      writeFileSync(out("i18n", "leftover.json"), "{}\n");
      writeFileSync(out("catalog.json.new.4242.tmp"), "half a file");
      const check = run("--check");
      expect(check.status).toBe(1);
      expect(check.stderr).toContain("stale (no longer generated): out/docs/errors.ko.md\n");
      expect(check.stderr).toContain("stale (no longer generated): out/i18n/ko.json\n");
      expect(check.stderr).toContain("unknown (not generated, left alone): out/catalog.json.new.4242.tmp\n");
      expect(check.stderr).toContain("unknown (not generated, left alone): out/i18n/leftover.json\n");
      expect(check.stderr).toMatch(
        new RegExp(
          `generated files are stale or missing, ${korean.length} no longer generated; run \`npm run generate`,
        ),
      );
      expect(existsSync(out("i18n", "ko.json"))).toBe(true);

      const write = run();
      expect(write.status).toBe(0);
      expect(write.stdout).toMatch(new RegExp(`, removed ${korean.length} no longer generated\n$`));
      expect(existsSync(out("i18n", "ko.json"))).toBe(false);
      expect(existsSync(out("docs", "errors.ko.md"))).toBe(false);
      expect(readFileSync(out("i18n", "leftover.json"), "utf8")).toBe("{}\n");
      expect(readFileSync(out("catalog.json.new.4242.tmp"), "utf8")).toBe("half a file");

      const again = run("--check");
      expect(again.status).toBe(1);
      expect(withoutWarnings(again.stderr)).toBe(
        "unknown (not generated, left alone): out/catalog.json.new.4242.tmp\nunknown (not generated, left alone): " +
          "out/i18n/leftover.json\n" +
          "2 files in out are not generated from this catalog; remove them or pass another --out\n",
      );
      rmSync(out("i18n", "leftover.json"));
      rmSync(out("catalog.json.new.4242.tmp"));
      expect(run("--check").status).toBe(0);
    },
  );

  it("a folder emptied by removed files is removed too, and a catalog that regains a locale writes it back", () => {
    expect(run().status).toBe(0);
    const original = readFileSync(join(work, "spec.yaml"), "utf8");
    dropKorean();
    expect(run().status).toBe(0);
    writeFileSync(join(work, "spec.yaml"), original);
    expect(run().status).toBe(0);
    expect(run("--check").status).toBe(0);
    expect(listFiles(out())).toContain("i18n/ko.json");
  });

  it(
    "leftovers of an interrupted run (staging folder, journal temporary, " +
      "stale lock) are named by --check and removed by generate",
    () => {
      expect(run().status).toBe(0);
      mkdirSync(out(".coinone-staging-0123456789abcdef01234567", "new"), { recursive: true });
      writeFileSync(out(".coinone-staging-0123456789abcdef01234567", "new", "catalog.json"), "half");
      writeFileSync(out(".coinone-journal.0123.tmp"), "{");
      writeFileSync(out(".lock"), "pid 2147483646 since 2026-01-01T00:00:00.000Z\n");
      const check = run("--check");
      expect(check.status).toBe(1);
      expect(withoutWarnings(check.stderr)).toBe(
        "out/.coinone-staging-0123456789abcdef01234567: error output-interrupted: an interrupted generate left " +
          "out/.coinone-journal.0123.tmp, " +
          "out/.coinone-staging-0123456789abcdef01234567, out/.lock; --check changes nothing on disk " +
          "(run `npm run generate -- --spec spec.yaml --out out` to finish or remove what it left, then check " +
          "again); nothing was compared\n",
      );
      const write = run();
      expect(write.stderr).toContain("note: removed out/.coinone-journal.0123.tmp, left by an interrupted run\n");
      expect(write.stderr).toContain(
        "note: removed out/.coinone-staging-0123456789abcdef01234567, left by an interrupted run\n",
      );
      expect(write.status).toBe(0);
      expect(listFiles(out()).filter((path) => path.startsWith("."))).toEqual([".coinone-files"]);
      expect(run("--check").status).toBe(0);
    },
  );

  it("a live lock stops generate and --check with the lock message; nothing is written", async () => {
    expect(run().status).toBe(0);
    const lock = await acquireLock(out(), "out");
    try {
      writeFileSync(
        join(work, "spec.yaml"),
        readFileSync(join(work, "spec.yaml"), "utf8").replace("title:", "title: Changed"),
      );
      const before = readFileSync(out("catalog.json"), "utf8");
      for (const result of [run(), run("--check")]) {
        expect(result.status).toBe(1);
        expect(result.stderr).toMatch(
          /^out\/\.lock: error output-locked: another generate is writing out\/ since \S+ \(pid \d+\); retry or remove out\/\.lock/m,
        );
      }
      expect(readFileSync(out("catalog.json"), "utf8")).toBe(before);
    } finally {
      await lock.release();
    }
    expect(run().status).toBe(0);
  });
});

describe("issue 12 item 11", () => {
  it("a rewritten file keeps its mode", () => {
    expect(run().status).toBe(0);
    chmodSync(out("catalog.json"), 0o600);
    chmodSync(out("index.ts"), 0o751);
    writeFileSync(
      join(work, "spec.yaml"),
      readFileSync(join(work, "spec.yaml"), "utf8").replace("title:", "title: Changed"),
    );
    expect(run().stdout).toMatch(/^out: wrote \d+ files/);
    expect(readFileSync(out("catalog.json"), "utf8")).toContain("Changed");
    expect(statSync(out("catalog.json")).mode & 0o7777).toBe(0o600);
    expect(statSync(out("index.ts")).mode & 0o7777).toBe(0o751);
  });

  it("a failed first write leaves no folder behind, whichever step fails", async () => {
    const files = generateArtifacts(loadFile(fixture("minimal.yaml"), "spec.yaml"));
    // Each file is written once and renamed at most twice, plus the journal's steps.
    const bound = 3 * files.length + 20;
    for (let failAt = 1; failAt <= bound; failAt += 1) {
      let step = 0;
      const failing: WriterFs = {
        ...fs,
        writeFile: async (path, data, options) => {
          step += 1;
          if (step === failAt) throw Object.assign(new Error("injected"), { code: "EIO" });
          await fs.writeFile(path, data, options);
        },
        rename: async (from, to) => {
          step += 1;
          if (step === failAt) throw Object.assign(new Error("injected"), { code: "EIO" });
          await fs.rename(from, to);
        },
      };
      const target = join(work, "a", "b", "out");
      const result = await writeOutputs(target, files, { fs: failing }).then(
        () => "written",
        (error: Error) => error.message,
      );
      if (result === "written") {
        expect(failAt, "every step was tried").toBeGreaterThan(step);
        expect(listFiles(target)).toHaveLength(files.length + 1);
        return;
      }
      expect(result, `failure at step ${failAt}`).toMatch(/error output-io: injected/);
      expect(existsSync(join(work, "a")), `failure at step ${failAt}`).toBe(false);
    }
    throw new Error(`the write had more than ${bound} steps; raise the bound`);
  });
});
