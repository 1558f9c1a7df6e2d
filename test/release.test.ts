/**
 * The 2.0.0 release against the published 1.0.0 catalog, tag-free:
 * test/fixtures/errors-1.0.0.yaml is spec/errors.yaml as released in 1.0.0
 * (before retryable and errorClass were required). `npm run diff -- --strict`
 * against it must pass with the current version, package.json must carry the
 * same version, and CHANGELOG.md must hold the diff's own changelog entry.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../generators/catalog/load-catalog.ts";
import { diffCatalogs, isBumpEnough } from "../generators/diff/classify.ts";
import { formatChangelog } from "../generators/diff/format.ts";
import { fixture, loadFile, ROOT, runCli } from "./helpers.ts";

const BASE_FILE = "test/fixtures/errors-1.0.0.yaml";
const baseText = readFileSync(fixture("errors-1.0.0.yaml"), "utf8");
const head = loadFile(`${ROOT}/spec/errors.yaml`);
const pkg = JSON.parse(readFileSync(`${ROOT}/package.json`, "utf8")) as { version: string };

function loadBase() {
  const { catalog, diagnostics } = loadCatalog(baseText, BASE_FILE, { earlierSchema: true });
  if (catalog === undefined) throw new Error(diagnostics.map((d) => d.message).join("\n"));
  return catalog;
}

describe("catalog 2.0.0 against the 1.0.0 fixture", () => {
  it("the fixture is the 1.0.0 catalog, which today's schema rejects only for the two new required fields", () => {
    expect(loadBase().version).toBe("1.0.0");
    expect(loadBase().errors).toHaveLength(73);
    const strict = loadCatalog(baseText, BASE_FILE);
    expect(strict.catalog).toBeUndefined();
    const missing = new Set(strict.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.rule} ${/"(\w+)"$/.exec(d.message)?.[1]}`));
    expect([...missing].sort()).toEqual(["missing-property errorClass", "missing-property retryable"]);
  });

  it("needs a major bump (1201's wire message changed), and the version and package.json have it", () => {
    const diff = diffCatalogs(loadBase(), head);
    expect(diff.bump).toBe("major");
    expect(diff.changes.filter((c) => c.class === "major").map((c) => `${c.kind} ${c.code}`)).toEqual(["message-changed 1201"]);
    expect(head.version).toBe("2.0.0");
    expect(pkg.version).toBe(head.version);
    expect(isBumpEnough("1.0.0", head.version, diff.bump)).toBe(true);
    expect(isBumpEnough("1.0.0", "1.1.0", diff.bump)).toBe(false);
  });

  it("lists 17 codes added, and a retryable and an error class given to each of the 73 kept", () => {
    const diff = diffCatalogs(loadBase(), head);
    const count = (kind: string) => diff.changes.filter((c) => c.kind === kind).length;
    expect(count("code-added")).toBe(17);
    expect(count("error-class-changed")).toBe(73);
    expect(diff.changes.filter((c) => c.kind === "hint-changed" && c.detail.startsWith("retryable ")).length).toBe(73);
    expect(count("code-removed") + count("code-retired") + count("name-changed")).toBe(0);
  });

  it("npm run diff -- --strict passes against the fixture", () => {
    const run = runCli(["--strict", BASE_FILE], ROOT, "commands/diff.ts");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe("bump: major (190 changes)");
  });

  it("CHANGELOG.md holds the diff's changelog entry for this version, with its fixed date", () => {
    const changelog = readFileSync(`${ROOT}/CHANGELOG.md`, "utf8");
    const date = new RegExp(`^## \\[${head.version.replace(/\./g, "\\.")}\\] - (\\d{4}-\\d{2}-\\d{2})$`, "m").exec(changelog)?.[1];
    expect(date).toBeDefined();
    expect(changelog).toContain(formatChangelog(diffCatalogs(loadBase(), head), head.version, date ?? ""));
  });
});
