/**
 * `npm run bench`: times the generator on synthetic catalogs and on the real
 * one, and prints tables. Not a test: numbers depend on the machine.
 *
 *   npm run bench                         sizes 100, 1000, 10000, 100000; 3 runs
 *   npm run bench -- --sizes 100,10000 --runs 5
 *
 * Per size: each stage's time in one in-process run (scripts/bench-stages.ts),
 * its peak memory, and the median wall time of `generate` as a process.
 * For the real catalog: the median of `npm run generate`'s command against a
 * process that only loads the same dependencies (scripts/bench-floor.ts).
 * Last, the bundle size of every import set of dist/index.js with esbuild
 * and rollup, minified and gzipped (scripts/bundle-sizes.ts).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { IMPORT_SETS, measureBundles } from "./bundle-sizes.ts";
import { syntheticCatalog } from "./synthetic-catalog.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const TSX = pathToFileURL(join(ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;
const { values } = parseArgs({
  options: { sizes: { type: "string", default: "100,1000,10000,100000" }, runs: { type: "string", default: "3" } },
});
const sizes = values.sizes.split(",").map(Number);
const runs = Number(values.runs);
const work = mkdtempSync(join(tmpdir(), "coinone-bench-"));

function node(args: string[]): { ms: number; stdout: string } {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ["--import", TSX, ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed (${result.status}):\n${result.stderr}`);
  return { ms, stdout: result.stdout };
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const format = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i] ?? 0)).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

const cli = join(ROOT, "generators", "commands", "generate-entry.ts");
const stageRows: string[][] = [];
let stageNames: string[] = [];
for (const size of sizes) {
  const spec = join(work, `synthetic-${size}.yaml`);
  writeFileSync(spec, syntheticCatalog(size));
  const report = JSON.parse(node([join(ROOT, "scripts", "bench-stages.ts"), spec, join(work, `stages-${size}`)]).stdout) as {
    stages: Record<string, number>;
    maxRssMiB: number;
  };
  stageNames = Object.keys(report.stages).filter((name) => name !== "total");
  const endToEnd = median(Array.from({ length: runs }, (_, i) => node([cli, "--spec", spec, "--out", join(work, `e2e-${size}-${i}`)]).ms));
  stageRows.push([
    size.toLocaleString("en"),
    ...stageNames.map((name) => format(report.stages[name] ?? 0)),
    format(endToEnd),
    `${Math.round(report.maxRssMiB)} MiB`,
  ]);
  process.stderr.write(`measured ${size} codes\n`);
}

console.log(`Synthetic catalogs (stage times from one in-process run; end to end: median of ${runs} runs of generate)\n`);
console.log(table(["codes", ...stageNames, "end to end", "peak RSS"], stageRows));

const realOut = join(work, "real");
const floor = median(Array.from({ length: runs }, () => node([join(ROOT, "scripts", "bench-floor.ts")]).ms));
const real = median(Array.from({ length: runs }, (_, i) => node([cli, "--out", `${realOut}-${i}`]).ms));
console.log(`\nReal catalog (spec/errors.yaml), median of ${runs} runs\n`);
console.log(
  table(
    ["run", "time", "ratio to floor"],
    [
      ["load dependencies only (floor)", format(floor), "1.00"],
      ["generate (all targets, fresh output folder)", format(real), (real / floor).toFixed(2)],
    ],
  ),
);

const bundles = await measureBundles(ROOT);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(2)} KiB`;
const sizeOf = (set: string, bundler: string) => bundles.find((b) => b.set === set && b.bundler === bundler)!;
console.log("\nBundle sizes of dist/index.js by import set (minified / gzipped)\n");
console.log(
  table(
    ["import set", "esbuild", "rollup"],
    Object.keys(IMPORT_SETS).map((set) => [set, ...["esbuild", "rollup"].map((b) => `${kib(sizeOf(set, b).minified)} / ${kib(sizeOf(set, b).gzipped)}`)]),
  ),
);
rmSync(work, { recursive: true, force: true });
