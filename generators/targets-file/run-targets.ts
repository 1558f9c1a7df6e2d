/**
 * Runs the entries of a targets file on a loaded catalog: built-ins with
 * their options, templates (read from disk and rendered), plugins (imported
 * and called), one after another. Then checks every output path (inside --out, written once) and
 * returns the files sorted by path, or located diagnostics and no files.
 */
import { resolve } from "node:path";
import type { Diagnostic, Position } from "../catalog/diagnostics.ts";
import { quote, sortDiagnostics } from "../catalog/diagnostics.ts";
import type { Catalog } from "../catalog/types.ts";
import type { OutputFile } from "../output/files.ts";
import { BUILTIN_TARGETS } from "../targets/builtins.ts";
import { buildCatalogView } from "../targets/catalog-view.ts";
import { renderTemplateTarget, TEMPLATE_HELPER_NAMES, TemplateError } from "../targets/template.ts";
import { sortFiles } from "../output/files.ts";
import { READ_LIMIT, readProblem, readRegularFile } from "../output/regular-file.ts";
import { TEMPLATE_VIEWS } from "../targets/views.ts";
import type { TargetEntry } from "./load-targets.ts";
import { didYouMean } from "../catalog/nearest.ts";
import { describeClash, outputPathProblem, pathClashes } from "./output-paths.ts";
import type { Produced } from "./output-paths.ts";
import { PluginError, runPlugin } from "./plugins.ts";

export interface RunContext {
  /** Template and plugin paths are relative to this folder. */
  readonly cwd: string;
  /** The targets file as diagnostics name it. */
  readonly file: string;
  /** Told the name of each entry as it starts (the command shows progress on a terminal). */
  readonly onEntry?: (name: string, index: number, total: number) => void;
}

export interface RunResult {
  /** Each entry's files, in entry order; empty when there are diagnostics. */
  readonly produced: readonly Produced[];
  /** All files sorted by path; empty when there are diagnostics. */
  readonly files: readonly OutputFile[];
  readonly diagnostics: readonly Diagnostic[];
}

type Outcome = { readonly files: OutputFile[] } | { readonly diagnostics: Diagnostic[] };

const HELPER_HINTS: Record<string, (message: string) => string> = {
  "unknown-helper": (message) =>
    `${didYouMean(/"(.*)"/.exec(message)?.[1] ?? "", TEMPLATE_HELPER_NAMES)}the helpers are listed in README.md, ` +
    `"Adding a target"`,
  "unknown-field": () =>
    "the fields are documented in dist/catalog.schema.json; inside #each, reach the outer object with ../",
  "helper-argument": () =>
    "pass a field that exists and holds text; the fields are documented in dist/catalog.schema.json",
  "template-syntax": () => "check that every {{ has its }} and every {{#block}} its {{/block}}",
  "template-error": () =>
    "templates may use #each, #if, #unless, #with and the listed helpers; partials are not available",
};

export async function runTargets(
  catalog: Catalog,
  entries: readonly TargetEntry[],
  context: RunContext,
): Promise<RunResult> {
  // The documented view is built for plugins only, once, when the first one runs.
  let view: ReturnType<typeof buildCatalogView> | undefined;
  const at = (entry: TargetEntry, key: string, rule: string, message: string, hint: string): Diagnostic => ({
    file: context.file,
    ...((entry.places[key] ?? entry.at) as Position),
    severity: "error",
    rule,
    message,
    hint,
  });

  const run = async (entry: TargetEntry): Promise<Outcome> => {
    if (entry.kind === "builtin") {
      const { locales = [], pseudoLocale } = entry.options as { locales?: string[]; pseudoLocale?: string };
      const unknown = locales.filter((locale) => !catalog.locales.includes(locale));
      if (pseudoLocale !== undefined && catalog.locales.some((l) => l.toLowerCase() === pseudoLocale.toLowerCase()))
        return {
          diagnostics: [
            at(
              entry,
              "options",
              "pseudo-locale-taken",
              `${entry.builtin} option pseudoLocale ${quote(pseudoLocale)} is one of the catalog's locales`,
              "name a locale the catalog does not declare, e.g. en-XA",
            ),
          ],
        };
      if (unknown.length > 0)
        return {
          diagnostics: [
            at(
              entry,
              "options",
              "unknown-locale",
              `${entry.builtin} options name locales the catalog does not declare: ${unknown.join(", ")}`,
              `the catalog's locales: ${catalog.locales.join(", ")}`,
            ),
          ],
        };
      const builtin = BUILTIN_TARGETS[entry.builtin];
      if (builtin === undefined)
        return {
          diagnostics: [
            at(
              entry,
              "builtin",
              "unknown-target",
              `unknown target ${quote(entry.builtin)}`,
              `built-in targets: ${Object.keys(BUILTIN_TARGETS).join(", ")}`,
            ),
          ],
        };
      const refusal = builtin.refuses?.(catalog);
      if (refusal !== undefined) {
        const message = `${entry.builtin}: ${refusal.message}`;
        return { diagnostics: [at(entry, "builtin", refusal.rule, message, refusal.hint)] };
      }
      return { files: await builtin.run(catalog, entry.options) };
    }
    if (entry.kind === "template") {
      // A regular file only, up to the size limit: a FIFO or a device never hangs the run.
      const read = await readRegularFile(resolve(context.cwd, entry.template), READ_LIMIT, "a template file");
      if (read.kind !== "ok") {
        const why = read.kind === "unusable" && read.code === "ENOENT" ? "ENOENT" : readProblem(read);
        const message = `cannot read the template ${quote(entry.template)}: ${why}`;
        return {
          diagnostics: [
            at(
              entry,
              "template",
              "template-missing",
              message,
              "the path is relative to the folder the command runs in",
            ),
          ],
        };
      }
      const source = read.bytes.toString("utf8");
      const builder = TEMPLATE_VIEWS[entry.view ?? "catalog"];
      if (builder === undefined)
        return {
          diagnostics: [
            at(
              entry,
              "view",
              "unknown-view",
              `unknown view ${quote(entry.view ?? "")}`,
              `views: ${Object.keys(TEMPLATE_VIEWS).join(", ")}`,
            ),
          ],
        };
      try {
        const target = {
          template: entry.template,
          source: source.replace(/\r\n?/g, "\n"),
          path: entry.path,
          ...(entry.each && { each: entry.each }),
        };
        return { files: renderTemplateTarget(catalog, target, builder) };
      } catch (error) {
        if (!(error instanceof TemplateError)) throw error;
        const hint = HELPER_HINTS[error.rule]?.(error.message) ?? "";
        return {
          diagnostics: [
            {
              file: error.file,
              line: error.line,
              col: error.col,
              severity: "error",
              rule: error.rule,
              message: error.message,
              hint: `${hint} (entry ${quote(entry.name)} of ${context.file})`,
            },
          ],
        };
      }
    }
    try {
      return {
        files: await runPlugin(
          resolve(context.cwd, entry.plugin),
          (view ??= buildCatalogView(catalog)),
          entry.options,
          entry.timeout,
        ),
      };
    } catch (error) {
      if (!(error instanceof PluginError)) throw error;
      return {
        diagnostics: [
          at(entry, "plugin", error.rule, `plugin ${quote(entry.name)} (${entry.plugin}) ${error.message}`, error.hint),
        ],
      };
    }
  };

  // One entry at a time, in the order of the targets file.
  const outcomes: Outcome[] = [];
  for (const [index, entry] of entries.entries()) {
    context.onEntry?.(entry.name, index, entries.length);
    outcomes.push(await run(entry));
  }
  const diagnostics: Diagnostic[] = [];
  const produced: Produced[] = [];
  outcomes.forEach((outcome, index) => {
    const entry = entries[index] as TargetEntry;
    if ("diagnostics" in outcome) {
      diagnostics.push(...outcome.diagnostics);
      return;
    }
    for (const { path } of outcome.files) {
      const problem = outputPathProblem(path);
      if (problem)
        diagnostics.push(
          at(
            entry,
            entry.kind,
            "path-outside-out",
            `entry ${quote(entry.name)} writes ${quote(path)}, which ${problem}`,
            "every output path must be relative and inside --out",
          ),
        );
    }
    produced.push({ entry: entry.name, files: outcome.files });
  });
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  for (const clash of pathClashes(produced)) {
    const entry = byName.get(clash.entry) as TargetEntry;
    const other = byName.get(clash.first) as TargetEntry;
    const { message, hint } = describeClash(clash, `${other.at.line}:${other.at.col}`);
    diagnostics.push(at(entry, entry.kind, "duplicate-output", message, hint));
  }
  if (diagnostics.length > 0)
    return {
      produced: [],
      files: [],
      diagnostics: sortDiagnostics(diagnostics).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    };
  return { produced, files: sortFiles(produced.flatMap((p) => [...p.files])), diagnostics: [] };
}
