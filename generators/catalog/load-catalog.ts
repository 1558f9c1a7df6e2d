/**
 * The load/validate pipeline: catalog text -> YAML with positions -> schema
 * check -> semantic checks -> a normalised, deeply frozen catalog. Pure: the
 * caller reads the file and passes its text and the path to show in
 * diagnostics.
 */
import { createHash } from "node:crypto";
import type { Diagnostic } from "./diagnostics.ts";
import { hasErrors, sortDiagnostics } from "./diagnostics.ts";
import { compareCodes, toEnumMemberName } from "./names.ts";
import { checkSchema } from "./schema-check.ts";
import { checkSemantics } from "./semantic-check.ts";
import { checkSources } from "./source-check.ts";
import { checkUnicode } from "./unicode-check.ts";
import { checkTranslations, localeStatuses, strictPartialLocales, translationSettings } from "./translations.ts";
import { OURS } from "./types.ts";
import type { Catalog, CatalogError, Category, SourceDocument, TextSources, WireFields } from "./types.ts";
import { readYaml } from "./yaml-source.ts";
import type { YamlSource } from "./yaml-source.ts";

/**
 * Runs one named stage of the pipeline. The default just runs it; the
 * benchmark passes one that times it, so no clock is read in here.
 */
export type StageRunner = <T>(name: string, work: () => T) => T;

export const runStage: StageRunner = (_name, work) => work();

export interface LoadResult {
  /** Set only when there is no error (warnings allowed). */
  readonly catalog?: Catalog;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The largest catalog file read: far above any real error table (the Coinone
 * catalog is 22 KB; a synthetic 100,000-code catalog is about 40 MB), small
 * enough that a runaway file cannot exhaust memory.
 */
export const MAX_SPEC_BYTES = 64 * 1024 * 1024;

export function fileTooLarge(file: string, size: number): Diagnostic {
  return {
    file,
    line: 1,
    col: 1,
    severity: "error",
    rule: "file-too-large",
    message: `the catalog is ${size} bytes, over the limit of ${MAX_SPEC_BYTES} bytes (64 MiB)`,
    hint: "check that --spec names the catalog; split an error table that large into several catalogs",
  };
}

/** Drops a byte order mark and turns CRLF or CR line ends into LF, so both spellings give the same catalog. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/**
 * Loads a catalog from its text, or from its bytes, which must be UTF-8: a
 * file with invalid UTF-8 gets a diagnostic at the first bad byte instead of
 * being read with replacement characters.
 */
export interface LoadOptions {
  /** Runs each stage; the benchmark passes one that times them. */
  readonly stage?: StageRunner;
  /** The version the catalog must carry: the publishing package's, with the file it came from. */
  readonly packageVersion?: { readonly version: string; readonly file: string };
  /**
   * Accept errors without `retryable` and `errorClass` (required since
   * 2.0.0) and without `source` (since 3.0.0), as earlier catalogs were
   * written. Only `npm run diff` sets it, to read older versions; their
   * errors then lack those fields, whatever the types say.
   */
  readonly earlierSchema?: boolean;
  /**
   * Missing and stale translations are errors (true: `generate --strict-translations`) or warnings (false: the
   * translations command, which is how they get fixed); left out, the catalog's `strictTranslations` decides.
   */
  readonly strictTranslations?: boolean;
}

/** Fields required by later catalog versions; an earlier catalog omits them. */
const REQUIRED_LATER = ["retryable", "errorClass", "source"] as const;

export function loadCatalog(input: string | Uint8Array, file: string, options: LoadOptions = {}): LoadResult {
  const stage = options.stage ?? runStage;
  const size = typeof input === "string" ? Buffer.byteLength(input, "utf8") : input.byteLength;
  if (size > MAX_SPEC_BYTES) return { diagnostics: [fileTooLarge(file, size)] };
  let text: string;
  if (typeof input === "string") {
    text = input;
  } else {
    const decoded = stage("decode", () => decodeUtf8(input, file));
    if (typeof decoded !== "string") return { diagnostics: [decoded] };
    text = decoded;
  }
  const normalised = normaliseText(text);
  const source = stage("parse", () => readYaml(normalised, file));
  if (source.data === undefined) return { diagnostics: sortDiagnostics(source.diagnostics) };
  const strict = options.strictTranslations ?? translationSettings(source.data).strict;
  const checked = stage("validate", () =>
    sortDiagnostics([
      ...source.diagnostics,
      ...checkSchema(source.data, source, file, options.earlierSchema === true ? REQUIRED_LATER : []),
      ...checkSemantics(source.data, source, file, normalised),
      ...checkSources(source.data, source, file),
      ...checkUnicode(source.data, source, file),
      ...checkPackageVersion(source.data, source, file, options.packageVersion),
      ...checkTranslations(source.data, source, file, strict),
    ]),
  );
  const diagnostics = strict ? strictPartialLocales(checked) : checked;
  if (hasErrors(diagnostics)) return { diagnostics };
  return stage("normalise", () => {
    const sha256 = createHash("sha256").update(normalised, "utf8").digest("hex");
    return { catalog: deepFreeze(normalise(source.data as RawCatalog, file, sha256)), diagnostics };
  });
}

/** The shape the schema guarantees. */
interface RawCatalog {
  catalog: {
    name: string;
    title: string;
    translatedTitle?: Record<string, string>;
    version: string;
    sourceLocale: string;
    originLocale?: string;
    locales: string[];
    docsBaseUrl?: string;
    repository?: string;
    license?: string;
    author?: string;
    wire: WireFields;
  };
  categories: Category[];
  documents?: SourceDocument[];
  errors: (Omit<CatalogError, "member" | "source"> & { source?: Record<string, string> })[];
}

function normalise(raw: RawCatalog, file: string, sha256: string): Catalog {
  const { catalog: meta } = raw;
  // A partial locale's missing text falls back to the source locale's (semantic-check.ts counts them in a warning).
  const inLocaleOrder = (text: Record<string, string>) =>
    Object.fromEntries(meta.locales.map((locale) => [locale, (text[locale] ?? text[meta.sourceLocale]) as string]));
  return {
    name: meta.name,
    title: meta.title,
    titles: inLocaleOrder({ ...meta.translatedTitle, [meta.sourceLocale]: meta.title }),
    version: meta.version,
    sourceLocale: meta.sourceLocale,
    ...(meta.originLocale !== undefined && { originLocale: meta.originLocale }),
    locales: [...meta.locales],
    ...(meta.docsBaseUrl !== undefined && { docsBaseUrl: meta.docsBaseUrl }),
    ...pick(meta, ["repository", "license", "author"]),
    wire: pick(meta.wire, [
      "resultField",
      "errorResult",
      "codeField",
      "messageField",
      "legacyCodeField",
      "legacyMessageField",
    ]),
    categories: raw.categories.map((c) => ({ id: c.id, title: inLocaleOrder(c.title) })),
    documents: (raw.documents ?? []).map((d) => ({ id: d.id, title: inLocaleOrder(d.title), ...pick(d, ["url"]) })),
    errors: [...raw.errors]
      .sort((a, b) => compareCodes(a.code, b.code))
      .map((e) => ({
        code: e.code,
        name: e.name,
        member: toEnumMemberName(e.name),
        category: e.category,
        message: e.message,
        description: inLocaleOrder(e.description),
        ...pick(e, ["retryable", "retryAfterSeconds", "errorClass", "userAction", "httpStatus", "notes"]),
        ...(e.deprecated && { deprecated: pick(e.deprecated, ["since", "reason", "replacedBy"]) }),
        ...(e.removed && { removed: pick(e.removed, ["since", "reason"]) }),
        // An earlier catalog (LoadOptions.earlierSchema) has no sources: left out, not invented.
        ...(e.source && { source: textSources(e.source, meta.locales, e.retryAfterSeconds !== undefined) }),
      })) as CatalogError[],
    // The records (`translatedFrom`) are the workflow's, not the consumers': only the status they give is kept.
    translationStatus: localeStatuses(raw),
    source: { path: file, sha256 },
  };
}

/**
 * `message` first, then every locale in catalog order, then the wait when the
 * error has one; a text or wait the spec leaves out is the catalog's own.
 */
function textSources(source: Record<string, string>, locales: readonly string[], wait: boolean): TextSources {
  const keys = ["message", ...locales, ...(wait ? ["retryAfterSeconds"] : [])];
  return Object.fromEntries(keys.map((key) => [key, source[key] ?? OURS]));
}

/** Copies the listed keys that are set, in the listed order, so JSON output has a fixed key order. */
function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  return out;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function decodeUtf8(bytes: Uint8Array, file: string): string | Diagnostic {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // The longest prefix that decodes (an unfinished sequence at its end is allowed)
    // ends where the first invalid byte starts.
    let low = 0;
    let high = bytes.length;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      try {
        new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
        low = middle;
      } catch {
        high = middle - 1;
      }
    }
    // Step back over an unfinished sequence at the end: the bad one starts there.
    let start = low;
    while (start > 0 && start > low - 3 && !decodes(bytes.subarray(0, start))) start -= 1;
    if (!decodes(bytes.subarray(0, start))) start = low;
    low = start;
    const before = new TextDecoder("utf-8").decode(bytes.subarray(0, low)).replace(/^\uFEFF/, "");
    const lines = before.split(/\r\n?|\n/);
    return {
      file,
      line: lines.length,
      col: (lines[lines.length - 1]?.length ?? 0) + 1,
      severity: "error",
      rule: "invalid-utf8",
      message: `the byte at offset ${low} (0x${(bytes[low] ?? 0).toString(16).padStart(2, "0")}) is not valid UTF-8`,
      hint: "save the file as UTF-8; the catalog must be UTF-8 text",
    };
  }
}

function decodes(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The catalog's version must be the published package's, so artifacts and package never disagree. */
function checkPackageVersion(
  data: unknown,
  source: YamlSource,
  file: string,
  expected: LoadOptions["packageVersion"],
): Diagnostic[] {
  if (expected === undefined) return [];
  const meta = (data as { catalog?: { version?: unknown } }).catalog;
  const version = meta?.version;
  if (typeof version !== "string" || version === expected.version) return [];
  return [
    {
      file,
      ...source.locate(["catalog", "version"]),
      severity: "error",
      rule: "version-mismatch",
      message:
        `catalog.version ${JSON.stringify(version)} differs from the version ` +
        `${JSON.stringify(expected.version)} in ${expected.file}`,
      hint: `bump both together: set catalog.version and the "version" of ${expected.file} to the same value`,
    },
  ];
}
