/**
 * Benchmark worker: runs the pipeline in-process on one catalog, timing each
 * stage (decode, parse, validate, normalise, each target, write), and prints
 * one JSON line with the times in milliseconds and the peak resident memory.
 * Run by scripts/bench.ts, one process per catalog, so memory is per size.
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const [spec, out] = process.argv.slice(2);
if (!spec || !out) throw new Error("usage: bench-stages SPEC OUT");

const stages: Record<string, number> = {};
const timed = <T>(name: string, work: () => T): T => {
  const start = performance.now();
  try {
    return work();
  } finally {
    stages[name] = (stages[name] ?? 0) + performance.now() - start;
  }
};

const started = performance.now();
// Loading the toolchain is part of every run, so it is a stage too.
const [{ loadCatalog }, { TARGETS }, { writeOutputs }, { encoded }] = await Promise.all([
  import("../generators/catalog/load-catalog.ts"),
  import("../generators/targets/index.ts"),
  import("../generators/output/writer.ts"),
  import("../generators/output/hashes.ts"),
]);
stages.import = performance.now() - started;
const bytes = readFileSync(spec);
const { catalog } = loadCatalog(bytes, spec, { stage: timed });
if (!catalog) throw new Error(`benchmark catalog ${spec} is invalid`);
// Each target's files become bytes once it is done, as the command keeps them (its text would crowd the heap).
const files = Object.entries(TARGETS).flatMap(([name, target]) => timed(name, () => target(catalog).map(encoded)));
const writeStart = performance.now();
await writeOutputs(out, files);
stages.write = performance.now() - writeStart;
stages.total = performance.now() - started;
process.stdout.write(`${JSON.stringify({ stages, maxRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`);
