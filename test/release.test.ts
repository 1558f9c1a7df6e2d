/**
 * The releases, tag-free. test/fixtures/errors-<version>.yaml is
 * spec/errors.yaml as released in that version (1.0.0 before retryable and
 * errorClass were required); the working catalog carries the version of
 * package.json: the newest release, or the one being made. `npm run diff -- --strict` against
 * every earlier release must pass with the current version, and CHANGELOG.md
 * must hold, for each release, the diff's own entry against the one before.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../generators/catalog/load-catalog.ts";
import type { Catalog } from "../generators/catalog/types.ts";
import { diffCatalogs, isBumpEnough } from "../generators/diff/classify.ts";
import { formatChangelog } from "../generators/diff/format.ts";
import { fixture, loadFile, ROOT, runCli } from "./helpers.ts";

/** Every published release, oldest first: each has its fixture, test/fixtures/errors-<version>.yaml. */
const RELEASED = readdirSync(`${ROOT}/test/fixtures`)
  .flatMap((name) => /^errors-(\d+\.\d+\.\d+)\.yaml$/.exec(name)?.[1] ?? [])
  .sort((a, b) => {
    const [x, y] = [a, b].map((v) => v.split(".").map(Number)) as [number[], number[]];
    return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
  });
const fixtureFile = (version: string) => `test/fixtures/errors-${version}.yaml`;

const head = loadFile(`${ROOT}/spec/errors.yaml`);
const pkg = JSON.parse(readFileSync(`${ROOT}/package.json`, "utf8")) as { version: string };
const changelog = readFileSync(`${ROOT}/CHANGELOG.md`, "utf8");

/** A released catalog, read as `npm run diff` reads it (earlier schemas accepted). */
function loadRelease(version: string): Catalog {
  const text = readFileSync(fixture(`errors-${version}.yaml`), "utf8");
  const { catalog, diagnostics } = loadCatalog(text, fixtureFile(version), { earlierSchema: true });
  if (catalog === undefined) throw new Error(diagnostics.map((d) => d.message).join("\n"));
  return catalog;
}

/** Each release after the first with the one before it, and the working catalog when it is not released yet. */
const unreleased = !RELEASED.includes(head.version);
const steps = [...RELEASED.slice(1).map(loadRelease), ...(unreleased ? [head] : [])].map((after, i) => ({
  before: loadRelease(RELEASED[i] as string),
  after,
}));

/** The date CHANGELOG.md gives `version`, or undefined when it has no entry. */
const dateOf = (version: string) =>
  new RegExp(`^## \\[${version.replace(/\./g, "\\.")}\\] - (\\d{4}-\\d{2}-\\d{2})$`, "m").exec(changelog)?.[1];

describe("the releases", () => {
  it("the 1.0.0 fixture is the 1.0.0 catalog, which today's schema rejects for the fields required since", () => {
    const base = loadRelease("1.0.0");
    expect(base.version).toBe("1.0.0");
    expect(base.errors).toHaveLength(73);
    const strict = loadCatalog(readFileSync(fixture("errors-1.0.0.yaml"), "utf8"), fixtureFile("1.0.0"));
    expect(strict.catalog).toBeUndefined();
    const missing = new Set(
      strict.diagnostics
        .filter((d) => d.severity === "error")
        .map((d) => `${d.rule} ${/"(\w+)"$/.exec(d.message)?.[1]}`),
    );
    expect([...missing].sort()).toEqual([
      "missing-property errorClass",
      "missing-property retryable",
      "missing-property source",
    ]);
  });

  it("each fixture carries the version it is named for, and the catalog the version of package.json", () => {
    for (const version of RELEASED) expect(loadRelease(version).version).toBe(version);
    expect(head.version).toBe(pkg.version);
    // The working catalog is the newest release, or a version after it.
    // originLocale (issue 28) declares how the catalog is translated, not what it says: it needs no release.
    const { originLocale: _head, ...said } = head;
    if (!unreleased) {
      const { originLocale: _release, ...released } = loadRelease(head.version);
      expect(said).toEqual({ ...released, source: head.source });
    } else expect(isBumpEnough(RELEASED.at(-1) as string, head.version, "patch")).toBe(true);
  });

  it("2.0.0 needed a major bump (1201's wire message changed) and gave 73 codes a retryable and an error class", () => {
    const diff = diffCatalogs(loadRelease("1.0.0"), loadRelease("2.0.0"));
    expect(diff.bump).toBe("major");
    expect(diff.changes.filter((c) => c.class === "major").map((c) => `${c.kind} ${c.code}`)).toEqual([
      "message-changed 1201",
    ]);
    const count = (kind: string) => diff.changes.filter((c) => c.kind === kind).length;
    expect(count("code-added")).toBe(17);
    expect(count("error-class-changed")).toBe(73);
    expect(diff.changes.filter((c) => c.kind === "hint-changed" && c.detail.startsWith("retryable ")).length).toBe(73);
    expect(count("code-removed") + count("code-retired") + count("name-changed")).toBe(0);
  });

  it.each(steps.map((step) => [step.after.version, step.before.version, step] as const))(
    "%s is bumped enough over %s, and CHANGELOG.md holds the diff's entry for it",
    (version, _previous, { before, after }) => {
      const diff = diffCatalogs(before, after);
      expect(isBumpEnough(before.version, version, diff.bump)).toBe(true);
      const date = dateOf(version);
      expect(date).toBeDefined();
      expect(changelog).toContain(formatChangelog(diff, version, date ?? ""));
    },
  );

  it.each(RELEASED.map((version) => [version]))("npm run diff -- --strict passes against %s", (version) => {
    const run = runCli(["--strict", fixtureFile(version)], ROOT, "commands/diff.ts");
    // Warnings (a partial locale) may be printed; no error.
    expect(run.stderr).not.toMatch(/ error /);
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n")[0]).toMatch(/^bump: (major|minor|patch|none) \(\d+ changes?\)$/);
  });
});
