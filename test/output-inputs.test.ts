/**
 * Issue 11, findings 7, 8 and 9: the same catalog gives the same bytes from
 * any working folder (provenance is the spec's path relative to its
 * project, never absolute); a message of 150,000 backtick runs is written,
 * not an internal error; only a regular file is read as a catalog, and never
 * past the size limit.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { projectRoot, provenancePath, readSpec } from "../generators/commands/read-spec.ts";
import { fixture, listFiles, ROOT, runCli } from "./helpers.ts";

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "coinone-inputs-"));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const contents = (dir: string) =>
  Object.fromEntries(listFiles(dir).map((path) => [path, readFileSync(join(dir, path), "utf8")]));

describe("7: provenance never depends on the working folder", () => {
  it("--check from spec/ passes on the committed dist/", () => {
    const run = runCli(["--check", "--spec", "errors.yaml", "--out", "../dist"], join(ROOT, "spec"));
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it(
    "the project root, from the cwd, from spec/ and with an absolute " +
      "--spec give the same bytes, naming spec/errors.yaml",
    () => {
      mkdirSync(join(work, "spec"));
      cpSync(join(ROOT, "spec", "errors.yaml"), join(work, "spec", "errors.yaml"));
      writeFileSync(join(work, "package.json"), JSON.stringify({ name: "x", version: "1.0.0" }));
      expect(runCli(["--out", "a"], work).status).toBe(0);
      expect(runCli(["--spec", "errors.yaml", "--out", "../b"], join(work, "spec")).status).toBe(0);
      expect(runCli(["--spec", join(work, "spec", "errors.yaml"), "--out", join(work, "c")], tmpdir()).status).toBe(0);
      const a = contents(join(work, "a"));
      expect(contents(join(work, "b"))).toEqual(a);
      expect(contents(join(work, "c"))).toEqual(a);
      expect(a["index.ts"]).toContain("// Generated from spec/errors.yaml by coinone-error-codes.");
      expect(JSON.parse(a["catalog.json"] as string).provenance.spec).toBe("spec/errors.yaml");
      for (const [path, text] of Object.entries(a)) expect(text.includes(work), path).toBe(false);
    },
  );

  it("without a package.json the spec's own folder is the project", async () => {
    mkdirSync(join(work, "deep", "er"), { recursive: true });
    cpSync(fixture("minimal.yaml"), join(work, "deep", "er", "demo.yaml"));
    expect(await projectRoot(join(work, "deep", "er", "demo.yaml"))).toBe(join(work, "deep", "er"));
    expect(await provenancePath(join(work, "deep", "er", "demo.yaml"))).toBe("demo.yaml");
    expect(runCli(["--spec", join(work, "deep", "er", "demo.yaml"), "--out", "out"], work).status).toBe(0);
    expect(readFileSync(join(work, "out", "index.ts"), "utf8")).toContain(
      "// Generated from demo.yaml by coinone-error-codes.",
    );
    expect(await provenancePath(join(ROOT, "spec", "errors.yaml"))).toBe("spec/errors.yaml");
  });
});

describe("8: Markdown from pathological text", () => {
  it("a 300 KB message of 150,000 backtick runs is written in a code span, not an internal error", () => {
    // Ends in a letter: a message with a space at either end is written as escaped text (MD038), not a code span.
    const message = `${"` ".repeat(150_000)}x`;
    const text = readFileSync(fixture("minimal.yaml"), "utf8").replace(
      "message: Server error",
      `message: ${JSON.stringify(message)}`,
    );
    writeFileSync(join(work, "spec.yaml"), text);
    const run = runCli(["--spec", "spec.yaml", "--out", "out"], work);
    expect(run.stderr).not.toContain("internal error");
    expect(run.status).toBe(0);
    const docs = readFileSync(join(work, "out", "docs", "errors.en.md"), "utf8");
    // A run of one backtick needs a fence of two; the text starts with a backtick, so it is padded.
    expect(docs.includes(`| \`\` ${message} \`\` |`), "the message in a code span").toBe(true);
  });
});

describe("9: only a regular file is a catalog, read up to the limit", () => {
  it.each([
    ["/dev/zero", "it is a device, not a catalog file"],
    ["/dev/null", "it is a device, not a catalog file"],
    [".", "it is a folder, not a catalog file"],
  ])("--spec %s is a usage error, exit 2", (spec, reason) => {
    const run = runCli(["--spec", spec, "--out", "out"], work);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(reason);
    expect(run.stderr).not.toMatch(/^\s+at\s/m);
    expect(listFiles(work)).toEqual([]);
  });

  it("a FIFO is a usage error, exit 2, without waiting for a writer", () => {
    expect(spawnSync("mkfifo", [join(work, "pipe.yaml")]).status).toBe(0);
    const run = runCli(["--spec", "pipe.yaml", "--out", "out"], work);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      "error: cannot read the catalog pipe.yaml: it is a FIFO (named pipe), not a catalog file",
    );
  });

  it("reading stops past the limit even when stat says 0 bytes", async () => {
    // Files in /proc are regular files whose size is 0 for stat.
    const result = await readSpec("/proc/self/maps", 64);
    expect(result).toEqual({ kind: "too-large", size: 65 });
    const whole = await readSpec(fixture("minimal.yaml"), 1_000_000);
    expect(whole.kind === "ok" && whole.bytes.equals(readFileSync(fixture("minimal.yaml")))).toBe(true);
  });
});
