/**
 * Every fenced code block of README.md and docs/**\/*.md is run or checked by
 * a test, and this test knows which. A block's info string says how:
 *
 * - blocks another test runs (```ts, ```python, ```text java-output, ...)
 *   are listed in RUN_ELSEWHERE with that test, whose source must ask for
 *   exactly those blocks (`docBlocks("<page>", "<info>")` or `docBlock(...)`);
 * - the rest are checked here, by info string: ```sh commands exist (npm
 *   scripts, their options, the tarball's name), ```yaml snippets load as a
 *   catalog, a catalog entry, a targets file or part of the consumer OpenAPI
 *   document, ```text output equals what the command prints, a ```text
 *   diagram names only files that exist, a ```<lang> file=<path> block is
 *   that file verbatim.
 *
 * A block with any other info string fails. Also checked: every relative
 * link of the pages leads to a file (and heading) that exists, and the ccxt
 * page's table is the generator's map.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import GithubSlugger from "github-slugger";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../generators/catalog/load-catalog.ts";
import { targetsValidator } from "../generators/catalog/validators.ts";
import { CCXT_ERROR_CLASSES } from "../generators/targets/ccxt.ts";
import { docFiles, fencedBlocks } from "./doc-blocks.ts";
import type { DocBlock } from "./doc-blocks.ts";
import { ROOT, runCli } from "./helpers.ts";

/** Blocks another test runs: [page, info string, the test that runs them]. */
const RUN_ELSEWHERE: readonly (readonly [string, string, string])[] = [
  ["README.md", "ts", "test/readme-examples.test.ts"],
  ["docs/consumers/typescript.md", "ts", "test/readme-examples.test.ts"],
  ["docs/consumers/typescript.md", "js", "test/readme-examples.test.ts"],
  ["docs/consumers/i18n.md", "ts", "test/readme-examples.test.ts"],
  ["docs/consumers/i18n.md", "js", "test/readme-examples.test.ts"],
  ["docs/consumers/ccxt.md", "js", "test/ccxt-docs.test.ts"],
  ["docs/consumers/python.md", "python", "test/python-target.test.ts"],
  ["docs/consumers/go.md", "go", "test/go-target.test.ts"],
  ["docs/consumers/java.md", "java", "test/java-target.test.ts"],
  ["docs/consumers/java.md", "text java-output", "test/java-target.test.ts"],
  ["docs/consumers/rust.md", "rust", "test/rust-target.test.ts"],
  ["docs/consumers/rust.md", "text rust-output", "test/rust-target.test.ts"],
  ["docs/extending.md", "yaml targets-entries", "test/adding-a-target.test.ts"],
  ["docs/consumers/html.md", "sh explain", "test/explain-package.test.ts"],
  ["docs/consumers/html.md", "text explain-output", "test/explain-package.test.ts"],
  ["docs/consumers/openapi.md", "html viewer-scalar", "test/openapi-viewers.test.ts"],
  ["docs/consumers/openapi.md", "html viewer-elements", "test/openapi-viewers.test.ts"],
  ["docs/translations.md", "yaml translations-header", "test/translations-cli.test.ts"],
  ["docs/translations.md", "text generate-counts", "test/translations-cli.test.ts"],
  ["docs/translations.md", "text translations-status", "test/translations-cli.test.ts"],
];

/** Pages another engineer is writing: a link to one may point nowhere until it lands. */
const PENDING_PAGES = new Set(["docs/testing.md"]);

const read = (path: string) => readFileSync(join(ROOT, path), "utf8");
const pkg = JSON.parse(read("package.json")) as { version: string; scripts: Record<string, string> };
const files = docFiles();
const blocks = files.flatMap(fencedBlocks);

/** The long options a command's source declares (`.option("--spec <file>"`, `new Option("--format <format>"`). */
function commanderOptions(source: string): Set<string> {
  return new Set([
    "--help",
    ...[...source.matchAll(/Option\(\s*"(--[a-z-]+)|\.option\(\s*"(--[a-z-]+)/g)].map((m) => m[1] ?? m[2]!),
  ]);
}
const OPTIONS: Readonly<Record<string, Set<string>>> = {
  generate: commanderOptions(read("generators/commands/generate.ts")),
  diff: commanderOptions(read("generators/commands/diff.ts")),
  translations: commanderOptions(read("generators/commands/translations.ts")),
  // scripts/bench.ts reads its arguments with parseArgs: `sizes: { type: ... }`.
  bench: new Set(
    [...read("scripts/bench.ts").matchAll(/"?([a-z-]+)"?: \{ type: "(?:string|boolean)"/g)].map((m) => `--${m[1]}`),
  ),
};
/** Commands of other tools the pages show (installing a package, compiling an example). */
const OTHER_TOOLS = new Set(["git", "pip", "go", "kotlinc"]);

/** Problems with one shell command line, or none. */
function shellProblems(line: string): string[] {
  const problems: string[] = [];
  // A command substitution is a command of its own, and one argument of the outer one.
  const inner = [...line.matchAll(/\$\(([^)]*)\)/g)].map((m) => m[1]!);
  problems.push(...inner.flatMap(shellProblems));
  const command = line
    .replace(/\$\([^)]*\)/g, "ARGUMENT")
    .replace(/\s+#\s.*$/, "")
    .trim();
  for (const segment of command.split(/\s*&&\s*/)) {
    // Leading variable assignments (`UPDATE_GOLDEN=1 npm test`) set the environment of the command after them.
    const words = segment
      .split(/\s+/)
      .filter((word, i, all) => !all.slice(0, i + 1).every((w) => /^[A-Z_][A-Z0-9_]*=/.test(w)));
    const flagsAfter = (i: number, name: string) => {
      for (const word of words.slice(i)) {
        const flag = /^(--[a-z-]+)/.exec(word)?.[1];
        if (flag !== undefined && !OPTIONS[name]!.has(flag)) problems.push(`${name} has no option ${flag}`);
      }
    };
    if (words[0] === "npm") {
      if (words[1] === "run") {
        const script = words[2] ?? "";
        if (!(script in pkg.scripts)) problems.push(`package.json has no script ${script}`);
        if (script in OPTIONS) {
          if (words.length > 3 && words[3] !== "--") problems.push(`npm run ${script}: arguments go after --`);
          flagsAfter(4, script);
        }
      } else if (words[1] === "install") {
        const tarball = words.slice(2).find((w) => w.endsWith(".tgz"));
        if (tarball === undefined)
          problems.push("npm install: the package is not on the registry; install the packed tarball");
        // The version itself, or a glob that matches whatever npm pack wrote.
        else if (
          ![`coinone-error-codes-${pkg.version}.tgz`, "coinone-error-codes-*.tgz"].some((name) =>
            tarball.endsWith(name),
          )
        )
          problems.push(`npm pack writes coinone-error-codes-${pkg.version}.tgz, not ${tarball}`);
      } else if (!["ci", "test", "pack"].includes(words[1] ?? "")) {
        problems.push(`npm ${words[1]} is not a command the pages use`);
      }
    } else if (words[0] === "npx") {
      // npx runs only what is installed here: a devDependency of package.json.
      if (!(words[1]! in ((pkg as { devDependencies?: Record<string, string> }).devDependencies ?? {})))
        problems.push(`npx ${words[1]} is not a devDependency`);
    } else if (words[0] === "node" && words[1] === "scripts/run-built.mjs") {
      if (!(words[2]! in OPTIONS)) problems.push(`run-built.mjs runs generate or diff, not ${words[2]}`);
      else flagsAfter(3, words[2]!);
    } else if (!OTHER_TOOLS.has(words[0]!)) {
      problems.push(`unknown command ${words[0]}`);
    }
  }
  return problems;
}

/** True when every key and value of `part` is in `whole` at the same place. */
function containedIn(part: unknown, whole: unknown): boolean {
  if (part === null || typeof part !== "object") return part === whole;
  if (whole === null || typeof whole !== "object" || Array.isArray(part) !== Array.isArray(whole)) return false;
  if (Array.isArray(part))
    return (
      part.length === (whole as unknown[]).length && part.every((item, i) => containedIn(item, (whole as unknown[])[i]))
    );
  return Object.entries(part).every(
    ([key, value]) => Object.hasOwn(whole, key) && containedIn(value, (whole as Record<string, unknown>)[key]),
  );
}

const errors = (text: string, shown = "spec/errors.yaml") =>
  loadCatalog(text, shown).diagnostics.filter((d) => d.severity === "error");

/** The checks made here, by info string: each throws (through expect) when the block is wrong. */
const CHECKS: Readonly<Record<string, (block: DocBlock) => void>> = {
  sh(block) {
    const lines = block.code
      .replace(/\\\n\s*/g, " ")
      .split("\n")
      .filter((line) => line.trim() !== "" && !line.trim().startsWith("#"));
    expect(lines.flatMap((line) => shellProblems(line).map((p) => `${line}: ${p}`))).toEqual([]);
  },
  /** A shell recipe (loops, several commands): bash must parse it. */
  "sh recipe"(block) {
    const run = spawnSync("bash", ["-n"], { input: block.code, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  },
  "yaml catalog"(block) {
    expect(errors(block.code)).toEqual([]);
  },
  "yaml error-fields"(block) {
    // Added to an entry of the real catalog that no other entry replaces it with.
    const spec = parseYaml(read("spec/errors.yaml")) as { errors: Record<string, unknown>[] };
    const entry = spec.errors.find((e) => e.code !== "105" && !e.deprecated && !e.removed)!;
    Object.assign(entry, parseYaml(block.code.replace(/^ {4}/gm, "")));
    expect(errors(stringifyYaml(spec))).toEqual([]);
  },
  "yaml catalog-with-mistakes"(block) {
    expect(errors(block.code).length).toBeGreaterThan(0);
  },
  "text generate-output"(block) {
    // The catalog just above it, as spec/errors.yaml of a fresh project.
    const source = fencedBlocks(block.file)
      .filter((b) => b.info === "yaml catalog-with-mistakes" && b.line < block.line)
      .at(-1);
    expect(source, "a ```yaml catalog-with-mistakes block above").toBeDefined();
    const work = mkdtempSync(join(tmpdir(), "docs-blocks-"));
    try {
      mkdirSync(join(work, "spec"));
      writeFileSync(join(work, "spec", "errors.yaml"), source!.code);
      const run = runCli([], work);
      expect(run.stderr).toBe(block.code);
      expect(run.status).toBe(1);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
  "yaml openapi-ref"(block) {
    expect(containedIn(parseYaml(block.code), parseYaml(read("test/fixtures/consumers/api.yaml")))).toBe(true);
  },
  "yaml targets-entries"(block) {
    const validate = targetsValidator();
    expect(validate(parseYaml(`targets:\n${block.code}`)), JSON.stringify(validate.errors)).toBe(true);
  },
  "text pipeline"(block) {
    const paths = [...block.code.matchAll(/(?:generators|spec)\/[\w/.-]+\.(?:ts|yaml)/g)].map((m) => m[0]);
    expect(paths.length).toBeGreaterThan(5);
    expect(paths.filter((path) => !existsSync(join(ROOT, path)))).toEqual([]);
  },
  "text layers"(block) {
    const config = read(".dependency-cruiser.cjs");
    for (const line of block.code.trim().split("\n")) expect(config).toContain(line);
  },
};

/** How a block is checked: here, by another test, or not at all (undefined). */
function checkerOf(block: DocBlock): string | undefined {
  const claim = RUN_ELSEWHERE.find(([file, info]) => file === block.file && info === block.info);
  if (claim) return claim[2];
  if (/^\w+ file=\S+$/.test(block.info) || block.info in CHECKS) return "test/docs-blocks.test.ts";
  return undefined;
}

it("finds the pages and their blocks", () => {
  expect(files).toContain("README.md");
  expect(files).toContain("docs/consumers/typescript.md");
  expect(blocks.length).toBeGreaterThan(20);
});

it("knows how every block is checked", () => {
  const unchecked = blocks.filter((b) => checkerOf(b) === undefined).map((b) => `${b.file}:${b.line} \`\`\`${b.info}`);
  expect(unchecked, "give each block an info string this test or RUN_ELSEWHERE knows").toEqual([]);
});

describe.each(RUN_ELSEWHERE.map(([file, info, test]) => [`${file} \`\`\`${info}`, file, info, test] as const))(
  "%s",
  (_name, file, info, test) => {
    it(`is asked for by ${test}`, () => {
      expect(
        blocks.some((b) => b.file === file && b.info === info),
        `${file} has a \`\`\`${info} block`,
      ).toBe(true);
      const calls = [
        `docBlock(${JSON.stringify(file)}, ${JSON.stringify(info)})`,
        `docBlocks(${JSON.stringify(file)}, ${JSON.stringify(info)})`,
      ];
      expect(
        calls.some((call) => read(test).includes(call)),
        `${test} calls ${calls[0]}`,
      ).toBe(true);
    });
  },
);

describe.each(
  blocks
    .filter((b) => checkerOf(b) === "test/docs-blocks.test.ts")
    .map((b) => [`${b.file}:${b.line} \`\`\`${b.info}`, b] as const),
)("%s", (_name, block) => {
  it("is right", () => {
    const file = /^\w+ file=(\S+)$/.exec(block.info)?.[1];
    if (file !== undefined) expect(block.code).toBe(read(file));
    else CHECKS[block.info]!(block);
  });
});

describe("links", () => {
  const headingIds = (path: string) => {
    const slugger = new GithubSlugger();
    const text = read(path).replace(/^```[\s\S]*?^```$/gm, "");
    return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slugger.slug(m[1]!)));
  };

  it.each(files)("every relative link of %s leads to a file and heading that exist", (file) => {
    const text = read(file).replace(/^```[\s\S]*?^```$/gm, "");
    const broken: string[] = [];
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target!)) continue;
      const [path, anchor] = target!.split("#") as [string, string | undefined];
      const resolved = path === "" ? file : posix.normalize(posix.join(posix.dirname(file), path));
      if (!existsSync(join(ROOT, resolved))) {
        if (!PENDING_PAGES.has(resolved)) broken.push(`${target}: no file ${resolved}`);
        continue;
      }
      if (anchor !== undefined && resolved.endsWith(".md") && !headingIds(resolved).has(anchor))
        broken.push(`${target}: no heading #${anchor} in ${resolved}`);
    }
    expect(broken).toEqual([]);
  });
});

it("docs/consumers/ccxt.md's table is the generator's map", () => {
  const rows = [...read("docs/consumers/ccxt.md").matchAll(/^\| `([a-z-]+)` \| `(\w+)` \|$/gm)].map((m) => [
    m[1],
    m[2],
  ]);
  expect(Object.fromEntries(rows)).toEqual(CCXT_ERROR_CLASSES);
});
