/**
 * Issue 23, finding 5: the writer's own names (.lock, .lock.*, .coinone-*)
 * and a file that another entry needs as a folder are located targets-file
 * errors naming the entries, and the writer refuses them too; an owned
 * output path that turns from a file into a folder (or back) between runs is
 * handled by generate alone; a spec whose name starts with `..` inside the
 * output folder is inside it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { specInsideOutput } from "../generators/commands/paths.ts";
import type { OutputFile } from "../generators/output/files.ts";
import { checkOutputs, writeOutputs } from "../generators/output/writer.ts";
import { outputPathProblem, pathClashes } from "../generators/targets-file/output-paths.ts";
import { loadTargets } from "../generators/targets-file/load-targets.ts";
import { runTargets } from "../generators/targets-file/run-targets.ts";
import { fixture, listFiles, loadFile } from "./helpers.ts";

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "coinone-reserved-"));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const catalog = loadFile(fixture("minimal.yaml"), "spec.yaml");

let plugins = 0;
/** Runs plugins returning the given paths, one entry each, and returns the diagnostics as `line:col rule: message`. */
async function diagnosticsFor(...paths: string[][]): Promise<string[]> {
  let targets = "targets:\n";
  paths.forEach((list, index) => {
    // A new module name each time: Node caches modules by their URL.
    const name = `p${(plugins += 1)}.mjs`;
    writeFileSync(
      join(work, name),
      `export default () => ${JSON.stringify(list.map((path) => ({ path, content: "x\n" })))};\n`,
    );
    targets += `  - name: e${index}\n    plugin: ${name}\n`;
  });
  const { entries } = loadTargets(targets, "spec/targets.yaml");
  const result = await runTargets(catalog, entries ?? [], { cwd: work, file: "spec/targets.yaml" });
  return result.diagnostics.map((d) => `${d.line}:${d.col} ${d.rule}: ${d.message}`);
}

describe("5: reserved and clashing output paths", () => {
  it.each([
    ".lock",
    ".coinone-journal",
    ".coinone-journal.notes",
    ".coinone-staging-x/a.txt",
    ".lock.stale-1",
    ".coinone-files",
    ".LOCK",
    ".Coinone-Files",
  ])("5: %j is a located targets-file error naming the entry, and the writer refuses it", async (path) => {
    expect(outputPathProblem(path)).toBe("is a name the writer keeps for its own files (.lock, .lock.*, .coinone-*)");
    expect(await diagnosticsFor([path])).toEqual([
      `3:13 path-outside-out: entry "e0" writes ${JSON.stringify(path)}, which is a name the writer keeps for its ` +
        `own files (.lock, .lock.*, .coinone-*)`,
    ]);
    await expect(writeOutputs(join(work, "out"), [{ path, content: "x" }], { shown: "out" })).rejects.toThrow(
      /^out\/.*: error output-path: /,
    );
  });

  it("5: reserved names are reserved at the top of the output folder only", () => {
    expect(outputPathProblem("docs/.lock")).toBeUndefined();
    expect(outputPathProblem("docs/.coinone-files")).toBeUndefined();
    expect(outputPathProblem(".locksmith/a.txt")).toBeUndefined();
  });

  it("5: a file that another entry needs as a folder is a located error naming both entries", async () => {
    expect(
      pathClashes([
        { entry: "a", files: [{ path: "i18n", content: "" }] },
        { entry: "b", files: [{ path: "i18n/en.json", content: "" }] },
      ]),
    ).toHaveLength(1);
    expect(await diagnosticsFor(["i18n"], ["I18N/en.json"])).toEqual([
      '5:13 duplicate-output: entry "e1" writes "I18N/en.json", which needs "I18N" as a folder, but entry "e0" ' +
        '(2:5) writes the file "i18n"',
    ]);
    expect(await diagnosticsFor(["i18n/en.json"], ["i18n"])).toEqual([
      '5:13 duplicate-output: entry "e1" writes the file "i18n", but entry "e0" (2:5) writes "i18n/en.json", ' +
        "which needs it as a folder",
    ]);
    const files: OutputFile[] = [
      { path: "i18n", content: "x" },
      { path: "i18n/en.json", content: "y" },
    ];
    await expect(writeOutputs(join(work, "out"), files, { shown: "out" })).rejects.toThrow(
      /^out\/i18n: error output-path: /,
    );
  });

  it("5: an owned file that becomes a folder between runs, and back, is handled by generate alone", async () => {
    const out = join(work, "out");
    const asFile: OutputFile[] = [
      { path: "catalog.json", content: "{}\n" },
      { path: "i18n", content: "one file\n" },
    ];
    const asFolder: OutputFile[] = [
      { path: "catalog.json", content: "{}\n" },
      { path: "i18n/en.json", content: "{}\n" },
      { path: "i18n/ko/x.json", content: "{}\n" },
    ];
    await writeOutputs(out, asFile);
    const check = await checkOutputs(out, asFolder);
    expect(check.noLongerGenerated).toEqual(["i18n"]);
    expect(check.statuses.filter((s) => s.state !== "unchanged").map((s) => `${s.state} ${s.path}`)).toEqual([
      "missing i18n/en.json",
      "missing i18n/ko/x.json",
      "stale .coinone-files",
    ]);
    await writeOutputs(out, asFolder);
    expect(listFiles(out)).toEqual([".coinone-files", "catalog.json", "i18n/en.json", "i18n/ko/x.json"]);
    expect((await checkOutputs(out, asFile)).noLongerGenerated).toEqual(["i18n/en.json", "i18n/ko/x.json"]);
    await writeOutputs(out, asFile);
    expect(listFiles(out)).toEqual([".coinone-files", "catalog.json", "i18n"]);
    expect(readFileSync(join(out, "i18n"), "utf8")).toBe("one file\n");
    expect((await checkOutputs(out, asFile)).statuses.every((s) => s.state === "unchanged")).toBe(true);
  });

  it("5: a folder that holds a file generate did not write stays a located error", async () => {
    const out = join(work, "out");
    await writeOutputs(out, [{ path: "i18n/en.json", content: "{}\n" }]);
    writeFileSync(join(out, "i18n", "mine.txt"), "the user's\n");
    await expect(writeOutputs(out, [{ path: "i18n", content: "x" }], { shown: "out" })).rejects.toThrow(
      /^out\/i18n: error output-is-folder: /,
    );
    expect(readFileSync(join(out, "i18n", "en.json"), "utf8")).toBe("{}\n");
  });

  it("5: --spec out/..spec/errors.yaml lies inside out/ (a name starting with `..` is not the parent folder)", () => {
    const message = specInsideOutput(
      join(work, "out", "..spec", "errors.yaml"),
      join(work, "out"),
      "out/..spec/errors.yaml",
      "out",
    );
    expect(message).toContain("lies inside the output folder out");
    expect(
      specInsideOutput(join(work, "spec", "errors.yaml"), join(work, "out"), "spec/errors.yaml", "out"),
    ).toBeUndefined();
    expect(
      specInsideOutput(join(work, "out-2", "errors.yaml"), join(work, "out"), "out-2/errors.yaml", "out"),
    ).toBeUndefined();
  });
});
