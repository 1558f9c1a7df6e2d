/**
 * Fuzzing the command: mutated catalog bytes (truncation, random bytes, bit
 * flips, duplicated and deleted lines, changed indentation) must end in exit
 * 0, or exit 1 with located diagnostics: never another exit code, never a
 * stack trace, never a file written on exit 1.
 * FUZZ_RUNS=2000 npm test -- test/fuzz.test.ts runs a long campaign.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../generators/commands/generate.ts";
import { loadCatalog } from "../generators/catalog/load-catalog.ts";
import { ROOT, runCli } from "./helpers.ts";
import { readerProblems } from "./readers.ts";

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SPEC = readFileSync(join(ROOT, "spec", "errors.yaml"));

type Mutation =
  | { op: "truncate"; at: number }
  | { op: "insert"; at: number; bytes: number[] }
  | { op: "flip"; at: number; bit: number }
  | { op: "duplicate-line"; line: number }
  | { op: "delete-line"; line: number }
  | { op: "indent"; line: number; change: "more" | "less" | "tab" };

const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant("truncate" as const), at: position }),
  fc.record({
    op: fc.constant("insert" as const),
    at: position,
    bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }),
  }),
  fc.record({ op: fc.constant("flip" as const), at: position, bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ op: fc.constant("duplicate-line" as const), line: position }),
  fc.record({ op: fc.constant("delete-line" as const), line: position }),
  fc.record({
    op: fc.constant("indent" as const),
    line: position,
    change: fc.constantFrom("more" as const, "less" as const, "tab" as const),
  }),
) as fc.Arbitrary<Mutation>;

export function mutate(input: Buffer, mutations: readonly Mutation[]): Buffer {
  let bytes = Buffer.from(input);
  for (const m of mutations) {
    if (m.op === "truncate") bytes = bytes.subarray(0, Math.floor(m.at * bytes.length));
    else if (m.op === "insert") {
      const at = Math.floor(m.at * bytes.length);
      bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(m.bytes), bytes.subarray(at)]);
    } else if (m.op === "flip") {
      if (bytes.length === 0) continue;
      const at = Math.floor(m.at * bytes.length);
      bytes[at] = (bytes[at] ?? 0) ^ (1 << m.bit);
    } else {
      const lines = bytes.toString("latin1").split("\n");
      const i = Math.floor(m.line * lines.length);
      const line = lines[i] ?? "";
      if (m.op === "duplicate-line") lines.splice(i, 0, line);
      else if (m.op === "delete-line") lines.splice(i, 1);
      else
        lines[i] =
          m.change === "more"
            ? `  ${line}`
            : m.change === "less"
              ? line.replace(/^ {1,2}/, "")
              : line.replace(/^ +/, "\t");
      bytes = Buffer.from(lines.join("\n"), "latin1");
    }
  }
  return bytes;
}

const LOCATED = /^spec\/errors\.yaml:\d+:\d+ (error|warning) [a-z0-9-]+: .+$/;
const HINT = /^ {2}hint: .+$/;
const SUMMARY = /^spec\/errors\.yaml: \d+ errors?; nothing was written$/;

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "coinone-fuzz-"));
  mkdirSync(join(work, "spec"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("fuzzing the catalog", () => {
  it(`${RUNS} mutated catalogs end in exit 0 or in exit 1 with located diagnostics and nothing written`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        writeFileSync(join(work, "spec", "errors.yaml"), mutate(SPEC, mutations));
        rmSync(join(work, "out"), { recursive: true, force: true });
        let stderr = "";
        const code = await main(["--out", "out"], { cwd: work, stdout: () => {}, stderr: (text) => (stderr += text) });
        const lines = stderr.split("\n").filter((line) => line !== "");
        if (code === 1) {
          expect(existsSync(join(work, "out"))).toBe(false);
          expect(lines.some((line) => LOCATED.test(line) && line.includes(" error "))).toBe(true);
          for (const line of lines)
            expect(LOCATED.test(line) || HINT.test(line) || SUMMARY.test(line), line).toBe(true);
        } else {
          expect(code).toBe(0);
          expect(existsSync(join(work, "out", "catalog.json"))).toBe(true);
          for (const line of lines) expect(LOCATED.test(line) || HINT.test(line), line).toBe(true);
          // The artifacts of every catalog that passes are read back by the real consumers.
          const catalog = loadCatalog(readFileSync(join(work, "spec", "errors.yaml")), "spec/errors.yaml").catalog;
          expect(catalog).toBeDefined();
          if (catalog !== undefined)
            expect((await readerProblems(catalog, join(work, "out"))).join("\n").slice(0, 2000)).toBe("");
        }
      }),
      { numRuns: RUNS, ...(process.env.FUZZ_SEED === undefined ? {} : { seed: Number(process.env.FUZZ_SEED) }) },
    );
  }, 600_000);

  it("as a real process: exit codes 0 or 1 and no stack trace, for a few fixed mutations", () => {
    const samples: Mutation[][] = [
      [{ op: "truncate", at: 0.5 }],
      [{ op: "insert", at: 0.3, bytes: [0xff, 0xfe, 0x00] }],
      [{ op: "flip", at: 0.42, bit: 5 }],
      [{ op: "indent", line: 0.6, change: "tab" }],
      [{ op: "duplicate-line", line: 0.2 }],
      [{ op: "delete-line", line: 0.01 }],
    ];
    for (const mutations of samples) {
      writeFileSync(join(work, "spec", "errors.yaml"), mutate(SPEC, mutations));
      rmSync(join(work, "out"), { recursive: true, force: true });
      const run = runCli(["--out", "out"], work);
      expect([0, 1], JSON.stringify(mutations)).toContain(run.status);
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect(run.stderr).not.toContain("internal error");
      if (run.status === 1) expect(existsSync(join(work, "out"))).toBe(false);
    }
  });
});
