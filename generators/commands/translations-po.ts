/**
 * The exchange with translators (issue 28) in gettext PO, which translation
 * tools read (translate-toolkit, Poedit, Weblate): one entry per text a
 * locale needs, `msgctxt` the code, `msgid` the origin text, `msgstr` the
 * translation (the stale one, flagged fuzzy, or empty), and `#.` comments
 * with the code's name, the fallback text and the notes for translators. The
 * code is also a `#: code:<code>` reference, which survives where a tool drops
 * `msgctxt` (translate-toolkit's po2xliff and xliff2po keep references only).
 * gettext-parser writes and reads the format; this file only checks what
 * comes back: the origin text it was made from, and the placeholders.
 */
import gettext from "gettext-parser";
import type { PoEntry } from "gettext-parser";
import type { Catalog } from "../catalog/types.ts";
import type { Diagnostic, Position } from "../catalog/diagnostics.ts";
import { quote } from "../catalog/diagnostics.ts";
import { argumentsOf, parseMessage } from "../catalog/message-syntax.ts";

/** One text a locale needs: missing, or stale with its current translation. */
export interface WorkItem {
  readonly code: string;
  readonly name: string;
  readonly origin: string;
  readonly fallback?: string;
  readonly notes?: string;
  readonly current?: string;
}

export function writePo(catalog: Catalog, locale: string, originLocale: string, items: readonly WorkItem[]): string {
  const translations: Record<string, Record<string, PoEntry>> = { "": { "": { msgid: "", msgstr: [""] } } };
  for (const item of items) {
    const extracted = [
      item.name,
      ...(item.fallback === undefined ? [] : [`${catalog.sourceLocale}: ${item.fallback}`]),
      ...(item.notes === undefined ? [] : [`notes: ${item.notes}`]),
    ];
    const entry: PoEntry = {
      msgctxt: item.code,
      msgid: item.origin,
      msgstr: [item.current ?? ""],
      comments: {
        extracted: extracted.join("\n"),
        reference: `${CODE_REFERENCE}${item.code}`,
        ...(item.current !== undefined && { flag: "fuzzy" }),
      },
    };
    translations[item.code] = { [item.origin]: entry };
  }
  const po = gettext.po.compile(
    {
      charset: "utf-8",
      headers: {
        "Project-Id-Version": `${catalog.name} ${catalog.version}`,
        Language: locale,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "X-Origin-Locale": originLocale,
      },
      translations,
    },
    { foldLength: 0 },
  );
  return po.toString("utf8");
}

/** The prefix of the reference that names an entry's code. */
const CODE_REFERENCE = "code:";

/** The code of an entry: its context, else its `code:` reference. */
function codeOf(context: string, entry: PoEntry): string | undefined {
  if (context !== "") return context;
  const reference = (entry.comments?.reference ?? "").split(/\s+/).find((r) => r.startsWith(CODE_REFERENCE));
  return reference?.slice(CODE_REFERENCE.length);
}

export interface ImportedText {
  readonly code: string;
  readonly origin: string;
  readonly text: string;
}

export interface PoImport {
  readonly locale?: string;
  readonly texts: readonly ImportedText[];
  /** Entries left out: empty or still flagged fuzzy. */
  readonly skipped: number;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Reads a PO file back: each translated entry must name a code of the
 * catalog, be made from today's origin text and keep its placeholders.
 * Problems are located at the entry's `msgstr` line.
 */
export function readPo(text: string, file: string, catalog: Catalog, originLocale: string): PoImport {
  const diagnostics: Diagnostic[] = [];
  let data;
  try {
    data = gettext.po.parse(text, { validation: true });
  } catch (error) {
    return {
      texts: [],
      skipped: 0,
      diagnostics: [
        {
          file,
          line: 1,
          col: 1,
          severity: "error",
          rule: "po-syntax",
          message: `not a PO file: ${(error as Error).message}`,
          hint: "export again with `npm run translations -- export`",
        },
      ],
    };
  }
  const lines = text.split(/\r?\n/);
  const byCode = new Map(catalog.errors.map((error) => [error.code, error]));
  const texts: ImportedText[] = [];
  let skipped = 0;
  for (const [context, entries] of Object.entries(data.translations)) {
    for (const entry of Object.values(entries)) {
      if (entry.msgid === "") continue;
      const translation = entry.msgstr[0] ?? "";
      if (translation === "" || (entry.comments?.flag ?? "").split(/,\s*/).includes("fuzzy")) {
        skipped += 1;
        continue;
      }
      const code = codeOf(context, entry) ?? "";
      const at = entryPosition(lines, code);
      const problem = (rule: string, message: string, hint: string) =>
        diagnostics.push({ file, ...at, severity: "error", rule, message, hint });
      const error = byCode.get(code);
      const origin = error?.description[originLocale];
      if (error === undefined || origin === undefined) {
        problem("unknown-code", `entry ${quote(code)} names no code of the catalog`, "export again");
        continue;
      }
      if (entry.msgid !== origin) {
        problem(
          "origin-changed",
          `code ${quote(code)}: the ${originLocale} text changed since this file was exported`,
          "export again and translate the current text",
        );
        continue;
      }
      const parsed = parseMessage(translation);
      if (!parsed.ok) {
        problem(
          "message-syntax",
          `code ${quote(code)}: the translation is not a valid message: ${parsed.message}`,
          "keep the placeholders as {name}; write a literal brace as '{' or '}'",
        );
        continue;
      }
      const originMessage = parseMessage(origin);
      const expected = originMessage.ok ? argumentsOf(originMessage.elements).join(", ") : "";
      const actual = argumentsOf(parsed.elements).join(", ");
      if (actual !== expected) {
        problem(
          "placeholder-mismatch",
          `code ${quote(code)}: the translation has placeholders {${actual}} but the ${originLocale} text has ` +
            `{${expected}}`,
          "keep every placeholder of the original, spelt the same; translate only the text around them",
        );
        continue;
      }
      texts.push({ code, origin, text: translation });
    }
  }
  const locale = data.headers.Language;
  return { ...(locale !== undefined && locale !== "" && { locale }), texts, skipped, diagnostics };
}

/** The line of the entry's `msgstr`, found after its `msgctxt` or code reference (codes need no escaping in PO). */
function entryPosition(lines: readonly string[], code: string): Position {
  const start = lines.findIndex(
    (line) =>
      line.trim() === `msgctxt ${JSON.stringify(code)}` ||
      (line.startsWith("#:") && line.slice(2).trim().split(/\s+/).includes(`${CODE_REFERENCE}${code}`)),
  );
  if (start < 0) return { line: 1, col: 1 };
  const msgstr = lines.findIndex((line, i) => i > start && line.startsWith("msgstr"));
  return { line: (msgstr < 0 ? start : msgstr) + 1, col: 1 };
}
