/**
 * V8 code cache for the CommonJS libraries the built command loads (yaml,
 * ajv's runtime, handlebars, commander, ts-morph with its 9 MB TypeScript).
 * Parsing and compiling them is a large part of every run's start; with the
 * cache, V8 deserialises the compiled code instead.
 *
 * Node 22.1 and later have this built in (`module.enableCompileCache`), for
 * ES modules too; Node 20 does not, so there `Module.prototype._compile` is
 * wrapped for files under node_modules: the module's wrapper is compiled
 * with `vm.Script` and its cached data, and new cached data is produced once
 * the module has run (so it holds the functions compiled while loading).
 * The cache is one file per thread name in `dir` (the build's own folder,
 * next to the code it serves), written at exit by temporary name and rename;
 * an entry is used only for the same file: name, text length, and the
 * file's inode, size and change time (any write to a file, or a new copy of
 * it, gives it a new change time; hashing TypeScript's 9 MB instead cost
 * more than a tenth of what the cache saves), and V8 itself rejects data
 * from another V8 version or flags. Any
 * failure only means no cache: the command runs the same, slower.
 *
 * scripts/run-built.mjs turns it on for the main thread; the target
 * worker thread turns it on with the folder the main thread used
 * (`compileCacheFolder()`, passed in workerData). Set
 * COINONE_NO_COMPILE_CACHE=1 to turn it off.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import Module from "node:module";
import { dirname, join, sep } from "node:path";
import { Script } from "node:vm";
import { isMainThread } from "node:worker_threads";

interface Entry {
  readonly key: string;
  readonly data: Buffer;
}

interface CompilingModule {
  exports: unknown;
  require(id: string): unknown;
}

type Compile = (this: CompilingModule, content: string, filename: string) => unknown;

const MODULE = Module as unknown as {
  prototype: { _compile: Compile };
  wrap(content: string): string;
  _resolveFilename(request: string, parent: unknown, isMain: boolean, options?: unknown): string;
  _extensions: unknown;
  _cache: unknown;
};

let folder: string | undefined;
/** What this thread's Node 20 cache did: modules run from cached code, and modules compiled (their code is cached at exit). */
const stats = { fromCache: 0, compiled: 0 };

export function compileCacheStats(): { readonly fromCache: number; readonly compiled: number } {
  return { ...stats };
}

/** The folder this thread's cache is in, when it is on. */
export function compileCacheFolder(): string | undefined {
  return folder;
}

/** Turns the cache on for the rest of this thread's life; `dir` is created when missing. */
export function enableCompileCache(dir: string): void {
  if (process.env.COINONE_NO_COMPILE_CACHE || folder !== undefined) return;
  folder = dir;
  const native = (Module as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache;
  if (typeof native === "function") {
    try {
      native(join(dir, "node"));
    } catch {
      // No cache: the run is only slower.
    }
    return;
  }
  wrapCompile(join(dir, `v8-${process.versions.v8}-${isMainThread ? "main" : "worker"}.cache`));
}

function wrapCompile(file: string): void {
  const stored = readStore(file);
  const fresh = new Map<string, Entry>();
  const produced: Array<{ filename: string; key: string; script: Script }> = [];
  const original = MODULE.prototype._compile;
  const nodeModules = `${sep}node_modules${sep}`;
  MODULE.prototype._compile = function (content: string, filename: string) {
    if (!filename.includes(nodeModules)) return original.call(this, content, filename);
    const key = fileKey(filename, content);
    const cached = stored.get(filename);
    const script = new Script(MODULE.wrap(content), { filename, ...(cached?.key === key && { cachedData: cached.data }) });
    if (cached?.key === key && !script.cachedDataRejected) {
      fresh.set(filename, cached);
      stats.fromCache++;
    } else {
      produced.push({ filename, key, script });
      stats.compiled++;
    }
    const result = (script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown).call(
      this.exports,
      this.exports,
      requireFor(this),
      this,
      filename,
      dirname(filename),
    );
    return result;
  };
  flush = () => {
    if (produced.length === 0) return;
    for (const { filename, key, script } of produced.splice(0)) fresh.set(filename, { key, data: script.createCachedData() });
    writeStore(file, fresh);
  };
  process.once("exit", () => flush());
}

let flush = (): void => undefined;

/** Writes what this thread compiled so far (a worker thread that is stopped gets no exit event to do it). */
export function flushCompileCache(): void {
  flush();
}

/** The `require` a module's wrapper receives, as Node builds it. */
/** What must be the same for cached code to be used: see the header. */
function fileKey(filename: string, content: string): string {
  try {
    const { ino, size, ctimeMs, mtimeMs } = statSync(filename);
    return `${content.length}:${size}:${ino}:${ctimeMs}:${mtimeMs}`;
  } catch {
    // No file to compare with: a key no entry has.
    return `${content.length}:unknown:${Math.random()}`;
  }
}

function requireFor(module: CompilingModule): NodeJS.Require {
  const require = ((id: string) => module.require(id)) as NodeJS.Require;
  const resolve = ((request: string, options?: unknown) => MODULE._resolveFilename(request, module, false, options)) as NodeJS.RequireResolve;
  return Object.assign(require, { resolve, main: process.mainModule, extensions: MODULE._extensions, cache: MODULE._cache }) as NodeJS.Require;
}

/** Format: a JSON index line (name, key, length per entry), then the data back to back. */
function readStore(file: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  try {
    const bytes = readFileSync(file);
    const end = bytes.indexOf(10);
    const index = JSON.parse(bytes.subarray(0, end).toString("utf8")) as Array<[string, string, number]>;
    let offset = end + 1;
    for (const [filename, key, length] of index) {
      entries.set(filename, { key, data: bytes.subarray(offset, offset + length) });
      offset += length;
    }
  } catch {
    // Missing or unreadable: start empty.
  }
  return entries;
}

function writeStore(file: string, entries: Map<string, Entry>): void {
  try {
    const list = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const index = JSON.stringify(list.map(([filename, { key, data }]) => [filename, key, data.length]));
    mkdirSync(dirname(file), { recursive: true });
    const scratch = `${file}.${process.pid}.tmp`;
    writeFileSync(scratch, Buffer.concat([Buffer.from(`${index}\n`), ...list.map(([, { data }]) => data)]));
    renameSync(scratch, file);
  } catch {
    // A read-only build folder: no cache.
  }
}
