/**
 * `npm run diff`: a table of (BASE, HEAD) catalog pairs with the changes and
 * verdict each must give, the command on files and on git revisions of a
 * scratch repository, --strict exit codes, and a changelog golden file.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { diffCatalogs, isBumpEnough } from "../generators/diff/classify.ts";
import type { Bump } from "../generators/diff/classify.ts";
import { loadCatalog } from "../generators/catalog/load-catalog.ts";
import type { Catalog } from "../generators/catalog/types.ts";
import { expectGolden, fixture, golden, runCli } from "./helpers.ts";

type Raw = any;
const BASE_TEXT = readFileSync(fixture("minimal.yaml"), "utf8");
const base = (): Raw => parse(BASE_TEXT);
const entry = (raw: Raw, code: string) => raw.errors.find((e: Raw) => e.code === code);

function load(raw: Raw, name: string): Catalog {
  const result = loadCatalog(stringify(raw), name);
  if (!result.catalog) throw new Error(result.diagnostics.map((d) => `${d.rule}: ${d.message}`).join("\n"));
  return result.catalog;
}

const cases: [string, (head: Raw) => void, Bump, [kind: string, code: string | null, cls: string][]][] = [
  ["nothing changed", () => {}, "none", []],
  [
    "a code added",
    (h) =>
      h.errors.push({
        code: "107",
        name: "PRICE_TOO_HIGH",
        category: "order",
        message: "Price is too high",
        errorClass: "invalid-order",
        retryable: false,
        source: { message: "ours" },
        description: { en: "Too high.", ko: "너무 높습니다." },
      }),
    "minor",
    [["code-added", "107", "minor"]],
  ],
  [
    "an active code removed without a tombstone",
    (h) => (h.errors = h.errors.filter((e: Raw) => e.code !== "405")),
    "major",
    [["code-removed", "405", "major"]],
  ],
  [
    "a code retired with a tombstone",
    (h) => (entry(h, "405").removed = { since: "3.0.0", reason: "Gone." }),
    "major",
    [["code-retired", "405", "major"]],
  ],
  [
    "a name changed (enum member renamed)",
    (h) => (entry(h, "105").name = "PRICE_INVALID"),
    "major",
    [["name-changed", "105", "major"]],
  ],
  [
    "a wire message changed",
    (h) => (entry(h, "105").message = "Price is incorrect"),
    "major",
    [["message-changed", "105", "major"]],
  ],
  ["a retired code reused", (h) => delete entry(h, "110").removed, "major", [["retired-code-reused", "110", "major"]]],
  [
    "a tombstone deleted",
    (h) => (h.errors = h.errors.filter((e: Raw) => e.code !== "110")),
    "major",
    [["tombstone-removed", "110", "major"]],
  ],
  [
    "a category removed",
    (h) => {
      h.categories = h.categories.filter((c: Raw) => c.id !== "server");
      entry(h, "405").category = "order";
    },
    "major",
    [
      ["category-removed", null, "major"],
      ["category-changed", "405", "minor"],
    ],
  ],
  [
    "a locale removed",
    (h) => {
      h.catalog.locales = ["en"];
      for (const c of h.categories) delete c.title.ko;
      for (const e of h.errors) delete e.description.ko;
    },
    "major",
    [["locale-removed", null, "major"]],
  ],
  [
    "a code deprecated",
    (h) => (entry(h, "405").deprecated = { since: "2.2.0", reason: "Use 105.", replacedBy: "105" }),
    "minor",
    [["code-deprecated", "405", "minor"]],
  ],
  [
    "a locale added",
    (h) => {
      h.catalog.locales.push("ja");
      for (const c of h.categories) c.title.ja = `${c.title.en} (ja)`;
      for (const e of h.errors) e.description.ja = e.description.en;
    },
    "minor",
    [["locale-added", null, "minor"]],
  ],
  [
    "a category added",
    (h) => h.categories.push({ id: "wallet", title: { en: "Wallet", ko: "지갑" } }),
    "minor",
    [["category-added", null, "minor"]],
  ],
  [
    "a code moved to another category",
    (h) => (entry(h, "405").category = "order"),
    "minor",
    [["category-changed", "405", "minor"]],
  ],
  ["a hint changed", (h) => (entry(h, "405").retryable = false), "minor", [["hint-changed", "405", "minor"]]],
  ["a retryable changed", (h) => (entry(h, "105").retryable = true), "minor", [["hint-changed", "105", "minor"]]],
  [
    "a user action added",
    (h) => (entry(h, "105").userAction = "fix-request"),
    "minor",
    [["hint-changed", "105", "minor"]],
  ],
  [
    "an error class changed: a client's exception changes",
    (h) => (entry(h, "405").errorClass = "maintenance"),
    "major",
    [["error-class-changed", "405", "major"]],
  ],
  [
    "a description changed",
    (h) => (entry(h, "105").description.ko = "가격이 올바르지 않습니다."),
    "patch",
    [["description-changed", "105", "patch"]],
  ],
  [
    "a category title changed",
    (h) => (h.categories[0].title.en = "Order errors"),
    "patch",
    [["category-title-changed", null, "patch"]],
  ],
  [
    "the packages' metadata and the title per locale changed",
    (h) => {
      Object.assign(h.catalog, { repository: "https://example.com/repo", license: "MIT", author: "A. Author" });
      h.catalog.translatedTitle = { ko: "오류" };
    },
    "patch",
    [
      ["header-changed", null, "patch"],
      ["header-changed", null, "patch"],
      ["header-changed", null, "patch"],
      ["header-changed", null, "patch"],
    ],
  ],
  [
    "notes changed",
    (h) => (entry(h, "105").notes = "Covers every price field."),
    "patch",
    [["notes-changed", "105", "patch"]],
  ],
  [
    "several changes: the largest class wins",
    (h) => {
      entry(h, "105").description.en = "The price is wrong.";
      h.categories.push({ id: "wallet", title: { en: "Wallet", ko: "지갑" } });
      entry(h, "106").message = "Tick size is wrong";
    },
    "major",
    [
      ["category-added", null, "minor"],
      ["description-changed", "105", "patch"],
      ["message-changed", "106", "major"],
    ],
  ],
];

describe("diffCatalogs", () => {
  it("counts an error class given where an earlier catalog (before 2.0.0) had none as minor", () => {
    const earlier = base();
    for (const e of earlier.errors) {
      delete e.errorClass;
      delete e.retryable;
    }
    expect(loadCatalog(stringify(earlier), "earlier.yaml").catalog).toBeUndefined();
    const before = loadCatalog(stringify(earlier), "earlier.yaml", { earlierSchema: true }).catalog;
    if (before === undefined) throw new Error("the earlier catalog does not load");
    const diff = diffCatalogs(before, load(base(), "head.yaml"));
    expect(diff.changes.filter((c) => c.code === "105").map((c) => [c.kind, c.class, c.detail])).toEqual([
      ["hint-changed", "minor", "retryable null -> false"],
      ["error-class-changed", "minor", 'errorClass null -> "invalid-order"'],
    ]);
    expect(diff.bump).toBe("minor");
  });

  it.each(cases)("%s", (_name, edit, bump, expected) => {
    const head = base();
    edit(head);
    const diff = diffCatalogs(load(base(), "base.yaml"), load(head, "head.yaml"));
    expect(diff.changes.map((c) => [c.kind, c.code, c.class])).toEqual(expected);
    expect(diff.bump).toBe(bump);
    for (const change of diff.changes) expect(change.detail.length).toBeGreaterThan(0);
  });

  it.each([
    ["1.2.3", "2.0.0", "major", true],
    ["1.2.3", "1.3.0", "major", false],
    ["1.2.3", "1.3.0", "minor", true],
    ["1.2.3", "1.2.4", "minor", false],
    ["1.2.3", "1.2.4", "patch", true],
    ["1.2.3", "1.2.3", "patch", false],
    ["1.2.3", "1.2.3", "none", true],
    ["1.9.0", "2.0.0", "patch", true],
  ] as const)("isBumpEnough(%s -> %s, %s) is %s", (from, to, bump, expected) => {
    expect(isBumpEnough(from, to, bump)).toBe(expected);
  });
});

describe("npm run diff", () => {
  let work: string;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), "coinone-diff-"));
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  const write = (name: string, raw: Raw) => writeFileSync(join(work, name), stringify(raw));
  const diff = (args: string[]) => runCli(args, work, "commands/diff.ts", GIT_ENV);

  it("compares two files and prints JSON", () => {
    const head = base();
    entry(head, "105").message = "Price is incorrect";
    write("base.yaml", base());
    write("head.yaml", head);
    const run = diff(["base.yaml", "head.yaml", "--format", "json"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      bump: "major",
      changes: [
        {
          kind: "message-changed",
          code: "105",
          class: "major",
          detail: 'wire message "Price is not correct" -> "Price is incorrect"',
        },
      ],
    });
  });

  it("prints text and Markdown", () => {
    const head = base();
    entry(head, "105").name = "PRICE_INVALID";
    write("base.yaml", base());
    write("head.yaml", head);
    expect(diff(["base.yaml", "head.yaml"]).stdout).toBe(
      "bump: major (1 change)\nmajor  name-changed  105  name PRICE_NOT_CORRECT -> PRICE_INVALID (enum member " +
        "PriceNotCorrect -> PriceInvalid)\n",
    );
    expect(diff(["base.yaml", "head.yaml", "--format", "markdown"]).stdout).toBe(
      "## Error catalog changes: major\n\n| Class | Kind | Code | Detail |\n| --- | --- | --- | --- |\n| major | " +
        "name-changed | `105` | name PRICE\\_NOT\\_CORRECT -\\> PRICE\\_INVALID (enum member PriceNotCorrect -\\> " +
        "PriceInvalid) |\n",
    );
  });

  it("--strict exits 1 when the version is not bumped enough, 0 when it is", () => {
    const head = base();
    head.errors.push({
      code: "107",
      name: "PRICE_TOO_HIGH",
      category: "order",
      message: "Price is too high",
      errorClass: "invalid-order",
      retryable: false,
      source: { message: "ours" },
      description: { en: "Too high.", ko: "너무 높습니다." },
    });
    write("base.yaml", base());
    head.catalog.version = "2.1.1";
    write("patch.yaml", head);
    head.catalog.version = "2.2.0";
    write("minor.yaml", head);
    const tooSmall = diff(["base.yaml", "patch.yaml", "--strict"]);
    expect(tooSmall.status).toBe(1);
    expect(
      tooSmall.stderr.endsWith(
        "error: the changes need a minor version bump, but the catalog version went from 2.1.0 to 2.1.1\n",
      ),
    ).toBe(true);
    expect(diff(["base.yaml", "minor.yaml", "--strict"]).status).toBe(0);
    expect(diff(["base.yaml", "base.yaml", "--strict"]).status).toBe(0);
  });

  it("reads BASE and HEAD from git revisions of a scratch repository", () => {
    const git = (...args: string[]) =>
      execFileSync("git", args, { cwd: work, env: { ...process.env, ...GIT_ENV }, stdio: "pipe" });
    git("init", "-q", "-b", "main");
    execFileSync("mkdir", ["-p", join(work, "spec")]);
    writeFileSync(join(work, "spec", "errors.yaml"), BASE_TEXT);
    git("add", "spec/errors.yaml");
    git("commit", "-q", "-m", "catalog 2.1.0");
    git("tag", "v2.1.0");
    const head = base();
    entry(head, "405").deprecated = { since: "2.2.0", reason: "Use 105.", replacedBy: "105" };
    writeFileSync(join(work, "spec", "errors.yaml"), stringify(head));

    // The working tree against the tag: a minor change with the version unchanged.
    const unbumped = diff(["v2.1.0", "--strict", "--format", "json"]);
    expect(unbumped.status).toBe(1);
    expect(JSON.parse(unbumped.stdout).changes.map((c: Raw) => c.kind)).toEqual(["code-deprecated"]);

    head.catalog.version = "2.2.0";
    writeFileSync(join(work, "spec", "errors.yaml"), stringify(head));
    expect(diff(["v2.1.0", "--strict"]).status).toBe(0);
    git("commit", "-q", "-am", "deprecate 405");
    const revisions = diff(["v2.1.0", "HEAD", "--format", "json"]);
    expect(revisions.status).toBe(0);
    expect(JSON.parse(revisions.stdout).bump).toBe("minor");
    expect(diff(["HEAD~1", "HEAD"]).stdout.startsWith("bump: minor (1 change)\n")).toBe(true);
    // With no BASE: the last release tag.
    expect(JSON.parse(diff(["--format", "json"]).stdout).bump).toBe("minor");
  });

  it.each([
    [["no-such-ref"], 'error: "no-such-ref" is neither a catalog file nor a git revision holding spec/errors.yaml'],
    [[], "error: no release tag (v*) to compare with in this repository; name the catalog to compare with"],
    [["a.yaml", "--format", "xml"], "error: option '--format <format>' argument 'xml' is invalid"],
    [["a.yaml", "--changelog", "--date", "yesterday"], 'error: --date must look like 2026-11-24, not "yesterday"'],
  ])("wrong usage %j exits 2", (args, message) => {
    write("a.yaml", base());
    const run = diff(args);
    expect(run.stderr).toContain(message);
    expect(run.status).toBe(2);
  });

  it("an invalid catalog on either side exits 1 with its diagnostics", () => {
    write("base.yaml", base());
    writeFileSync(join(work, "head.yaml"), "catalog: [\n");
    const run = diff(["base.yaml", "head.yaml"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^head\.yaml:\d+:\d+ error yaml-syntax: /m);
  });

  it("--changelog prints a Keep a Changelog entry (golden file)", () => {
    const head = base();
    head.catalog.version = "3.0.0";
    head.errors.push({
      code: "107",
      name: "PRICE_TOO_HIGH",
      category: "order",
      message: "Price is too high",
      errorClass: "invalid-order",
      retryable: false,
      source: { message: "ours" },
      description: { en: "Too high.", ko: "너무 높습니다." },
    });
    entry(head, "405").deprecated = { since: "3.0.0", reason: "Use 105.", replacedBy: "105" };
    entry(head, "105").description.en = "The price is not valid for this market.";
    head.errors = head.errors.filter((e: Raw) => e.code !== "106");
    head.categories.push({ id: "wallet", title: { en: "Wallet", ko: "지갑" } });
    write("base.yaml", base());
    write("head.yaml", head);
    const run = diff(["base.yaml", "head.yaml", "--changelog", "--date", "2026-11-24"]);
    expect(run.status).toBe(0);
    expectGolden(golden("diff", "changelog.md"), run.stdout);
  });
});

const GIT_ENV = {
  GIT_AUTHOR_NAME: "Test",
  GIT_AUTHOR_EMAIL: "test@example.invalid",
  GIT_COMMITTER_NAME: "Test",
  GIT_COMMITTER_EMAIL: "test@example.invalid",
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_CONFIG_NOSYSTEM: "1",
};
