/**
 * Runs a plugin entry: imports the module (a TypeScript one through tsx),
 * calls its default export with a frozen copy of the catalog view and the
 * entry's options, and checks that what comes back (maybe through a
 * promise) is a `{ path, content }[]` of strings. Every failure is a
 * PluginError with a one-line message, whatever the plugin throws or
 * returns (plugin-guard.ts keeps the time limit and catches what escapes
 * the call); a stack trace is never shown for a plugin's mistake.
 */
import { access } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import type { OutputFile } from "../output/files.ts";
import type { CatalogView } from "../targets/catalog-view.ts";
import type { TargetOptions } from "../targets/builtins.ts";
import { PluginError } from "./plugin-error.ts";
import { thrownText, watchPlugin } from "./plugin-guard.ts";

export { PluginError } from "./plugin-error.ts";

export type Plugin = (catalog: CatalogView, options: TargetOptions) => OutputFile[] | Promise<OutputFile[]>;

/** Seconds a plugin may take when its entry sets no `timeout`. */
export const DEFAULT_PLUGIN_TIMEOUT = 60;

/** Modules loaded through tsx instead of Node's own loader, which knows no TypeScript on Node 20. */
const TYPESCRIPT = /\.[cm]?tsx?$/;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

const SHAPE_HINT = "the default export must return (or resolve to) an array of { path: string, content: string }";

function badOutput(message: string): PluginError {
  return new PluginError("plugin-bad-output", message, SHAPE_HINT);
}

/** Reads one value of the plugin's result: a getter or a Proxy trap that throws is the plugin's mistake, located at
 * `what`. */
function read<T>(what: string, get: () => T): T {
  try {
    return get();
  } catch (error) {
    throw badOutput(`${what} could not be read: it threw ${thrownText(error)}`);
  }
}

/**
 * Checks a plugin's result item by item, naming the first thing wrong.
 * Every value is read once, so what is checked is what is kept.
 */
export function checkPluginOutput(result: unknown): OutputFile[] {
  if (!read("the result", () => Array.isArray(result)))
    throw badOutput(`returned ${describe(result)}, not an array of files`);
  const list = result as unknown[];
  const length = read("the result's length", () => list.length);
  const files: OutputFile[] = [];
  for (let index = 0; index < length; index++) {
    // A hole is found at once, even in an array of length 2**32 - 1.
    if (!read(`item ${index}`, () => index in list))
      throw badOutput(`item ${index} is missing: the array has a hole there`);
    const item = read(`item ${index}`, () => list[index]);
    if (item === null || typeof item !== "object" || read(`item ${index}`, () => Array.isArray(item)))
      throw badOutput(`item ${index} is ${describe(item)}, not { path, content }`);
    const record = item as Record<string, unknown>;
    const path = read(`item ${index}'s path`, () => record.path);
    if (typeof path !== "string") throw badOutput(`item ${index} has ${describe(path)} as its path, not a string`);
    const content = read(`item ${index}'s content`, () => record.content);
    if (typeof content !== "string")
      throw badOutput(`item ${index} (${JSON.stringify(path)}) has ${describe(content)} as its content, not a string`);
    const extra = read(`item ${index}'s keys`, () => Object.keys(record)).filter(
      (key) => key !== "path" && key !== "content",
    );
    if (extra.length > 0)
      throw badOutput(`item ${index} (${JSON.stringify(path)}) has unknown keys: ${extra.join(", ")}`);
    files.push({ path, content });
  }
  return files;
}

/** What a value is, in words; never throws (typeof and Array.isArray of a revoked Proxy aside, which callers guard). */
function describe(value: unknown): string {
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  if (typeof value === "object") {
    try {
      return Array.isArray(value) ? "an array" : "an object";
    } catch {
      return "an object";
    }
  }
  return `a ${typeof value}`;
}

async function importModule(modulePath: string): Promise<{ default?: unknown }> {
  const url = pathToFileURL(modulePath).href;
  if (!TYPESCRIPT.test(modulePath)) return (await import(url)) as { default?: unknown };
  let tsImport: (specifier: string, parent: string) => Promise<unknown>;
  try {
    ({ tsImport } = await import("tsx/esm/api"));
  } catch {
    throw new PluginError(
      "plugin-load-failed",
      "cannot load the module: a TypeScript plugin needs the tsx package, which is not installed",
      "install tsx (`npm install --save-dev tsx`), or compile the plugin to JavaScript and name the .mjs file",
    );
  }
  const module = (await tsImport(url, import.meta.url)) as { default?: unknown };
  // A .ts file outside a `"type": "module"` package is CommonJS to tsx: its `export default` is then
  // `module.exports.default`.
  const inner = module.default as { __esModule?: unknown; default?: unknown } | undefined;
  return typeof inner === "object" && inner !== null && inner.__esModule === true && "default" in inner
    ? { default: inner.default }
    : module;
}

async function loadAndCall(modulePath: string, catalog: CatalogView, options: TargetOptions): Promise<OutputFile[]> {
  try {
    await access(modulePath);
  } catch {
    throw new PluginError(
      "plugin-load-failed",
      "cannot load the module: no such file",
      "the `plugin:` path is relative to the folder the command runs in",
    );
  }
  let plugin: unknown;
  try {
    const module = await importModule(modulePath);
    plugin = module.default;
  } catch (error) {
    if (error instanceof PluginError) throw error;
    throw new PluginError(
      "plugin-load-failed",
      `cannot load the module: ${thrownText(error)}`,
      "check the `plugin:` path (relative to the folder the command runs in) and the module's syntax",
    );
  }
  if (typeof plugin !== "function")
    throw new PluginError(
      "plugin-not-a-function",
      `the module's default export is ${describe(plugin)}, not a function`,
      "export a function: export default function (catalog, options) { return [{ path, content }]; }",
    );
  let result: unknown;
  try {
    result = await (plugin as Plugin)(catalog, options);
  } catch (error) {
    throw new PluginError(
      "plugin-failed",
      `threw ${thrownText(error)}`,
      "fix the plugin; it receives the catalog view documented in dist/catalog.schema.json",
    );
  }
  return checkPluginOutput(result);
}

/** Runs the plugin at `modulePath`; `timeout` is in seconds. Throws PluginError. */
export async function runPlugin(
  modulePath: string,
  view: CatalogView,
  options: TargetOptions,
  timeout = DEFAULT_PLUGIN_TIMEOUT,
): Promise<OutputFile[]> {
  // Copied before the clock starts: a large catalog's copy is no part of the plugin's time.
  const catalog = deepFreeze(structuredClone(view));
  const frozenOptions = deepFreeze(structuredClone(options));
  return watchPlugin(timeout, () => loadAndCall(modulePath, catalog, frozenOptions));
}
