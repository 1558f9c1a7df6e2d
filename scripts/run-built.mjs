// Runs `npm run generate`, `npm run diff` and `npm run translations` from prebuilt JavaScript, with no
// tsx at run time. Reads the files build-inputs.mjs lists (generators/**,
// templates/**, the schemas, the build scripts), hashes them, and runs
// build/<hash>/<command>.mjs: the build of exactly
// these sources (esbuild, packages external, one chunk per lazily loaded
// target). A source change gives another hash, so stale code can never run:
// a missing build is made first (with a note on stderr), or, without esbuild,
// the command fails and names `npm run build`. `node scripts/run-built.mjs
// --build` (`npm run build`) builds only.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import module from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildInputs } from "./build-inputs.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const BUILD = join(ROOT, "build");
/** Command name → entry module; each becomes build/<hash>/<name>.mjs. */
const ENTRIES = {
  generate: "generators/commands/generate-entry.ts",
  diff: "generators/commands/diff-entry.ts",
  translations: "generators/commands/translations-entry.ts",
};

/** The name every chunk's `require` of a CommonJS package goes through (see cjsByRequire). */
const REQUIRE = "__coinoneRequire";

/** sha256 over the names and bytes of every input of the build. */
export function buildHash() {
  const hash = createHash("sha256");
  for (const path of buildInputs(ROOT)) {
    hash
      .update(`${path}\0`)
      .update(readFileSync(join(ROOT, path)))
      .update("\0");
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

/** Puts the first-party templates' precompiled code in place of generators/targets/first-party-templates.ts. */
const precompiledTemplates = {
  name: "precompiled-templates",
  setup(builder) {
    builder.onLoad({ filter: /[\\/]generators[\\/]targets[\\/]first-party-templates\.ts$/ }, async () => {
      const { precompiledTemplates: text } = await import("./precompiled-templates.mjs");
      return { contents: text(ROOT), loader: "js", resolveDir: join(ROOT, "generators", "targets") };
    });
  },
};

/**
 * Loads the CommonJS packages (yaml, ajv, handlebars, commander, ts-morph)
 * with `require` instead of `import`: an ES import of a CommonJS file makes
 * Node scan its whole text for export names first (cjs-module-lexer, tens of
 * milliseconds for TypeScript's 9 MB). Packages whose package.json says
 * `"type": "module"` stay ES imports.
 */
const cjsByRequire = {
  name: "cjs-by-require",
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith("node:") || args.namespace === "cjs-by-require") return undefined;
      const name = args.path.startsWith("@") ? args.path.split("/").slice(0, 2).join("/") : args.path.split("/")[0];
      const manifest = JSON.parse(readFileSync(join(ROOT, "node_modules", name, "package.json"), "utf8"));
      if (manifest.type === "module") return { path: args.path, external: true };
      return { path: args.path, namespace: "cjs-by-require" };
    });
    builder.onLoad({ filter: /.*/, namespace: "cjs-by-require" }, (args) => ({
      contents: `module.exports = ${REQUIRE}(${JSON.stringify(args.path)});`,
      loader: "js",
    }));
  },
};

/** Builds into a private folder, then renames it into place: concurrent builds cannot mix. */
export async function build(hash) {
  const target = join(BUILD, hash);
  let esbuild;
  try {
    esbuild = await import("esbuild");
  } catch {
    throw new Error(
      `the generator build is missing or stale and esbuild is not installed: run \`npm ci\` (or \`npm run build\`)`,
    );
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
    // The fast path's key names the build it runs in (generators/commands/up-to-date.ts).
    define: { __COINONE_BUILD__: JSON.stringify(hash) },
    plugins: [precompiledValidators, precompiledTemplates, cjsByRequire],
    banner: {
      js:
        `import { createRequire as __coinoneCreateRequire } from "node:module";\nconst ${REQUIRE} = ` +
        `__coinoneCreateRequire(import.meta.url);`,
    },
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
      // Builds of other sources are not needed any more, but a command started a moment ago may still be
      // loading one of their chunks: only builds untouched for a day go.
      for (const name of readdirSync(BUILD)) {
        const path = join(BUILD, name);
        if (path !== target && Date.now() - statSync(path).mtimeMs > 24 * 3600 * 1000)
          rmSync(path, { recursive: true, force: true });
      }
    } else if (command !== undefined && Object.hasOwn(ENTRIES, command)) {
      const target = await ensureBuilt();
      // Node 22.1 and later keep compiled code between runs; Node 20 has no such cache.
      module.enableCompileCache?.();
      // The command reads its own arguments from process.argv.
      process.argv = [process.argv[0], process.argv[1], ...args];
      await import(pathToFileURL(join(target, `${command}.mjs`)).href);
    } else {
      process.stderr.write(
        `usage: node scripts/run-built.mjs (generate | diff | translations | --build) [arguments]\n`,
      );
      process.exitCode = 2;
    }
  } catch (error) {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
