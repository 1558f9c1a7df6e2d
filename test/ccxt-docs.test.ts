/**
 * The ccxt page's setup block (docs/consumers/ccxt.md), run as written with
 * the pinned `ccxt` in a project that installed the packed tarball: every
 * request of the configured exchange is answered by a mocked HTTP response
 * (ccxt's own `fetchImplementation` option), and for every catalog code, in
 * each body shape ccxt's coinone reads, the request must throw exactly the
 * class the catalog maps that code to. Also pinned: ccxt ignores the legacy
 * camelCase `errorCode` body.
 */
import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CCXT_ERROR_CLASSES } from "../generators/targets/ccxt.ts";
import { linkDevDependency, packToScratch } from "./consumers/scratch.ts";
import { docBlock } from "./doc-blocks.ts";
import { loadFile, ROOT } from "./helpers.ts";

const catalog = loadFile(join(ROOT, "spec", "errors.yaml"));
const active = catalog.errors.filter((e) => !e.removed);
const block = docBlock("docs/consumers/ccxt.md", "js");

interface Case {
  readonly id: string;
  readonly code: string;
  readonly status: number;
  readonly body: string;
}
interface Outcome {
  readonly id: string;
  /** The thrown class's name, or null when the request returned. */
  readonly thrown: string | null;
  /** True when the thrown class is the one `ccxt` exports under that name. */
  readonly ccxtClass: boolean;
}

/** The wire shapes ccxt's coinone reads: error_code as a string (with and without error_msg) or a number. */
function bodies(code: string, message: string): [string, Record<string, unknown>][] {
  return [
    ["string code", { result: "error", error_code: code, error_msg: message }],
    ["no message", { result: "error", error_code: code }],
    // A number on the wire reads back as the same code only when it is written without leading zeros.
    ...(String(Number(code)) === code
      ? [["number code", { result: "error", error_code: Number(code) }] as [string, Record<string, unknown>]]
      : []),
  ];
}

const STATUSES = [200, 400, 500];
const cases: Case[] = active.flatMap((e) =>
  bodies(e.code, e.message).flatMap(([shape, body]) =>
    STATUSES.map((status) => ({
      id: `${e.code} ${shape} HTTP ${status}`,
      code: e.code,
      status,
      body: JSON.stringify(body),
    })),
  ),
);
const camelCases: Case[] = active.map((e) => ({
  id: `${e.code} camelCase HTTP 200`,
  code: e.code,
  status: 200,
  body: JSON.stringify({ result: "error", errorCode: e.code, errorMsg: e.message }),
}));
const unknown: Case = {
  id: "unknown code",
  code: "99999",
  status: 200,
  body: JSON.stringify({ result: "error", error_code: "99999", error_msg: "New" }),
};

/** Appended to the page's block: answers each request with the next case's response and records what was thrown. */
const HARNESS = `
import { readFileSync } from "node:fs";
const outcomes = [];
coinone.apiKey = "key";
coinone.secret = "secret";
coinone.enableRateLimit = false;
for (const c of JSON.parse(readFileSync("cases.json", "utf8"))) {
  coinone.fetchImplementation = async () =>
    new Response(c.body, { status: c.status, headers: { "Content-Type": "application/json" } });
  try {
    await coinone.v2_1PrivatePostAccountBalanceAll();
    outcomes.push({ id: c.id, thrown: null, ccxtClass: false });
  } catch (error) {
    const thrown = error.constructor;
    outcomes.push({ id: c.id, thrown: thrown.name, ccxtClass: ccxt[thrown.name] === thrown });
  }
}
console.log(JSON.stringify(outcomes));
`;

let project = "";
let outcomes = new Map<string, Outcome>();

beforeAll(() => {
  project = packToScratch("coinone-ccxt-docs-", "module").root;
  linkDevDependency(project, "ccxt");
  writeFileSync(join(project, "cases.json"), JSON.stringify([...cases, ...camelCases, unknown]));
  writeFileSync(join(project, "setup.mjs"), block.code + HARNESS);
  const run = spawnSync(process.execPath, ["setup.mjs"], { cwd: project, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`the ccxt block failed:\n${run.stderr}`);
  outcomes = new Map((JSON.parse(run.stdout) as Outcome[]).map((o) => [o.id, o]));
}, 300_000);
afterAll(() => rmSync(dirname(project), { recursive: true, force: true }));

describe("the ccxt page's block, run as written against real ccxt", () => {
  it("answered every case", () => {
    expect(outcomes.size).toBe(cases.length + camelCases.length + 1);
    // 90 codes, each in 2 or 3 shapes at 3 statuses.
    expect(active).toHaveLength(90);
    expect(cases.length).toBeGreaterThanOrEqual(90 * 2 * STATUSES.length);
  });

  const mapped = (code: string) => CCXT_ERROR_CLASSES[active.find((e) => e.code === code)!.errorClass];

  it("90 of 90 codes throw their mapped ccxt class in every case", () => {
    const right = (c: Case) => outcomes.get(c.id)?.thrown === mapped(c.code) && outcomes.get(c.id)?.ccxtClass === true;
    const codes = active.filter((e) => cases.filter((c) => c.code === e.code).every(right));
    expect(`${codes.length}/${active.length}`).toBe("90/90");
  });

  it("every catalog code, in every shape and status, throws exactly its mapped ccxt class", () => {
    expect(cases.map((c) => outcomes.get(c.id))).toEqual(
      cases.map((c) => ({ id: c.id, thrown: mapped(c.code), ccxtClass: true })),
    );
  });

  it("an unknown code throws ccxt's fallback ExchangeError", () => {
    expect(outcomes.get(unknown.id)).toEqual({ id: unknown.id, thrown: "ExchangeError", ccxtClass: true });
  });

  it("ccxt ignores the legacy camelCase errorCode body: nothing is thrown for any code (as the page says)", () => {
    expect(camelCases.map((c) => outcomes.get(c.id)?.thrown)).toEqual(camelCases.map(() => null));
  });
});
