/**
 * Reads a targets file (spec/targets.yaml): YAML with positions -> schema
 * check against spec/targets.schema.json -> semantic checks (known target
 * names, unique entry names, `each` and the path's placeholders agree, output
 * paths stay inside --out) -> the list of entries, each with the places of
 * its keys for later diagnostics, defaults filled in (a plugin's timeout).
 * Pure: the caller reads the file.
 */
import type { Diagnostic, Position } from "../catalog/diagnostics.ts";
import { hasErrors, quote, sortDiagnostics } from "../catalog/diagnostics.ts";
import { normaliseText } from "../catalog/load-catalog.ts";
import { schemaDiagnostics } from "../catalog/schema-check.ts";
import { targetsValidator } from "../catalog/validators.ts";
import { readYaml } from "../catalog/yaml-source.ts";
import type { YamlSource } from "../catalog/yaml-source.ts";
import { BUILTIN_TARGETS } from "../targets/builtins.ts";
import type { TargetOptions } from "../targets/builtins.ts";
import type { Each } from "../targets/template.ts";
import { TEMPLATE_VIEWS } from "../targets/views.ts";
import { didYouMean } from "../catalog/nearest.ts";
import { outputPathProblem } from "./output-paths.ts";
import { DEFAULT_PLUGIN_TIMEOUT } from "./plugins.ts";

interface Located {
  readonly name: string;
  /** Where the entry starts in the targets file. */
  readonly at: Position;
  /** Where each of its keys' values starts. */
  readonly places: Readonly<Record<string, Position>>;
}

export type TargetEntry =
  | (Located & { readonly kind: "builtin"; readonly builtin: string; readonly options: TargetOptions })
  | (Located & {
      readonly kind: "template";
      readonly template: string;
      readonly path: string;
      readonly each?: Each;
      readonly view?: string;
    })
  | (Located & {
      readonly kind: "plugin";
      readonly plugin: string;
      readonly options: TargetOptions;
      /** Seconds the plugin may take (`timeout:`, else DEFAULT_PLUGIN_TIMEOUT). */ readonly timeout: number;
    });

export interface TargetsResult {
  /** Set only when there is no error. */
  readonly entries?: readonly TargetEntry[];
  readonly diagnostics: readonly Diagnostic[];
}

export const DEFAULT_TARGETS_FILE = "spec/targets.yaml";

/** Every built-in with its default options: what runs when there is no targets file. */
export function defaultEntries(): TargetEntry[] {
  return Object.keys(BUILTIN_TARGETS).map((builtin) => ({
    kind: "builtin",
    name: builtin,
    builtin,
    options: {},
    at: { line: 1, col: 1 },
    places: {},
  }));
}

const KINDS = ["builtin", "template", "plugin"] as const;
type RawEntry = string | Record<string, unknown>;

export function loadTargets(text: string, file: string): TargetsResult {
  const source = readYaml(normaliseText(text), file);
  if (source.data === undefined) {
    return {
      diagnostics: source.diagnostics.map((d) =>
        d.rule === "empty-catalog"
          ? {
              ...d,
              rule: "empty-targets",
              message: "the targets file is empty",
              hint: 'list the outputs under `targets:`; see README.md, "Adding a target"',
            }
          : d,
      ),
    };
  }
  const data = source.data as { targets?: unknown };
  const list: RawEntry[] = Array.isArray(data?.targets) ? (data.targets as RawEntry[]) : [];
  const kindless = new Set<number>();
  const diagnostics: Diagnostic[] = [];
  list.forEach((raw, index) => {
    if (raw !== null && typeof raw === "object" && !Array.isArray(raw) && !KINDS.some((kind) => kind in raw)) {
      kindless.add(index);
      diagnostics.push(
        error(
          file,
          source.locate(["targets", index]),
          "unknown-entry",
          `targets[${index}] has none of ${KINDS.join(", ")}`,
          "start the entry with `builtin: NAME`, `template: FILE` or `plugin: FILE`",
        ),
      );
    }
  });
  for (const d of schemaDiagnostics(targetsValidator(), data, source, file, {
    schemaFile: "spec/targets.schema.json",
    root: "the targets file",
  })) {
    const index = Number(/\btargets\[(\d+)\]/.exec(d.message)?.[1] ?? -1);
    if (kindless.has(index)) continue;
    diagnostics.push(unknownTarget(d, list, index) ?? d);
  }
  if (hasErrors(diagnostics)) return { diagnostics: sortDiagnostics(diagnostics) };

  const entries = list.map((raw, index) => toEntry(raw, index, source));
  diagnostics.push(...checkEntries(entries, file));
  return hasErrors(diagnostics) ? { diagnostics: sortDiagnostics(diagnostics) } : { entries, diagnostics };
}

function error(file: string, at: Position, rule: string, message: string, hint: string): Diagnostic {
  return { file, ...at, severity: "error", rule, message, hint };
}

/** The schema's enum of built-in names, reported as `unknown-target` with the nearest name. */
function unknownTarget(d: Diagnostic, list: RawEntry[], index: number): Diagnostic | undefined {
  if (d.rule !== "invalid-value" || index < 0) return undefined;
  const raw = list[index];
  const name = typeof raw === "string" ? raw : raw?.builtin;
  if (typeof name !== "string" || name in BUILTIN_TARGETS || !d.message.includes(quote(name))) return undefined;
  const known = Object.keys(BUILTIN_TARGETS);
  return {
    ...d,
    rule: "unknown-target",
    message: `unknown target ${quote(name)}`,
    hint:
      `${didYouMean(name, known)}built-in targets: ${known.join(", ")}; for your own output use \`template:\` or ` +
      `\`plugin:\``,
  };
}

function toEntry(raw: RawEntry, index: number, source: YamlSource): TargetEntry {
  const at = source.locate(["targets", index]);
  if (typeof raw === "string")
    return { kind: "builtin", name: raw, builtin: raw, options: {}, at, places: { builtin: at } };
  const places = Object.fromEntries(Object.keys(raw).map((key) => [key, source.locate(["targets", index, key])]));
  const name = String(raw.name ?? raw.builtin);
  const options = (raw.options ?? {}) as TargetOptions;
  if (typeof raw.builtin === "string") return { kind: "builtin", name, builtin: raw.builtin, options, at, places };
  if (typeof raw.template === "string") {
    return {
      kind: "template",
      name,
      template: raw.template,
      path: String(raw.path),
      at,
      places,
      ...(raw.each !== undefined && { each: raw.each as Each }),
      ...(raw.view !== undefined && { view: String(raw.view) }),
    };
  }
  return {
    kind: "plugin",
    name,
    plugin: String(raw.plugin),
    options,
    timeout: typeof raw.timeout === "number" ? raw.timeout : DEFAULT_PLUGIN_TIMEOUT,
    at,
    places,
  };
}

function checkEntries(entries: readonly TargetEntry[], file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Map<string, TargetEntry>();
  for (const entry of entries) {
    const first = seen.get(entry.name);
    if (first)
      out.push(
        error(
          file,
          entry.places.name ?? entry.at,
          "duplicate-name",
          `entry name ${quote(entry.name)} is already used at ${first.at.line}:${first.at.col}`,
          "give each entry its own `name:` (built-ins are named after the target)",
        ),
      );
    else seen.set(entry.name, entry);
    if (entry.kind !== "template") continue;
    const pathAt = entry.places.path ?? entry.at;
    const problem = outputPathProblem(entry.path.replaceAll("{locale}", "en").replaceAll("{category}", "category"));
    if (problem)
      out.push(
        error(
          file,
          pathAt,
          "path-outside-out",
          `output path ${quote(entry.path)} ${problem}`,
          "write a relative path inside --out, such as `kotlin/ErrorCode.kt`",
        ),
      );
    for (const slot of ["locale", "category"] as const) {
      const uses = entry.path.includes(`{${slot}}`);
      if (entry.each === slot && !uses)
        out.push(
          error(
            file,
            pathAt,
            "path-without-placeholder",
            `entry ${quote(entry.name)} writes one file per ${slot}, but its path has no {${slot}}`,
            `put {${slot}} in the path, e.g. docs/errors.{${slot}}.md, so each ${slot} gets its own file`,
          ),
        );
      if (entry.each !== slot && uses)
        out.push(
          error(
            file,
            pathAt,
            "placeholder-without-each",
            `path ${quote(entry.path)} uses {${slot}}, but the entry has no \`each: ${slot}\``,
            `add \`each: ${slot}\` or remove {${slot}} from the path`,
          ),
        );
    }
    const needs = TEMPLATE_VIEWS[entry.view ?? "catalog"]?.needs;
    if (needs !== undefined && entry.each !== needs)
      out.push(
        error(
          file,
          entry.places.view ?? entry.at,
          "view-needs-each",
          `view ${quote(entry.view)} renders one ${needs} at a time`,
          `add \`each: ${needs}\` to the entry`,
        ),
      );
  }
  return out;
}
