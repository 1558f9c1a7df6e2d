// Runs `npm run generate` and `npm run diff` from prebuilt JavaScript, with no
// tsx at run time. Reads generators/**, spec/*.schema.json and this file,
// hashes them, and runs build/<hash>/<command>.mjs: the build of exactly
// these sources (esbuild, packages external, one chunk per lazily loaded
// target). A source change gives another hash, so stale code can never run:
// a missing build is made first (with a note on stderr), or, without esbuild,
// the command fails and names `npm run build`. `npm ci` builds through the
// `prepare` script; `node scripts/run-built.mjs --build` builds only.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const BUILD = join(ROOT, "build");
/** Command name → entry module; each becomes build/<hash>/<name>.mjs. */
const ENTRIES = {
  generate: "generators/commands/generate-entry.ts",
  diff: "generators/commands/diff-entry.ts",
  // The up-to-date fast path: node built-ins only.
  "up-to-date": "generators/output/up-to-date.ts",
  // The TypeScript worker thread: worker-client.ts starts ./worker-boot.mjs next to itself.
  "worker-boot": "generators/targets/typescript/worker.ts",
};

/** Every file below `dir`, as sorted paths relative to the root. */
function filesBelow(dir) {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

/** sha256 over the names and bytes of every input of the build. */
export function buildHash() {
  const hash = createHash("sha256");
  const schemas = readdirSync(join(ROOT, "spec")).filter((name) => name.endsWith(".schema.json")).sort().map((name) => `spec/${name}`);
  for (const path of [...filesBelow("generators"), ...schemas, "scripts/run-built.mjs", "scripts/standalone-validators.mjs"]) {
    hash.update(`${path}\0`).update(readFileSync(join(ROOT, path))).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

const exists = (path) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** Puts ajv's standalone code in place of generators/catalog/validators.ts (which compiles the schemas at run time). */
const precompiledValidators = {
  name: "precompiled-validators",
  setup(builder) {
    builder.onLoad({ filter: /[\\/]generators[\\/]catalog[\\/]validators\.ts$/ }, async () => {
      const { standaloneValidators } = await import("./standalone-validators.mjs");
      return { contents: standaloneValidators(ROOT), loader: "js", resolveDir: join(ROOT, "generators", "catalog") };
    });
  },
};

/** Builds into a private folder, then renames it into place: concurrent builds cannot mix. */
export async function build(hash) {
  const target = join(BUILD, hash);
  let esbuild;
  try {
    esbuild = await import("esbuild");
  } catch {
    throw new Error(`the generator build is missing or stale and esbuild is not installed: run \`npm ci\` (or \`npm run build\`)`);
  }
  const scratch = `${target}.${process.pid}.tmp`;
  rmSync(scratch, { recursive: true, force: true });
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: Object.entries(ENTRIES).map(([out, input]) => ({ in: input, out })),
    outdir: scratch,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    outExtension: { ".js": ".mjs" },
    chunkNames: "chunk-[hash]",
    logLevel: "error",
    plugins: [precompiledValidators],
  });
  try {
    renameSync(scratch, target);
  } catch {
    // Another process built the same sources first.
    rmSync(scratch, { recursive: true, force: true });
  }
  return target;
}

/** The folder holding the build of the current sources, built when missing. */
export async function ensureBuilt({ quiet = false } = {}) {
  const hash = buildHash();
  const target = join(BUILD, hash);
  if (exists(join(target, "generate.mjs"))) return target;
  mkdirSync(BUILD, { recursive: true });
  if (!quiet) process.stderr.write(`note: the generators changed since the last build; building build/${hash} first\n`);
  return build(hash);
}

async function main() {
  const [command, ...args] = process.argv.slice(2);
  try {
    if (command === "--build") {
      const target = await ensureBuilt({ quiet: true });
      // Builds of other sources are not needed any more (a running command may use one: only here).
      for (const name of readdirSync(BUILD)) if (join(BUILD, name) !== target) rmSync(join(BUILD, name), { recursive: true, force: true });
    } else if (command === "generate" || command === "diff") {
      const target = await ensureBuilt();
      if (command === "generate") {
        // Nothing changed since the last run: say so without loading the generators.
        const { upToDate } = await import(pathToFileURL(join(target, "up-to-date.mjs")).href);
        const message = await upToDate(args, process.cwd()).catch(() => undefined);
        if (message !== undefined) process.stdout.write(message);
        if (message !== undefined) return;
      }
      // The command reads its own arguments from process.argv.
      process.argv = [process.argv[0], process.argv[1], ...args];
      await import(pathToFileURL(join(target, `${command}.mjs`)).href);
    } else {
      process.stderr.write(`usage: node scripts/run-built.mjs (generate | diff | --build) [arguments]\n`);
      process.exitCode = 2;
    }
  } catch (error) {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
