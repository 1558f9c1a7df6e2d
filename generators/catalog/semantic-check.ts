/**
 * Checks what a JSON Schema cannot say: codes and names unique, names that
 * make valid and distinct enum members, categories and locales that exist,
 * descriptions that parse as ICU messages with the same arguments (names and
 * types) in every locale and print the same in every translation formatter
 * (formatter-syntax.ts), distinct wire field names, enum members distinct
 * ignoring case, locales distinct under BCP 47, tombstones never reused,
 * replacements that point at a live code, and no code that i18next would
 * read as a plural form of another (`4` and `4_other`). Runs on any data, valid or not, so
 * one run reports schema and semantic problems together.
 */
import schema from "../../spec/errors.schema.json" with { type: "json" };
import type { Diagnostic } from "./diagnostics.ts";
import { quote } from "./diagnostics.ts";
import { compareCodes, isReservedMemberName, isUpperSnake, toEnumMemberName, toUpperSnake } from "./names.ts";
import { reporter } from "./yaml-source.ts";
import type { DataPath, YamlSource } from "./yaml-source.ts";
import { formatterConflict } from "./formatter-syntax.ts";
import { argumentsOf, parseMessage, quotedPlaceholder } from "./message-syntax.ts";
import { positionInScalar } from "./scalar-position.ts";
import { meantLocales, unknownCategoryHint, unknownLocaleHint } from "./value-hints.ts";

type Loose = Record<string, unknown>;

const LOCALE_ID = new RegExp(schema.$defs.localeId.pattern);

const isObject = (value: unknown): value is Loose =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const asString = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** `text` is the catalog's text, used to place a message-syntax problem at its column inside a description. */
export function checkSemantics(data: unknown, source: YamlSource, file: string, text?: string): Diagnostic[] {
  if (!isObject(data)) return [];
  const out: Diagnostic[] = [];
  const report = reporter(source, file, out);
  // Places are kept as data paths and located only for a message: locating may read the catalog again (yaml-source.ts).
  const place = (path: DataPath) => {
    const p = source.locate(path);
    return `${p.line}:${p.col}`;
  };
  const reportAt = (path: DataPath, value: string, offset: number, rule: string, message: string, hint: string) => {
    const start = source.locate(path);
    out.push({
      file,
      ...(text === undefined ? start : positionInScalar(text, start, value, offset)),
      severity: "error",
      rule,
      message,
      hint,
    });
  };

  /** Every description parses as an ICU message, and every locale has the same arguments with the same types. */
  const checkMessages = (path: DataPath, description: Loose, label: string) => {
    const parsed: [string, string[]][] = [];
    for (const locale of locales) {
      const value = description[locale];
      if (typeof value !== "string") continue;
      const message = parseMessage(value);
      if (!message.ok) {
        reportAt(
          [...path, locale],
          value,
          message.offset,
          "message-syntax",
          `${label} description.${locale} is not a valid message: ${message.message}`,
          "descriptions are ICU messages: {name} is a placeholder, {n, plural, one {...} other {...}} a plural; " +
            "write a literal brace as '{' or '}'",
        );
        continue;
      }
      const quoted = quotedPlaceholder(message.elements, value);
      if (quoted !== undefined) {
        reportAt(
          [...path, locale],
          value,
          quoted.offset,
          "quoted-placeholder",
          `${label} description.${locale} has ${quote(quoted.found)}, which ICU prints as the literal text, not the ` +
            `value`,
          `for quotes around the value write ''${quoted.found.slice(1, -1)}''; for literal braces write '{' and '}'`,
        );
      }
      const conflict =
        quoted === undefined && icuOnly !== true ? formatterConflict(message.elements, value) : undefined;
      if (conflict !== undefined) {
        reportAt(
          [...path, locale],
          value,
          conflict.offset,
          "formatter-syntax",
          `${label} description.${locale} has ${quote(conflict.found)}, which not every translation formatter prints ` +
            `as written: ${conflict.reason}`,
          `${conflict.hint}; or, when only ICU formatters read the i18n bundles, set catalog.i18nFormatters: icu`,
        );
      }
      parsed.push([locale, argumentsOf(message.elements)]);
    }
    const reference = parsed.find(([locale]) => locale === sourceLocale) ?? parsed[0];
    if (reference === undefined) return;
    const expected = reference[1].join(", ");
    for (const [locale, args] of parsed) {
      const actual = args.join(", ");
      if (actual !== expected) {
        report(
          [...path, locale],
          "placeholder-mismatch",
          `${label} description.${locale} has arguments {${actual}} but description.${reference[0]} has {${expected}}`,
          "use the same arguments, with the same types, in every locale; translate the text around them, never " +
            "the names",
        );
      }
    }
  };

  const meta = isObject(data.catalog) ? data.catalog : {};
  // Locale ids the schema rejects are reported there; leaving them out here avoids an echo per text.
  const locales = list(meta.locales).filter((l): l is string => typeof l === "string" && LOCALE_ID.test(l));
  const sourceLocale = asString(meta.sourceLocale);
  // formatter-syntax.ts: text that only ICU formatters print right is allowed only when the catalog says so.
  const icuOnly = meta.i18nFormatters === "icu";
  if (sourceLocale !== undefined && locales.length > 0 && !locales.includes(sourceLocale)) {
    report(
      ["catalog", "sourceLocale"],
      "unknown-locale",
      `source locale ${quote(sourceLocale)} is not in catalog.locales`,
      `add ${sourceLocale} to catalog.locales or pick one of: ${locales.join(", ")}`,
    );
  }

  // Locales that differ only in spelling (en-US, en-us) name the same language and give files that collide.
  const canonical = new Map<string, string>();
  list(meta.locales).forEach((locale, i) => {
    if (typeof locale !== "string" || !LOCALE_ID.test(locale)) return;
    let key: string;
    try {
      key = Intl.getCanonicalLocales(locale)[0] ?? locale;
    } catch {
      return;
    }
    const first = canonical.get(key);
    if (first !== undefined && first !== locale) {
      report(
        ["catalog", "locales", i],
        "duplicate-locale",
        `locale ${quote(locale)} is the same BCP 47 locale as ${quote(first)} (both ${key})`,
        `declare it once, spelled ${key}; file names from both would collide on case-insensitive file systems`,
      );
    } else if (first === undefined) canonical.set(key, locale);
  });

  // The wire fields are properties of one body: two with the same name make an impossible type.
  if (isObject(meta.wire)) {
    const wire = meta.wire;
    const seen = new Map<string, string>();
    for (const field of ["resultField", "codeField", "messageField", "legacyCodeField", "legacyMessageField"]) {
      const name = asString(wire[field]);
      if (name === undefined) continue;
      const other = seen.get(name);
      if (other !== undefined)
        report(
          ["catalog", "wire", field],
          "wire-field-collision",
          `wire.${field} and wire.${other} are both ${quote(name)}`,
          "each field of the error body needs its own name",
        );
      else seen.set(name, field);
    }
  }

  // A locale other than the source locale may be partial: its missing texts fall back to the source locale's
  // (load-catalog.ts), and one warning per locale counts them (partialLocales below).
  const missing = new Map<string, { descriptions: number; titles: number }>();
  const checkLocales = (path: DataPath, text: unknown, what: string) => {
    if (!isObject(text) || locales.length === 0) return;
    // A misspelt locale (`kr`) is one mistake: its did-you-mean stands for the missing locale it means.
    const extra = Object.keys(text).filter((key) => !locales.includes(key) && LOCALE_ID.test(key));
    const meant = meantLocales(
      extra,
      locales.filter((locale) => !(locale in text)),
    );
    for (const locale of locales) {
      if (!(locale in text) && ![...meant.values()].includes(locale)) {
        if (locale !== sourceLocale && sourceLocale !== undefined && sourceLocale in text) {
          const count = missing.get(locale) ?? { descriptions: 0, titles: 0 };
          if (path[0] === "errors") count.descriptions += 1;
          else count.titles += 1;
          missing.set(locale, count);
          continue;
        }
        report(
          path,
          "missing-locale",
          `${what} has no ${quote(locale)} text`,
          `add \`${locale}:\` with the text in that locale; the source locale needs every text`,
          "error",
          "key",
        );
      }
    }
    for (const key of extra) {
      report(
        [...path, key],
        "extra-locale",
        `${what} has text for ${quote(key)}, which catalog.locales does not declare`,
        unknownLocaleHint(key, meant.get(key), locales),
        "error",
        "key",
      );
    }
  };

  // translatedTitle may leave out any locale (it has `title`'s text): only keys that are not declared locales are
  // mistakes.
  if (isObject(meta.translatedTitle)) {
    const filled = { ...Object.fromEntries(locales.map((l) => [l, ""])), ...meta.translatedTitle };
    checkLocales(["catalog", "translatedTitle"], filled, "catalog.translatedTitle");
  }

  // Categories: unique ids, a title in every locale.
  const categoryIds = new Map<string, DataPath>();
  list(data.categories).forEach((category, i) => {
    if (!isObject(category)) return;
    const id = asString(category.id);
    if (id !== undefined) {
      const first = categoryIds.get(id);
      if (first)
        report(
          ["categories", i, "id"],
          "duplicate-category",
          `category ${quote(id)} is already declared at ${place(first)}`,
          "give each category its own id, or merge the two",
        );
      else categoryIds.set(id, ["categories", i, "id"]);
    }
    checkLocales(["categories", i, "title"], category.title, `category ${quote(id ?? i)} title`);
  });

  // Errors.
  const errors = list(data.errors);
  const codes = new Map<string, { at: DataPath; removed: boolean; index: number }>();
  const names = new Map<string, DataPath>();
  const members = new Map<string, { at: DataPath; name: string }>();
  const membersIgnoringCase = new Map<string, { at: DataPath; name: string; member: string }>();
  let previousCode: string | undefined;
  errors.forEach((entry, i) => {
    if (!isObject(entry)) return;
    const code = asString(entry.code);
    const name = asString(entry.name);
    const removed = isObject(entry.removed);
    const label = code !== undefined ? `error ${quote(code)}` : `errors[${i}]`;

    if (code !== undefined) {
      const first = codes.get(code);
      if (first === undefined) {
        codes.set(code, { at: ["errors", i, "code"], removed, index: i });
      } else if (first.removed || removed) {
        report(
          ["errors", i, "code"],
          "removed-code-reused",
          `code ${quote(code)} is retired (a tombstone at ` +
            `${place(first.removed ? first.at : ["errors", i, "code"])}) and may never be reused`,
          "pick a new code; a retired code stays reserved forever so old clients never misread it",
        );
      } else {
        report(
          ["errors", i, "code"],
          "duplicate-code",
          `code ${quote(code)} is already defined at ${place(first.at)}`,
          "each code appears once; change one of them or merge the two entries",
        );
      }
      if (previousCode !== undefined && compareCodes(previousCode, code) > 0) {
        report(
          ["errors", i, "code"],
          "code-order",
          `code ${quote(code)} comes after ${quote(previousCode)}`,
          "keep errors in code order so the file reads like the reference (output is sorted either way)",
          "warning",
        );
      }
      previousCode = code;
    }

    if (name !== undefined && /^[A-Za-z][A-Za-z0-9_]*$/.test(name)) {
      const firstName = names.get(name);
      if (firstName) {
        report(
          ["errors", i, "name"],
          "duplicate-name",
          `name ${quote(name)} is already used at ${place(firstName)}`,
          "names are unique identifiers; choose one that says what went wrong here",
        );
      } else {
        names.set(name, ["errors", i, "name"]);
        if (!isUpperSnake(name)) {
          report(
            ["errors", i, "name"],
            "invalid-name",
            `name ${quote(name)} is not UPPER_SNAKE (capital words joined by single underscores)`,
            `write it as ${toUpperSnake(name) || "UPPER_SNAKE"}`,
          );
        } else {
          const member = toEnumMemberName(name);
          const clash = members.get(member);
          if (isReservedMemberName(member)) {
            report(
              ["errors", i, "name"],
              "reserved-name",
              `name ${quote(name)} becomes the enum member ${member}, a reserved word or Object.prototype member`,
              "add a word that says what went wrong, e.g. ORDER_DELETE_FAILED instead of DELETE",
            );
          } else if (clash) {
            report(
              ["errors", i, "name"],
              "enum-member-collision",
              `name ${quote(name)} and ${quote(clash.name)} at ${place(clash.at)} both become the enum member ` +
                `${member}`,
              "rename one so their PascalCase forms differ",
            );
          } else {
            const at: DataPath = ["errors", i, "name"];
            members.set(member, { at, name });
            const folded = membersIgnoringCase.get(member.toLowerCase());
            if (folded) {
              report(
                ["errors", i, "name"],
                "enum-member-case-collision",
                `name ${quote(name)} becomes the enum member ${member}, which differs only in case from ` +
                  `${folded.member} (${quote(folded.name)} at ${place(folded.at)})`,
                "rename one so the members differ in more than case; case-insensitive languages and file systems " +
                  "cannot tell them apart",
              );
            } else membersIgnoringCase.set(member.toLowerCase(), { at, name, member });
          }
        }
      }
    }

    const category = asString(entry.category);
    if (category !== undefined && categoryIds.size > 0 && !categoryIds.has(category)) {
      report(
        ["errors", i, "category"],
        "unknown-category",
        `${label} has category ${quote(category)}, which is not declared`,
        unknownCategoryHint(category, [...categoryIds.keys()]),
      );
    }

    checkLocales(["errors", i, "description"], entry.description, `${label} description`);
    if (isObject(entry.description)) checkMessages(["errors", i, "description"], entry.description, label);
  });

  // An enum needs a member: a catalog whose every code is retired has nothing to generate.
  if (errors.length > 0 && errors.every((entry) => isObject(entry) && isObject(entry.removed))) {
    report(
      ["errors"],
      "no-active-codes",
      "every code in the catalog is retired",
      "keep at least one active code; a catalog of tombstones only has no enum to generate",
      "error",
      "key",
    );
  }

  // i18next reads a key ending in a plural suffix as a plural form of the key before it: with codes "4" and
  // "4_other", t("4", { count: 3 }) answers with the text of "4_other". All codes count, retired ones too.
  for (const [code, { at }] of codes) {
    const plural = pluralSuffixOf(code, codes);
    if (plural === undefined) continue;
    report(
      at,
      "i18n-key-suffix",
      `code ${quote(code)} is code ${quote(plural.base)} followed by ${quote(plural.suffix)}, a plural suffix of ` +
        `i18next: asked for ${quote(plural.base)} with a ` +
        `count${plural.suffix.startsWith("_ordinal_") ? " and ordinal: true" : ""}, i18next answers with the text ` +
        `of ${quote(code)}`,
      "change one of the two codes: i18next reads a key ending in _zero, _one, _two, _few, _many or _other (or " +
        "_ordinal_ and one of those) as a plural form of the key before it",
    );
  }

  // Replacements need the full code list, so they are checked after it is built.
  errors.forEach((entry, i) => {
    if (!isObject(entry) || !isObject(entry.deprecated)) return;
    const target = asString(entry.deprecated.replacedBy);
    if (target === undefined) return;
    const path = ["errors", i, "deprecated", "replacedBy"];
    const found = codes.get(target);
    if (found === undefined) {
      report(
        path,
        "unknown-replacement",
        `replacedBy ${quote(target)} is not a code in this catalog`,
        "name an existing active code, or remove replacedBy",
      );
    } else if (found.removed) {
      report(
        path,
        "unknown-replacement",
        `replacedBy ${quote(target)} is a retired code`,
        "name an active code; a retired code cannot replace anything",
      );
    } else if (target === asString(entry.code)) {
      report(
        path,
        "unknown-replacement",
        `replacedBy ${quote(target)} names the deprecated code itself`,
        "name the code clients should use instead",
      );
    }
  });

  const errorCount = list(data.errors).length;
  for (const [locale, count] of missing) {
    const parts = [
      ...(count.descriptions > 0 ? [`${count.descriptions} of ${errorCount} descriptions`] : []),
      ...(count.titles > 0 ? [`${count.titles} category titles`] : []),
    ];
    report(
      ["catalog", "locales", locales.indexOf(locale)],
      "partial-locale",
      `locale ${quote(locale)} has no text in ${parts.join(" and ")}; the ${sourceLocale} text stands in for them in ` +
        `every artifact`,
      `translate them when you can; until then every artifact shows the ${sourceLocale} text, and this count is ` +
        `printed on every run`,
      "warning",
    );
  }

  return out;
}

/** i18next's plural suffixes (CLDR plural categories, cardinal and ordinal) after its default separator `_`. */
const PLURAL_SUFFIX = /_(?:zero|one|two|few|many|other)$/;
const ORDINAL_SUFFIX = /_ordinal_(?:zero|one|two|few|many|other)$/;

/** The other code that i18next reads `code` as a plural form of, and the suffix (`4_ordinal_one` is one of `4`, or of
 * `4_ordinal`). */
function pluralSuffixOf(
  code: string,
  codes: ReadonlyMap<string, unknown>,
): { base: string; suffix: string } | undefined {
  for (const pattern of [ORDINAL_SUFFIX, PLURAL_SUFFIX]) {
    const match = pattern.exec(code);
    if (match === null) continue;
    const base = code.slice(0, match.index);
    if (codes.has(base)) return { base, suffix: match[0] };
  }
  return undefined;
}
