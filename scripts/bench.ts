/**
 * `npm run bench`: times the generator on synthetic catalogs and on the real
 * one, and prints tables. Not a test: numbers depend on the machine.
 *
 *   npm run bench                         sizes 100, 1000, 10000, 100000; 5 runs
 *   npm run bench -- --sizes 100,10000 --runs 5 [--before DIR ...]
 *   npm run bench -- --sizes none         the real catalog and the bundles only
 *   npm run bench -- --sizes 100000 --runs 1 --skip-real   one size, no real-catalog runs
 *
 * Per size: the catalog written as tools write it (yaml.stringify, CRLF, a
 * comment on every entry: scripts/synthetic-catalog.ts), the median wall
 * time of the built `generate` command and its peak memory.
 * For the real catalog, in alternating runs: `npm run bench:floor` (npm, node
 * and loading yaml, ajv, handlebars and ts-morph: scripts/bench-floor.mjs),
 * `npm run bench:npm-node` (npm starting node, which does nothing), a cold
 * `npm run generate`, and `generate` and `--check` with nothing changed;
 * wall and CPU of the process tree, each against the floor of the same run.
 * `--before DIR` (repeatable) adds the cold and up-to-date runs of an older
 * checkout (its own node_modules), named by its commit.
 * Last, the bundle size of every import set of dist/index.js with esbuild
 * and rollup, minified and gzipped (scripts/bundle-sizes.ts).
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { IMPORT_SETS, measureBundles } from "./bundle-sizes.ts";
import { BUILTIN_TARGETS } from "../generators/targets/builtins.ts";
import { JAVA_MAX_CODES } from "../generators/targets/java/limit.ts";
import { asToolsWriteIt, syntheticCatalog, targetsWithoutJava } from "./synthetic-catalog.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "100,1000,10000,100000" },
    runs: { type: "string", default: "5" },
    before: { type: "string", multiple: true },
    "skip-real": { type: "boolean", default: false },
  },
});
// `--sizes none`: only the real catalog and the bundles.
const sizes = values.sizes === "none" ? [] : values.sizes.split(",").map(Number);
const runs = Number(values.runs);
const work = mkdtempSync(join(tmpdir(), "coinone-bench-"));

/**
 * The built command, as `npm run generate` runs it (no tsx): wall time, and
 * peak resident memory of the process with all its threads (Linux: VmHWM of
 * /proc/<pid>/status, read every 20 ms while it runs; 0 elsewhere).
 */
async function built(args: string[]): Promise<{ ms: number; peakMiB: number }> {
  const start = process.hrtime.bigint();
  const child = spawn(process.execPath, [cli, ...args], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  let peakKiB = 0;
  const poll = setInterval(() => {
    try {
      const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
      if (hwm !== null) peakKiB = Math.max(peakKiB, Number(hwm[1]));
    } catch {
      // Not Linux, or the process has just ended.
    }
  }, 20);
  const status = await new Promise<number | null>((done) => child.on("close", done));
  clearInterval(poll);
  if (status !== 0) throw new Error(`${args.join(" ")} failed (${status}):\n${stderr}`);
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, peakMiB: peakKiB / 1024 };
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

const cli = join(ROOT, "scripts", "run-built.mjs");
const sizeRows: string[][] = [];
for (const size of sizes) {
  const spec = join(work, `synthetic-${size}.yaml`);
  writeFileSync(spec, asToolsWriteIt(syntheticCatalog(size)));
  // Past the java target's limit (3,000 codes) a catalog lists the other built-ins.
  const targets = join(work, "targets-without-java.yaml");
  writeFileSync(targets, targetsWithoutJava(Object.keys(BUILTIN_TARGETS)));
  const listed = size > JAVA_MAX_CODES ? ["--targets", targets] : [];
  const e2e: Array<{ ms: number; peakMiB: number }> = [];
  for (let i = 0; i < runs; i++) {
    e2e.push(await built(["generate", "--spec", spec, ...listed, "--out", join(work, `e2e-${size}-${i}`)]));
    rmSync(join(work, `e2e-${size}-${i}`), { recursive: true, force: true });
  }
  sizeRows.push([
    size.toLocaleString("en"),
    format(median(e2e.map((run) => run.ms))),
    `${Math.round(Math.max(...e2e.map((run) => run.peakMiB)))} MiB`,
  ]);
  process.stderr.write(`measured ${size} codes\n`);
}

if (sizes.length > 0) {
  console.log(
    `Synthetic catalogs as tools write them (yaml.stringify, CRLF, a comment per entry), every built-in target ` +
      `(past ${JAVA_MAX_CODES} codes all but java): median of ${runs} runs of the built generate, highest peak RSS\n`,
  );
  console.log(table(["codes", "end to end", "peak RSS"], sizeRows));
}

/** CPU seconds of every waited-for child process tree so far (Linux: /proc/self/stat cutime + cstime). */
function childCpuMs(): number {
  const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1]!.split(" ");
  // Fields 16 and 17 of stat (cutime, cstime) are 14 and 15 after the name; clock ticks of 10 ms.
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

/** One run of `npm <args>` in `cwd`: wall and CPU (the whole tree: npm, node, workers). */
function npm(args: string[], cwd = ROOT): { wall: number; cpu: number } {
  const cpuBefore = childCpuMs();
  const start = process.hrtime.bigint();
  const result = spawnSync("npm", args, { cwd, encoding: "utf8", maxBuffer: 1 << 26 });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`npm ${args.join(" ")} failed (${result.status}):\n${result.stderr}`);
  return { wall, cpu: childCpuMs() - cpuBefore };
}

if (!values["skip-real"]) {
  // The real catalog, side by side: the floor, a cold run into a fresh folder, an
  // up-to-date --check and generate on the committed dist/; with --before DIR, the
  // same runs of an older checkout (its own node_modules) alternate with them.
  const realOut = join(work, "real");
  type Case = { name: string; run: (i: number) => { wall: number; cpu: number } };
  const cases: Case[] = [
    { name: "floor: npm + node + yaml, ajv, handlebars, ts-morph", run: () => npm(["run", "--silent", "bench:floor"]) },
    // What any `npm run` costs before it does anything: npm starting node.
    { name: "npm + node, doing nothing", run: () => npm(["run", "--silent", "bench:npm-node"]) },
    {
      name: "generate, cold (fresh output folder)",
      run: (i) => npm(["run", "--silent", "generate", "--", "--out", `${realOut}-${i}`]),
    },
    { name: "generate --check, up to date", run: () => npm(["run", "--silent", "generate", "--", "--check"]) },
    { name: "generate, up to date", run: () => npm(["run", "--silent", "generate"]) },
  ];
  // Each older checkout is named by its folder and commit.
  for (const [n, folder] of (values.before ?? []).entries()) {
    const before = resolve(folder);
    const commit = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: before, encoding: "utf8" }).stdout.trim();
    cases.push(
      {
        name: `before (${commit}): generate, cold`,
        run: (i) => npm(["run", "--silent", "generate", "--", "--out", `${realOut}-before-${n}-${i}`], before),
      },
      {
        name: `before (${commit}): generate --check, up to date`,
        run: () => npm(["run", "--silent", "generate", "--", "--check"], before),
      },
    );
  }
  const samples = cases.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
  for (let i = 0; i < runs; i++) {
    cases.forEach((c, k) => {
      const { wall, cpu } = c.run(i);
      samples[k]!.wall.push(wall);
      samples[k]!.cpu.push(cpu);
    });
  }
  const floorWall = median(samples[0]!.wall);
  const floorCpu = median(samples[0]!.cpu);
  console.log(
    `\nReal catalog (spec/errors.yaml), medians of ${runs} alternating runs; CPU of the whole process tree\n`,
  );
  console.log(
    table(
      ["run", "wall", "CPU", "wall / floor", "CPU / floor"],
      cases.map((c, k) => {
        const wall = median(samples[k]!.wall);
        const cpu = median(samples[k]!.cpu);
        return [c.name, format(wall), format(cpu), (wall / floorWall).toFixed(2), (cpu / floorCpu).toFixed(2)];
      }),
    ),
  );
}

const bundles = await measureBundles(ROOT);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(2)} KiB`;
const sizeOf = (set: string, bundler: string) => bundles.find((b) => b.set === set && b.bundler === bundler)!;
console.log("\nBundle sizes of dist/index.js by import set (minified / gzipped)\n");
console.log(
  table(
    ["import set", "esbuild", "rollup"],
    Object.keys(IMPORT_SETS).map((set) => [
      set,
      ...["esbuild", "rollup"].map((b) => `${kib(sizeOf(set, b).minified)} / ${kib(sizeOf(set, b).gzipped)}`),
    ]),
  ),
);
/** Lines of the generator and its scripts, as `wc -l` counts them. */
const lines = (dir: string) =>
  spawnSync("git", ["ls-files", "-z", dir], { cwd: ROOT, encoding: "utf8" })
    .stdout.split("\0")
    .filter((path) => path !== "")
    .reduce((total, path) => total + (readFileSync(join(ROOT, path), "utf8").match(/\n/g)?.length ?? 0), 0);
console.log(`\nLines: generators/ ${lines("generators")}, scripts/ ${lines("scripts")}`);
rmSync(work, { recursive: true, force: true });
