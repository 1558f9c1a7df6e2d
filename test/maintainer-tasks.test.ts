/**
 * The maintainer's tasks (issue 25, item 4), each done as
 * docs/editing-the-catalog.md and docs/extending.md say, on a scratch copy
 * of the repository (a git repository with the current release tagged), and
 * then checked as a contributor would before pushing: `npm run generate`,
 * `npm run generate -- --check`, `npm run diff -- --strict` against the last
 * release, and the tests that pin the catalog (fidelity, provenance, the
 * releases, the documentation's examples). Full tier: each task runs vitest
 * in its copy.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ROOT } from "./helpers.ts";

const GIT_ENV = {
  GIT_AUTHOR_NAME: "maintainer",
  GIT_AUTHOR_EMAIL: "maintainer@example.com",
  GIT_COMMITTER_NAME: "maintainer",
  GIT_COMMITTER_EMAIL: "maintainer@example.com",
};
const VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
/** The tests a contributor runs after changing the catalog: what pins it, and the docs' examples. */
const PINNING_TESTS = [
  "test/fidelity.test.ts",
  "test/provenance.test.ts",
  "test/release.test.ts",
  "test/docs-blocks.test.ts",
];

let scratch: string | undefined;
afterEach(() => {
  if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd, env: { ...process.env, ...GIT_ENV }, encoding: "utf8", stdio: "pipe" });
}

/** A copy of the repository's tracked files, with node_modules linked, committed, the current version tagged. */
function copyOfRepository(): string {
  scratch = mkdtempSync(join(tmpdir(), "coinone-maintainer-"));
  const repo = join(scratch, "repo");
  for (const path of git(ROOT, "ls-files", "-z").split("\0").filter(Boolean)) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    cpSync(join(ROOT, path), join(repo, path));
  }
  symlinkSync(join(ROOT, "node_modules"), join(repo, "node_modules"), "dir");
  git(repo, "init", "-q", "-b", "main");
  git(repo, "add", "-A");
  git(repo, "commit", "-q", "-m", "the repository as it is");
  git(repo, "tag", `v${VERSION}`);
  // Built once, so that no command's output carries the build's note.
  execFileSync(process.execPath, [join(repo, "scripts", "run-built.mjs"), "--build"], { cwd: repo });
  return repo;
}

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly output: string;
}

function npm(repo: string, ...args: string[]): Run {
  const run = spawnSync("npm", ["run", "--silent", ...args], {
    cwd: repo,
    encoding: "utf8",
    env: { ...process.env, CI: "true" },
  });
  return { status: run.status, stdout: run.stdout, output: `${run.stdout}${run.stderr}` };
}

/** What a contributor runs before pushing a catalog change; each must pass. */
function contributorChecks(repo: string): void {
  for (const args of [["generate"], ["generate", "--", "--check"], ["diff", "--", "--strict"]]) {
    const run = npm(repo, ...args);
    expect(run.status, `npm run ${args.join(" ")}\n${run.output}`).toBe(0);
  }
  const tests = spawnSync(
    process.execPath,
    [join(repo, "node_modules", "vitest", "vitest.mjs"), "run", ...PINNING_TESTS],
    {
      cwd: repo,
      encoding: "utf8",
      env: { ...process.env, CI: "true" },
    },
  );
  const failures = `${tests.stdout}${tests.stderr}`
    .split("\n")
    .filter((line) => /FAIL|×|Error:/.test(line))
    .join("\n");
  expect(tests.status, failures.slice(0, 4000)).toBe(0);
}

const edit = (repo: string, path: string, change: (text: string) => string) =>
  writeFileSync(join(repo, path), change(readFileSync(join(repo, path), "utf8")));

/** The version after `bump`, and the release step of docs/editing-the-catalog.md: versions, CHANGELOG entry drafted by
 * the diff. */
function release(repo: string, bump: "major" | "minor" | "patch"): string {
  const [major, minor, patch] = VERSION.split(".").map(Number) as [number, number, number];
  const next =
    bump === "major"
      ? `${major + 1}.0.0`
      : bump === "minor"
        ? `${major}.${minor + 1}.0`
        : `${major}.${minor}.${patch + 1}`;
  edit(repo, "package.json", (text) => text.replace(`"version": "${VERSION}"`, `"version": "${next}"`));
  edit(repo, "spec/errors.yaml", (text) => text.replace(`version: ${VERSION}`, `version: ${next}`));
  const entry = npm(repo, "diff", "--", "--changelog", "--date", "2026-12-07");
  expect(entry.status, entry.output).toBe(0);
  edit(repo, "CHANGELOG.md", (text) => text.replace(/\n## /, `\n${entry.stdout.trimEnd()}\n\n## `));
  // The release keeps its catalog as a fixture (docs/editing-the-catalog.md, Releasing).
  cpSync(join(repo, "spec", "errors.yaml"), join(repo, "test", "fixtures", `errors-${next}.yaml`));
  return next;
}

/** The verdict `npm run diff` gives for the working tree against the last release. */
function verdict(repo: string): string {
  const run = npm(repo, "diff", "--", "--format", "json");
  expect(run.status, run.output).toBe(0);
  return (JSON.parse(run.stdout) as { bump: string }).bump;
}

const NEW_CODE = `  - code: "9001"
    name: ORDER_BOOK_BUSY
    category: order
    message: Order book is busy
    description:
      en: The order book is busy; send the order again later.
      ko: 호가창이 바쁩니다. 잠시 후 다시 주문하세요.
    retryable: true
    errorClass: exchange-unavailable
    userAction: retry-later
    notes: "Retryable: the order book frees up within seconds."
    source: { message: ours }
`;

describe("the maintainer's tasks, done as documented, keep the checks green", () => {
  it("add a code (one Coinone's documents do not have, so its texts are ours)", () => {
    const repo = copyOfRepository();
    edit(repo, "spec/errors.yaml", (text) => `${text.trimEnd()}\n${NEW_CODE}`);
    expect(verdict(repo)).toBe("minor");
    release(repo, "minor");
    contributorChecks(repo);
    expect(readFileSync(join(repo, "dist", "i18n", "en.json"), "utf8")).toContain('"9001"');
  });

  it("deprecate a code, then retire it", () => {
    const repo = copyOfRepository();
    const entry = /\n {2}- code: "312"\n(?: {4}.*\n)+/;
    edit(repo, "spec/errors.yaml", (text) =>
      text.replace(entry, (match) => `${match}    deprecated: { since: 3.1.0, reason: Coinone no longer sends it. }\n`),
    );
    expect(verdict(repo)).toBe("minor");
    release(repo, "minor");
    contributorChecks(repo);
    git(repo, "commit", "-q", "-am", "deprecate 312");
    edit(repo, "spec/errors.yaml", (text) =>
      text.replace(
        "    deprecated: { since: 3.1.0, reason: Coinone no longer sends it. }\n",
        "    removed: { since: 4.0.0, reason: Gone. }\n",
      ),
    );
    expect(verdict(repo)).toBe("major");
  });

  it("change a text (an English description, which is ours) and release it as a patch", () => {
    const repo = copyOfRepository();
    edit(repo, "spec/errors.yaml", (text) =>
      text.replace(/(\n {2}- code: "105"\n(?: {4}.*\n)*? {6}en: ).*\n/, "$1The price is not valid for this market.\n"),
    );
    expect(verdict(repo)).toBe("patch");
    release(repo, "patch");
    contributorChecks(repo);
  });

  it("add a locale with two translations: the rest falls back to the source locale, with a warning and a count", () => {
    const repo = copyOfRepository();
    edit(repo, "spec/errors.yaml", (text) =>
      text
        .replace("locales: [en, ko]", "locales: [en, ko, ja]")
        .replace(/(\n {2}- code: "105"\n(?: {4}.*\n)*? {6}ko: .*\n)/, "$1      ja: 価格が正しくありません。\n")
        .replace(/(\n {2}- code: "107"\n(?: {4}.*\n)*? {6}ko: .*\n)/, "$1      ja: パラメータが正しくありません。\n"),
    );
    const generate = npm(repo, "generate");
    expect(generate.status, generate.output).toBe(0);
    expect(generate.output).toMatch(/warning partial-locale: locale "ja" has no text in \d+ of \d+ descriptions/);
    const ja = JSON.parse(readFileSync(join(repo, "dist", "i18n", "ja.json"), "utf8")) as Record<string, string>;
    const en = JSON.parse(readFileSync(join(repo, "dist", "i18n", "en.json"), "utf8")) as Record<string, string>;
    expect(ja["105"]).toBe("価格が正しくありません。");
    expect(ja["4"]).toBe(en["4"]);
    expect(verdict(repo)).toBe("minor");
    release(repo, "minor");
    contributorChecks(repo);
  });

  it("add a template target and a plugin target: their outputs survive a commit and a fresh clone", () => {
    const repo = copyOfRepository();
    const page = readFileSync(join(repo, "docs", "extending.md"), "utf8");
    const entries = /```yaml targets-entries\n([\s\S]*?)```/.exec(page)?.[1] ?? "";
    expect(entries).not.toBe("");
    edit(repo, "spec/targets.yaml", (text) => `${text.trimEnd()}\n${entries}`);
    contributorChecks(repo);
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", "a Kotlin enum and a CSV table");
    const clone = join(dirname(repo), "clone");
    git(dirname(repo), "clone", "-q", repo, clone);
    symlinkSync(join(ROOT, "node_modules"), join(clone, "node_modules"), "dir");
    const check = npm(clone, "generate", "--", "--check");
    expect(check.status, check.output).toBe(0);
  });
});
