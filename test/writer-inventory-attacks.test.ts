/**
 * Issue 23, finding 2: the inventory (`.coinone-files`) gets no file deleted
 * that generate did not write. A stale file is removed only while its bytes
 * still match the hash recorded when it was written; lines without a hash,
 * or with another file's hash, name files that are reported and left alone.
 * Output paths with control characters, line breaks or lone surrogates are
 * located targets-file errors (they could forge inventory lines), and the
 * writer refuses them too.
 */
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { OutputFile } from "../generators/output/files.ts";
import { checkOutputs, writeOutputs } from "../generators/output/writer.ts";
import { outputPathProblem } from "../generators/targets-file/output-paths.ts";
import { loadTargets } from "../generators/targets-file/load-targets.ts";
import { runTargets } from "../generators/targets-file/run-targets.ts";
import { fixture, loadFile } from "./helpers.ts";

const FILES: OutputFile[] = [
  { path: "catalog.json", content: "{}\n" },
  { path: "i18n/en.json", content: '{ "1": "one" }\n' },
  { path: "i18n/ko.json", content: '{ "1": "하나" }\n' },
];

let out: string;
beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), "coinone-inventory-attacks-"));
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

describe("2: the inventory deletes only what generate wrote", () => {
  it("2: extra lines (a bare README.md, extra/data.json with a wrong hash) get no user file deleted", async () => {
    await writeOutputs(out, FILES);
    writeFileSync(join(out, "README.md"), "the user's readme\n");
    mkdirSync(join(out, "extra"));
    writeFileSync(join(out, "extra", "data.json"), "[1]\n");
    appendFileSync(join(out, ".coinone-files"), `README.md\n${"0".repeat(64)}  extra/data.json\n`);
    const check = await checkOutputs(out, FILES);
    expect(check.noLongerGenerated).toEqual([]);
    expect(check.unknown).toEqual(["README.md", "extra/data.json"]);
    await writeOutputs(out, FILES);
    expect(readFileSync(join(out, "README.md"), "utf8")).toBe("the user's readme\n");
    expect(readFileSync(join(out, "extra", "data.json"), "utf8")).toBe("[1]\n");
  });

  it("2: a file no longer generated is removed only while its bytes match the recorded hash", async () => {
    await writeOutputs(out, FILES);
    writeFileSync(join(out, "i18n", "ko.json"), "edited by hand\n");
    const fewer = FILES.filter((file) => file.path !== "i18n/ko.json" && file.path !== "catalog.json");
    const survey = await writeOutputs(out, fewer);
    expect(survey.noLongerGenerated).toEqual(["catalog.json"]);
    expect(existsSync(join(out, "catalog.json"))).toBe(false);
    expect(readFileSync(join(out, "i18n", "ko.json"), "utf8")).toBe("edited by hand\n");
    expect((await checkOutputs(out, fewer)).unknown).toEqual(["i18n/ko.json"]);
  });

  it.each([
    ["notes\nREADME.md", "line break"],
    ["notes\rREADME.md", "line break"],
    ["a\u2028b.txt", "line break"],
    ["tab\there.txt", "control character"],
    ["bell\u0007.txt", "control character"],
    ["c1\u0085.txt", "control character"],
    ["lone\uD800.txt", "lone surrogate"],
    ["lone\uDC00.txt", "lone surrogate"],
  ])("2: the output path %j is refused (%s)", async (path, what) => {
    expect(outputPathProblem(path)).toContain(what);
    await expect(writeOutputs(out, [...FILES, { path, content: "x" }], { shown: "out" })).rejects.toThrow(
      /error output-path: /,
    );
    expect(existsSync(join(out, ".coinone-files"))).toBe(false);
  });

  it("2: a pair of surrogates (an emoji) is a valid path", () => {
    expect(outputPathProblem("emoji-\u{1F600}.txt")).toBeUndefined();
  });

  it("2: a template path with a line break is a located targets-file error", () => {
    const text = 'targets:\n  - name: notes\n    template: t.hbs\n    path: "notes\\nREADME.md"\n';
    const { diagnostics } = loadTargets(text, "spec/targets.yaml");
    expect(diagnostics.map((d) => `${d.line}:${d.col} ${d.rule}: ${d.message}`)).toEqual([
      '4:11 path-outside-out: output path "notes\\nREADME.md" holds a line break: it would forge lines of the ' +
        "inventory (.coinone-files)",
    ]);
  });

  it("2: a plugin path with a lone surrogate is a located targets-file error naming the entry", async () => {
    writeFileSync(join(out, "p.mjs"), 'export default () => [{ path: "x\\uD800.txt", content: "x" }];\n');
    const { entries } = loadTargets("targets:\n  - name: odd\n    plugin: p.mjs\n", "spec/targets.yaml");
    const result = await runTargets(loadFile(fixture("minimal.yaml"), "spec.yaml"), entries ?? [], {
      cwd: out,
      file: "spec/targets.yaml",
    });
    expect(result.diagnostics.map((d) => `${d.line}:${d.col} ${d.rule}: ${d.message}`)).toEqual([
      '3:13 path-outside-out: entry "odd" writes "x\\ud800.txt", which holds a lone surrogate: not valid Unicode, ' +
        "the file system would store another name",
    ]);
  });
});
