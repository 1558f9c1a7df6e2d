/**
 * The translations command (`npm run translations -- <command>`, issue 28):
 * `status` prints per locale what is translated, missing and stale;
 * `confirm` records the origin text each translation was made from;
 * `export` writes what a locale needs as a PO file for translators and
 * `import` reads it back into the catalog; `pseudo` prints a pseudo-locale
 * bundle. Only this file and the writer of the spec touch the file system.
 *
 * Exit codes: 0 success, 1 invalid catalog or a rejected import, 2 wrong usage.
 */
import { readFile, rename, writeFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import { Command, CommanderError } from "commander";
import { formatDiagnostic, hasErrors } from "../catalog/diagnostics.ts";
import type { Diagnostic } from "../catalog/diagnostics.ts";
import { loadCatalog } from "../catalog/load-catalog.ts";
import { pseudoLocalize } from "../catalog/pseudo-locale.ts";
import { staleness } from "../catalog/translations.ts";
import type { Catalog } from "../catalog/types.ts";
import type { CliIo } from "./generate.ts";
import { readSpecDocument, recordTranslation, specText } from "./spec-document.ts";
import type { SpecDocument } from "./spec-document.ts";
import { readPo, writePo } from "./translations-po.ts";
import type { WorkItem } from "./translations-po.ts";

// As generate.ts, without loading it (and the targets it brings).
const EXIT_OK = 0;
const EXIT_INVALID = 1;
const EXIT_USAGE = 2;
const DEFAULT_SPEC = "spec/errors.yaml";

interface Loaded {
  readonly catalog: Catalog;
  readonly text: string;
  readonly path: string;
  readonly shown: string;
}

/** Reads and checks the catalog; prints its diagnostics; undefined (after printing why) when it cannot be used. */
async function load(spec: string, io: CliIo): Promise<Loaded | number> {
  const path = resolve(io.cwd, spec);
  const shown = relative(io.cwd, path) || spec;
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    io.stderr(`error: cannot read the catalog ${shown}: ${(error as Error).message} (pass another one with --spec)\n`);
    return EXIT_USAGE;
  }
  // Stale and missing translations are what this command reports and fixes: never errors here, even when strict.
  const { catalog, diagnostics } = loadCatalog(text, shown, { strictTranslations: false });
  const shownDiagnostics = diagnostics.filter((d) => d.rule !== "stale-translation" && d.rule !== "partial-locale");
  for (const d of shownDiagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
  if (catalog === undefined) {
    io.stderr(`${shown}: the catalog has errors; fix them first\n`);
    return EXIT_INVALID;
  }
  return { catalog, text, path, shown };
}

/** The origin locale, or an error saying it must be declared. */
function originOf(loaded: Loaded, io: CliIo): string | undefined {
  if (loaded.catalog.originLocale !== undefined) return loaded.catalog.originLocale;
  io.stderr(
    `error: ${loaded.shown} declares no catalog.originLocale, the locale its descriptions are written in first; ` +
      `add it to the catalog header (e.g. originLocale: ko)\n`,
  );
  return undefined;
}

/** Writes the edited spec in one step, after checking that it still loads. */
async function save(loaded: Loaded, spec: SpecDocument, io: CliIo): Promise<boolean> {
  const text = specText(spec);
  const { catalog, diagnostics } = loadCatalog(text, loaded.shown, { strictTranslations: false });
  if (catalog === undefined || hasErrors(diagnostics)) {
    for (const d of diagnostics) if (d.severity === "error") io.stderr(`${formatDiagnostic(d)}\n`);
    io.stderr(`${loaded.shown}: the edited catalog would not load; nothing was written\n`);
    return false;
  }
  const scratch = `${loaded.path}.${process.pid}.tmp`;
  await writeFile(scratch, text, "utf8");
  await rename(scratch, loaded.path);
  return true;
}

async function status(options: { spec: string }, io: CliIo): Promise<number> {
  const loaded = await load(options.spec, io);
  if (typeof loaded === "number") return loaded;
  const { catalog } = loaded;
  const names = new Map(catalog.errors.map((e) => [e.code, e.name]));
  const origin = catalog.originLocale;
  io.stdout(
    `${loaded.shown}: ` +
      `${origin === undefined ? "no origin locale declared" : `descriptions written in ${origin} first`}` +
      `, falling back to ${catalog.sourceLocale}\n`,
  );
  for (const s of catalog.translationStatus ?? []) {
    const parts = [
      `${s.translated}/${s.total} ${s.locale === origin ? "(origin)" : "translated"}`,
      `${s.missing.length} missing`,
      ...(origin === undefined || s.locale === origin ? [] : [`${s.stale.length} stale`]),
    ];
    io.stdout(`${s.locale}: ${parts.join(", ")}\n`);
    if (s.missing.length > 0) io.stdout(`  missing: ${s.missing.join(", ")}\n`);
    for (const code of s.stale) io.stdout(`  stale: ${code} ${names.get(code) ?? ""}\n`);
  }
  return EXIT_OK;
}

async function confirm(options: { spec: string; locale?: string[]; code?: string[] }, io: CliIo): Promise<number> {
  const loaded = await load(options.spec, io);
  if (typeof loaded === "number") return loaded;
  const origin = originOf(loaded, io);
  if (origin === undefined) return EXIT_USAGE;
  const { catalog } = loaded;
  const locales = options.locale ?? catalog.locales.filter((l) => l !== origin);
  const problems = [
    ...locales.filter((l) => !catalog.locales.includes(l) || l === origin).map((l) => `locale ${l}`),
    ...(options.code ?? []).filter((c) => !catalog.errors.some((e) => e.code === c)).map((c) => `code ${c}`),
  ];
  if (problems.length > 0) {
    io.stderr(`error: not a translated ${problems.join(", ")} of ${loaded.shown}\n`);
    return EXIT_USAGE;
  }
  const spec = readSpecDocument(loaded.text);
  const counts = new Map<string, number>();
  for (const [code, index] of spec.indexOf) {
    if (options.code !== undefined && !options.code.includes(code)) continue;
    const entry = spec.data.errors?.[index];
    for (const locale of locales) {
      const stale = staleness(entry, locale, origin);
      if (stale === undefined) continue;
      recordTranslation(spec, index, locale, String(entry?.description?.[origin]));
      counts.set(locale, (counts.get(locale) ?? 0) + 1);
    }
  }
  if (counts.size === 0) {
    io.stdout(`${loaded.shown}: every selected translation is already recorded; nothing changed\n`);
    return EXIT_OK;
  }
  if (!(await save(loaded, spec, io))) return EXIT_INVALID;
  const list = [...counts].map(([locale, count]) => `${count} ${locale}`).join(", ");
  io.stdout(`${loaded.shown}: recorded the ${origin} text of ${list} translation${sum(counts) === 1 ? "" : "s"}\n`);
  return EXIT_OK;
}

const sum = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);

async function exportPo(options: { spec: string; locale: string; out?: string }, io: CliIo): Promise<number> {
  const loaded = await load(options.spec, io);
  if (typeof loaded === "number") return loaded;
  const origin = originOf(loaded, io);
  if (origin === undefined) return EXIT_USAGE;
  const { catalog } = loaded;
  if (!catalog.locales.includes(options.locale) || options.locale === origin) {
    io.stderr(`error: ${options.locale} is not a translated locale of ${loaded.shown}\n`);
    return EXIT_USAGE;
  }
  const spec = readSpecDocument(loaded.text);
  const items: WorkItem[] = [];
  for (const error of catalog.errors) {
    const entry = spec.data.errors?.[spec.indexOf.get(error.code) ?? -1];
    const own = entry?.description?.[options.locale];
    const current = typeof own === "string" ? own : undefined;
    if (current !== undefined && staleness(entry, options.locale, origin) === undefined) continue;
    const originText = error.description[origin];
    if (originText === undefined) continue;
    items.push({
      code: error.code,
      name: error.name,
      origin: originText,
      ...(options.locale !== catalog.sourceLocale && { fallback: error.description[catalog.sourceLocale] ?? "" }),
      ...(error.notes !== undefined && { notes: error.notes }),
      ...(current !== undefined && { current }),
    });
  }
  const po = writePo(catalog, options.locale, origin, items);
  if (options.out === undefined) io.stdout(po);
  else {
    await writeFile(resolve(io.cwd, options.out), po, "utf8");
    io.stderr(`${options.out}: ${items.length} text${items.length === 1 ? "" : "s"} for ${options.locale}\n`);
  }
  return EXIT_OK;
}

async function importPo(file: string, options: { spec: string; locale?: string }, io: CliIo): Promise<number> {
  const loaded = await load(options.spec, io);
  if (typeof loaded === "number") return loaded;
  const origin = originOf(loaded, io);
  if (origin === undefined) return EXIT_USAGE;
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, file), "utf8");
  } catch (error) {
    io.stderr(`error: cannot read ${file}: ${(error as Error).message}\n`);
    return EXIT_USAGE;
  }
  const read = readPo(text, file, loaded.catalog, origin);
  const locale = options.locale ?? read.locale;
  const diagnostics: Diagnostic[] = [...read.diagnostics];
  if (locale === undefined || !loaded.catalog.locales.includes(locale) || locale === origin) {
    diagnostics.unshift({
      file,
      line: 1,
      col: 1,
      severity: "error",
      rule: "unknown-locale",
      message: `the file's Language ${JSON.stringify(locale ?? "")} is not a translated locale of ${loaded.shown}`,
      hint: "set the Language header, or pass --locale",
    });
  }
  for (const d of diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
  if (diagnostics.length > 0 || locale === undefined) {
    io.stderr(`${file}: ${diagnostics.length} error${diagnostics.length === 1 ? "" : "s"}; nothing was imported\n`);
    return EXIT_INVALID;
  }
  const spec = readSpecDocument(loaded.text);
  for (const item of read.texts)
    recordTranslation(spec, spec.indexOf.get(item.code) ?? -1, locale, item.origin, item.text);
  if (read.texts.length > 0 && !(await save(loaded, spec, io))) return EXIT_INVALID;
  io.stdout(
    `${loaded.shown}: imported ${read.texts.length} ${locale} text${read.texts.length === 1 ? "" : "s"}` +
      `${read.skipped > 0 ? ` (${read.skipped} left out: empty or fuzzy)` : ""}\n`,
  );
  return EXIT_OK;
}

async function pseudo(options: { spec: string; from?: string }, io: CliIo): Promise<number> {
  const loaded = await load(options.spec, io);
  if (typeof loaded === "number") return loaded;
  const { catalog } = loaded;
  const from = options.from ?? catalog.sourceLocale;
  if (!catalog.locales.includes(from)) {
    io.stderr(`error: ${from} is not a locale of ${loaded.shown}\n`);
    return EXIT_USAGE;
  }
  const bundle = new Map<string, string>();
  for (const error of catalog.errors) {
    if (error.removed) continue;
    bundle.set(error.code, pseudoLocalize(error.description[from] ?? "") ?? "");
  }
  io.stdout(`${orderedBundle(bundle)}\n`);
  return EXIT_OK;
}

/** The bundle in code order, as dist/i18n/<locale>.json writes it. */
function orderedBundle(bundle: ReadonlyMap<string, string>): string {
  const lines = [...bundle].map(([code, text]) => `  ${JSON.stringify(code)}: ${JSON.stringify(text)}`);
  return lines.length === 0 ? "{}" : `{\n${lines.join(",\n")}\n}`;
}

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

function buildProgram(io: CliIo, run: (work: Promise<number>) => void): Command {
  const program = new Command("translations")
    .description("Follow the translations of the error catalog: status, confirm, export, import, pseudo.")
    .helpOption("-h, --help", "show this help")
    .addHelpText(
      "after",
      "\nExit codes: 0 success, 1 invalid catalog or rejected import, 2 wrong usage.\nExamples:\n" +
        "  npm run translations -- status\n  npm run translations -- export --locale ja --out ja.po\n" +
        "  npm run translations -- import ja.po\n  npm run translations -- confirm --locale en --code 40\n",
    )
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => write(`${text.trimEnd()} (see --help)\n`),
    });
  const spec = ["--spec <file>", "catalog to read", DEFAULT_SPEC] as const;
  program
    .command("status")
    .description("print, per locale, how many descriptions are translated, missing and stale")
    .option(...spec)
    .action((o) => run(status(o, io)));
  program
    .command("confirm")
    .description("record the origin text each translation was made from (all, or the selected locales and codes)")
    .option(...spec)
    .option("--locale <locale>", "only this locale (repeatable)", collect)
    .option("--code <code>", "only this code (repeatable)", collect)
    .action((o) => run(confirm(o, io)));
  program
    .command("export")
    .description("write the texts a locale needs (missing and stale) as a PO file for translators")
    .option(...spec)
    .requiredOption("--locale <locale>", "the locale to translate into")
    .option("--out <file>", "file to write (default: standard output)")
    .action((o) => run(exportPo(o, io)));
  program
    .command("import <file>")
    .description("read translated texts back from a PO file into the catalog, recording their origin")
    .option(...spec)
    .option("--locale <locale>", "the locale of the file (default: its Language header)")
    .action((file: string, o) => run(importPo(file, o, io)));
  program
    .command("pseudo")
    .description("print a pseudo-locale bundle (accented, lengthened, placeholders kept) for testing user interfaces")
    .option(...spec)
    .option("--from <locale>", "the locale to pseudo-localise (default: the fallback locale)")
    .action((o) => run(pseudo(o, io)));
  for (const command of program.commands) command.allowExcessArguments(false);
  return program;
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let work: Promise<number> | undefined;
  const program = buildProgram(io, (w) => {
    work = w;
  });
  try {
    program.parse([...argv], { from: "user" });
  } catch (error) {
    // --help exits 0; help shown because no command was named exits 1 in commander: wrong usage here.
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    throw error;
  }
  return work ?? EXIT_USAGE;
}
