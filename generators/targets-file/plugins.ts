/**
 * Runs a plugin entry: imports the module, calls its default export with a
 * frozen copy of the catalog view and the entry's options, and checks that
 * what comes back (maybe through a promise) is a `{ path, content }[]` of
 * strings. Every failure is a PluginError with a one-line message; a stack
 * trace is never shown for a plugin's mistake.
 */
import { access } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import type { OutputFile } from "../output/files.ts";
import type { CatalogView } from "../targets/catalog-view.ts";
import type { TargetOptions } from "../targets/builtins.ts";

export class PluginError extends Error {
  constructor(
    readonly rule: "plugin-load-failed" | "plugin-not-a-function" | "plugin-failed" | "plugin-bad-output",
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

export type Plugin = (catalog: CatalogView, options: TargetOptions) => OutputFile[] | Promise<OutputFile[]>;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? `${error.name === "Error" ? "" : `${error.name}: `}${error.message}` : String(error);
  return text.split("\n")[0] ?? text;
}

const SHAPE_HINT = "the default export must return (or resolve to) an array of { path: string, content: string }";

/** Checks a plugin's result item by item, naming the first thing wrong. */
export function checkPluginOutput(result: unknown): OutputFile[] {
  if (!Array.isArray(result)) throw new PluginError("plugin-bad-output", `returned ${describe(result)}, not an array of files`, SHAPE_HINT);
  return result.map((item: unknown, index) => {
    if (item === null || typeof item !== "object" || Array.isArray(item)) throw new PluginError("plugin-bad-output", `item ${index} is ${describe(item)}, not { path, content }`, SHAPE_HINT);
    const { path, content, ...rest } = item as Record<string, unknown>;
    if (typeof path !== "string") throw new PluginError("plugin-bad-output", `item ${index} has ${describe(path)} as its path, not a string`, SHAPE_HINT);
    if (typeof content !== "string") throw new PluginError("plugin-bad-output", `item ${index} (${JSON.stringify(path)}) has ${describe(content)} as its content, not a string`, SHAPE_HINT);
    const extra = Object.keys(rest);
    if (extra.length > 0) throw new PluginError("plugin-bad-output", `item ${index} (${JSON.stringify(path)}) has unknown keys: ${extra.join(", ")}`, SHAPE_HINT);
    return { path, content };
  });
}

function describe(value: unknown): string {
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}

export async function runPlugin(modulePath: string, view: CatalogView, options: TargetOptions): Promise<OutputFile[]> {
  let module: { default?: unknown };
  try {
    await access(modulePath);
  } catch {
    throw new PluginError("plugin-load-failed", "cannot load the module: no such file", "the `plugin:` path is relative to the folder the command runs in");
  }
  try {
    module = (await import(pathToFileURL(modulePath).href)) as { default?: unknown };
  } catch (error) {
    throw new PluginError("plugin-load-failed", `cannot load the module: ${firstLine(error)}`, "check the `plugin:` path (relative to the folder the command runs in) and the module's syntax");
  }
  const plugin = module.default;
  if (typeof plugin !== "function") throw new PluginError("plugin-not-a-function", `the module's default export is ${describe(plugin)}, not a function`, "export a function: export default function (catalog, options) { return [{ path, content }]; }");
  let result: unknown;
  try {
    result = await (plugin as Plugin)(deepFreeze(structuredClone(view)), deepFreeze(structuredClone(options)));
  } catch (error) {
    throw new PluginError("plugin-failed", `threw ${firstLine(error)}`, "fix the plugin; it receives the catalog view documented in dist/catalog.schema.json");
  }
  return checkPluginOutput(result);
}
