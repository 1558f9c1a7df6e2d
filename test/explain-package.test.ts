/**
 * `coinone-errors explain` and the RFC 9457 helper as a consumer gets them:
 * the packed tarball installed offline into an ESM and a CommonJS scratch
 * project (test/consumers/scratch.ts), the command run through
 * node_modules/.bin, an npm script and npx; the helper type-checked by tsc
 * against the installed declarations and run from ESM and CommonJS.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import texts from "../templates/html/texts.json" with { type: "json" };
import { installTarball, packToScratch } from "./consumers/scratch.ts";
import { docBlock } from "./doc-blocks.ts";
import { loadFile, ROOT, typecheck } from "./helpers.ts";

const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const catalog = loadFile(join(ROOT, "spec", "errors.yaml"));
const info = (code: string) => catalog.errors.find((error) => error.code === code)!;
const page = (code: string) => `${catalog.docsBaseUrl}errors/${code}.html`;
const projects: Record<"module" | "commonjs", string> = { module: "", commonjs: "" };
let scratch: string;

beforeAll(() => {
  const esm = packToScratch("coinone-explain-");
  scratch = dirname(esm.root);
  projects.module = esm.root;
  projects.commonjs = join(scratch, "cjs");
  installTarball(projects.commonjs, esm.tarball, "commonjs");
  for (const dir of Object.values(projects)) {
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    manifest.scripts = { explain: "coinone-errors explain" };
    writeFileSync(join(dir, "package.json"), JSON.stringify(manifest, null, 2));
  }
}, 600_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The three ways a consumer starts the command. */
const LAUNCHERS: Readonly<Record<string, (dir: string, args: string[]) => Run>> = {
  "node_modules/.bin": (dir, args) =>
    spawnSync(join(dir, "node_modules", ".bin", "coinone-errors"), ["explain", ...args], {
      cwd: dir,
      encoding: "utf8",
    }),
  "npm run": (dir, args) =>
    spawnSync(NPM, ["run", "--silent", "explain", "--", ...args], { cwd: dir, encoding: "utf8" }),
  npx: (dir, args) =>
    spawnSync(NPM, ["exec", "--offline", "--no", "--", "coinone-errors", "explain", ...args], {
      cwd: dir,
      encoding: "utf8",
    }),
};

describe.each(["module", "commonjs"] as const)("explain, installed in a %s project", (kind) => {
  describe.each(Object.keys(LAUNCHERS))("through %s", (launcher) => {
    const run = (...args: string[]) => (LAUNCHERS[launcher] as (dir: string, a: string[]) => Run)(projects[kind], args);

    it("explains a known code: name, message, description, class, retry, what to do, reference; exit 0", () => {
      const result = run("105");
      const error = info("105");
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      const lines = result.stdout.split("\n");
      expect(lines[0]).toBe(`105 ${error.name}`);
      expect(lines).toContain(`Documented message  ${error.message}`);
      expect(lines).toContain(`Description         ${error.description.en}`);
      expect(lines).toContain(`Error class         ${error.errorClass}`);
      expect(lines).toContain(`Retryable           ${texts.en.no}`);
      expect(lines).toContain(`What to do          ${texts.en.advice[error.errorClass]}`);
      expect(lines).toContain(`Reference           ${page("105")}`);
    });

    it("reads an error body in either wire shape, numeric codes included, in Korean", () => {
      const snake = run('{"result":"error","error_code":"107","error_msg":"..."}', "--lang", "ko");
      expect(snake.status).toBe(0);
      expect(snake.stdout).toContain(info("107").description.ko);
      expect(snake.stdout).toMatch(/^서버 메시지 +\.\.\.$/m);
      const legacy = run('{"errorCode":4,"errorMsg":"Blocked user access."}', "--lang", "ko-KR");
      expect(legacy.status).toBe(0);
      expect(legacy.stdout.split("\n")[0]).toBe(`4 ${info("4").name}`);
      expect(legacy.stdout).toContain(info("4").description.ko);
      expect(legacy.stdout).toMatch(/^재시도 가능 +예, 60초 후$/m);
      expect(legacy.stdout).toContain(texts.ko.advice[info("4").errorClass]);
    });

    it("prints what the body says about an unknown code, and exits 1", () => {
      const result = run('log: {"result":"error","error_code":"99999","error_msg":"Something new"} (retry 2)');
      expect(result.status).toBe(1);
      expect(result.stdout).toContain("99999");
      expect(result.stdout).toContain("Something new");
      expect(result.stdout).toContain(`version ${catalog.version}`);
    });

    it("shows control and bidi characters of a body as escapes, never sends them to the terminal", () => {
      const result = run(JSON.stringify({ result: "error", error_code: "105", error_msg: "a\u001b[31mred\u202eb\r" }));
      expect(result.status).toBe(0);
      expect(result.stdout).toContain("a\\u{1b}[31mred\\u{202e}b\\u{d}");
      expect(result.stdout).not.toMatch(/[\u001b\u202e\r]/);
    });

    it.each([
      ["no argument", []],
      ["an unknown option", ["105", "--verbose"]],
      ["an unknown language", ["105", "--lang", "fr"]],
      ["a success body", ['{"result":"success"}']],
      ["two codes", ["105", "106"]],
    ])("exits 2 on wrong usage: %s", (_name, args) => {
      const result = run(...args);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toContain("Usage: coinone-errors explain");
    });
  });

  it("prints what docs/consumers/html.md shows", () => {
    const command = docBlock("docs/consumers/html.md", "sh explain").code;
    const result = spawnSync("sh", ["-c", command], { cwd: projects[kind], encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(docBlock("docs/consumers/html.md", "text explain-output").code);
  });

  it("prints one JSON object with --json", () => {
    const result = spawnSync(join(projects[kind], "node_modules", ".bin", "coinone-errors"), [
      "explain",
      '{"result":"error","error_code":131}',
      "--json",
      "--lang",
      "ko",
    ]);
    expect(result.status).toBe(0);
    const error = info("131");
    const category = catalog.categories.find((c) => c.id === error.category)!;
    expect(JSON.parse(result.stdout.toString())).toEqual({
      known: true,
      code: "131",
      name: error.name,
      message: error.message,
      description: error.description.ko,
      locale: "ko",
      category: { id: error.category, title: category.title.ko },
      errorClass: error.errorClass,
      retryable: false,
      whatToDo: texts.ko.advice[error.errorClass],
      reference: page("131"),
      problem: {
        type: page("131"),
        title: error.message,
        detail: error.description.ko,
        code: "131",
        name: error.name,
        retryable: false,
      },
    });
  });
});

describe("toCoinoneProblemDetails from the installed package", () => {
  const body = '{"result":"error","errorCode":"4","errorMsg":"Blocked user access."}';
  const expected = {
    type: page("4"),
    title: info("4").message,
    status: 429,
    detail: info("4").description.ko,
    instance: "/orders/1",
    code: "4",
    name: info("4").name,
    retryable: true,
    retryAfterSeconds: 60,
    serverMessage: "Blocked user access.",
  };
  const script = (load: string) =>
    `${load}\nconst parsed = m.parseCoinoneError(${JSON.stringify(body)});\n` +
    "console.log(JSON.stringify({ media: m.COINONE_PROBLEM_MEDIA_TYPE, " +
    'problem: m.toCoinoneProblemDetails(parsed, { status: 429, instance: "/orders/1", locale: "ko" }), ' +
    'unknown: m.toCoinoneProblemDetails(new m.CoinoneApiError("99999", "new")) }));\n';

  it.each([
    ["ESM", "module", "problem.mjs", 'import * as m from "coinone-error-codes";'],
    ["CommonJS", "commonjs", "problem.cjs", 'const m = require("coinone-error-codes");'],
  ] as const)(
    "%s: a parsed body becomes application/problem+json with the code page as type",
    (_n, kind, file, load) => {
      writeFileSync(join(projects[kind], file), script(load));
      const out = JSON.parse(execFileSync(process.execPath, [file], { cwd: projects[kind], encoding: "utf8" }));
      expect(out).toEqual({
        media: "application/problem+json",
        problem: expected,
        unknown: {
          type: "about:blank",
          title: "Unknown error",
          detail: "new",
          code: "99999",
          retryable: false,
          serverMessage: "new",
        },
      });
    },
  );

  it("type-checks with tsc against the installed declarations (nodenext)", () => {
    writeFileSync(
      join(projects.module, "problem.ts"),
      [
        'import { COINONE_PROBLEM_MEDIA_TYPE, parseCoinoneError, toCoinoneProblemDetails } from "coinone-error-codes";',
        'import type { CoinoneProblemDetails, CoinoneProblemOptions } from "coinone-error-codes";',
        'const parsed = parseCoinoneError({ result: "error", error_code: "105" });',
        "if (parsed === undefined) throw new Error();",
        'const options: CoinoneProblemOptions = { status: 400, locale: "ko" };',
        "const problem: CoinoneProblemDetails = toCoinoneProblemDetails(parsed, options);",
        'const media: "application/problem+json" = COINONE_PROBLEM_MEDIA_TYPE;',
        "const type: string = problem.type;",
        "// @ts-expect-error the members are read-only",
        'problem.title = "x";',
        "// @ts-expect-error status is a number",
        'toCoinoneProblemDetails(parsed, { status: "400" });',
        "// @ts-expect-error a body must be parsed first",
        'toCoinoneProblemDetails({ result: "error", error_code: "105" });',
        "export { media, type };",
        "",
      ].join("\n"),
    );
    expect(typecheck(projects.module, ["problem.ts"])).toEqual([]);
  });
});
