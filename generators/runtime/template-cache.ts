/**
 * Handlebars' precompiled code for a template, kept between runs next to the
 * V8 code cache (compile-cache.ts): a run whose templates did not change
 * compiles none of them. An entry's key is a hash of everything the code
 * depends on (Handlebars' version, the compile options with their helper
 * names, the template text), so a stale entry is never found, only unused.
 * With no cache folder (a run from source, COINONE_NO_COMPILE_CACHE=1) every
 * template compiles, as before.
 */
import { createHash } from "node:crypto";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compileCacheFolder } from "./compile-cache.ts";

const FILE = "handlebars-templates.json";
let store: Map<string, string> | undefined;
let changed = false;

function load(folder: string): Map<string, string> {
  const entries = new Map<string, string>();
  try {
    const data = JSON.parse(readFileSync(join(folder, FILE), "utf8")) as unknown;
    if (typeof data === "object" && data !== null) for (const [key, code] of Object.entries(data)) if (typeof code === "string") entries.set(key, code);
  } catch {
    // Missing or unreadable: start empty.
  }
  process.once("exit", () => {
    if (!changed) return;
    try {
      const scratch = join(folder, `${FILE}.${process.pid}.tmp`);
      writeFileSync(scratch, JSON.stringify(Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : 1)))));
      renameSync(scratch, join(folder, FILE));
    } catch {
      // A read-only build folder: no cache.
    }
  });
  return entries;
}

/** The precompiled code for `parts` (joined, hashed), from the cache or from `compile` (which may throw; nothing is kept then). */
export function precompiledTemplate(parts: readonly string[], compile: () => string): string {
  const folder = compileCacheFolder();
  if (folder === undefined) return compile();
  store ??= load(folder);
  const key = createHash("sha256").update(parts.join("\0")).digest("hex");
  let code = store.get(key);
  if (code === undefined) {
    code = compile();
    store.set(key, code);
    changed = true;
  }
  return code;
}
