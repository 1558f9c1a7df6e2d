/**
 * Translations through the command line (issue 28), in a scratch copy of the
 * catalog: a partial `ja` builds and falls back with a count per locale, a
 * changed Korean text makes its English translation stale (an error under
 * --strict-translations, with nothing written), `translations confirm`
 * clears it, and `translations import` takes a PO file back or rejects it
 * with the place of the problem. The round trip through translate-toolkit is
 * in translations-toolkit.test.ts (full tier).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import gettext from "gettext-parser";
import { parse as parseYaml } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { originHash } from "../generators/catalog/translations.ts";
import { docBlock } from "./doc-blocks.ts";
import { ROOT, runCli } from "./helpers.ts";
import { JAPANESE, japaneseScratch, KO_40, KO_40_CHANGED, TOTAL } from "./translations-scratch.ts";
import type { Scratch } from "./translations-scratch.ts";

/**
 * The documentation's example output as a pattern: its numbers stand for any (the catalog grows), every other
 * character is literal; `whole` matches the whole output, otherwise lines of it.
 */
function shapeOf(example: string, whole: boolean): RegExp {
  const pattern = example.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\d+/g, "\\d+");
  return new RegExp(whole ? `^${pattern}$` : `(?:^|\n)${pattern}`);
}

describe("a partial locale and a changed origin, through the CLI", () => {
  let scratch: Scratch;
  beforeAll(() => {
    scratch = japaneseScratch();
  });
  afterAll(() => scratch.remove());

  it("confirm records the origin of the two Japanese texts, and nothing else changes in the spec", () => {
    const before = readFileSync(scratch.spec, "utf8");
    const run = scratch.translations("confirm", "--locale", "ja");
    expect(run).toMatchObject({ status: 0, stderr: "" });
    expect(run.stdout).toBe("spec/errors.yaml: recorded the ko text of 2 ja translations\n");
    const after = readFileSync(scratch.spec, "utf8").split("\n");
    const old = before.split("\n");
    expect(after).toHaveLength(old.length);
    const changed = after.filter((line, i) => line !== old[i]);
    expect(changed).toHaveLength(2);
    for (const line of changed)
      expect(line).toMatch(/^ {4}translatedFrom: \{ en: "?[0-9a-f]{8}"?, ja: "?[0-9a-f]{8}"? \}$/);
  });

  it(`generate builds, falls back to en, and prints ja: 2/${TOTAL}`, () => {
    const run = scratch.generate();
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("warning partial-locale");
    expect(run.stderr).toContain(`ja: 2/${TOTAL} translated, ${TOTAL - 2} fall back to en\n`);
    expect(run.stderr).toMatch(shapeOf(docBlock("docs/translations.md", "text generate-counts").code, false));
    expect(run.stderr).not.toContain("stale");
    const ja = JSON.parse(scratch.read("dist/i18n/ja.json")) as Record<string, string>;
    const en = JSON.parse(scratch.read("dist/i18n/en.json")) as Record<string, string>;
    expect(ja["105"]).toBe(JAPANESE["105"]);
    expect(ja["8"]).toBe(en["8"]);
    expect(scratch.read("dist/docs/errors.ja.md")).toContain(
      `- \`ja\`: 2/${TOTAL} translated, ${TOTAL - 2} missing, 0 stale\n`,
    );
    expect(scratch.read("dist/go/codes.go")).toContain(JAPANESE["4"]);
  });

  it("status prints the counts per locale and names what is missing", () => {
    const run = scratch.translations("status");
    expect(run.status).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines.slice(0, 5)).toEqual([
      "spec/errors.yaml: descriptions written in ko first, falling back to en",
      `en: ${TOTAL}/${TOTAL} translated, 0 missing, 0 stale`,
      `ko: ${TOTAL}/${TOTAL} (origin), 0 missing`,
      `ja: 2/${TOTAL} translated, ${TOTAL - 2} missing, 0 stale`,
      expect.stringMatching(/^ {2}missing: 8, 10, 11, .*, 3011$/),
    ]);
    expect(lines[4]?.split(", ")).toHaveLength(TOTAL - 2);
  });

  it("a changed Korean text: its English translation is stale (a warning), and --strict-translations fails", () => {
    scratch.edit((text) => text.replace(`      ko: ${KO_40}\n`, `      ko: ${KO_40_CHANGED}\n`));
    const warned = scratch.generate();
    expect(warned.status).toBe(0);
    expect(warned.stderr).toMatch(
      /spec\/errors\.yaml:\d+:11 warning stale-translation: the en description of code "40" was translated from another ko/,
    );
    expect(warned.stderr).toContain(`en: ${TOTAL}/${TOTAL} translated, 1 stale\n`);
    expect(scratch.translations("status").stdout).toContain(
      `en: ${TOTAL}/${TOTAL} translated, 0 missing, 1 stale\n  stale: 40 API_PERMISSION_DENIED\n`,
    );

    const dist = scratch.read("dist/catalog.json");
    const strict = scratch.generate("--strict-translations");
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/error stale-translation: the en description of code "40"/);
    expect(strict.stderr).toMatch(/error partial-locale: locale "ja"/);
    expect(strict.stderr).toContain("spec/errors.yaml: 2 errors; nothing was written\n");
    expect(scratch.read("dist/catalog.json")).toBe(dist);
  });

  it("export en offers the stale text, fuzzy, with the new Korean text to translate from", () => {
    const run = scratch.translations("export", "--locale", "en");
    expect(run.status).toBe(0);
    const po = gettext.po.parse(run.stdout);
    expect(Object.keys(po.translations).filter((k) => k !== "")).toEqual(["40"]);
    const entry = po.translations["40"]?.[KO_40_CHANGED];
    expect(entry?.msgstr).toEqual(["The API permission has not been approved."]);
    expect(entry?.comments?.flag).toBe("fuzzy");
  });

  it("confirm --locale en --code 40 clears it, strict setting or not: the record now names the new Korean text", () => {
    scratch.edit((text) => text.replace("  originLocale: ko\n", "  originLocale: ko\n  strictTranslations: true\n"));
    expect(scratch.generate().status).toBe(1);
    expect(scratch.translations("status").stdout).toContain("  stale: 40 API_PERMISSION_DENIED\n");
    const run = scratch.translations("confirm", "--locale", "en", "--code", "40");
    scratch.edit((text) => text.replace("  strictTranslations: true\n", ""));
    expect(run.stdout).toBe("spec/errors.yaml: recorded the ko text of 1 en translation\n");
    expect(readFileSync(scratch.spec, "utf8")).toContain(originHash(KO_40_CHANGED));
    expect(scratch.generate().stderr).not.toContain("stale");
  });

  it("import rejects a translation that breaks the placeholders, located in the PO file, and writes nothing", () => {
    const exported = scratch.translations("export", "--locale", "ja", "--out", "ja.po");
    expect(exported).toMatchObject({ status: 0, stderr: `ja.po: ${TOTAL - 2} texts for ja\n` });
    const po = readFileSync(join(scratch.dir, "ja.po"), "utf8").replace(
      /(msgctxt "8"\nmsgid .*\nmsgstr )""/,
      '$1"{token} が必要です。"',
    );
    writeFileSync(join(scratch.dir, "ja.po"), po);
    const before = readFileSync(scratch.spec, "utf8");
    const run = scratch.translations("import", "ja.po");
    expect(run.status).toBe(1);
    const line = po.split("\n").findIndex((l) => l.includes("{token} が必要です。")) + 1;
    expect(run.stderr).toBe(
      `ja.po:${line}:1 error placeholder-mismatch: code "8": the translation has placeholders {token: text} but the ` +
        "ko text has {}\n" +
        "  hint: keep every placeholder of the original, spelt the same; translate only the text around them\n" +
        "ja.po: 1 error; nothing was imported\n",
    );
    expect(readFileSync(scratch.spec, "utf8")).toBe(before);
  });

  it("import takes a good translation: translated and fresh", () => {
    const po = readFileSync(join(scratch.dir, "ja.po"), "utf8").replace("{token} が必要です。", "トークンが必要です。");
    writeFileSync(join(scratch.dir, "ja.po"), po);
    const run = scratch.translations("import", "ja.po");
    expect(run).toMatchObject({ status: 0, stderr: "" });
    expect(run.stdout).toBe(`spec/errors.yaml: imported 1 ja text (${TOTAL - 3} left out: empty or fuzzy)\n`);
    expect(scratch.translations("status").stdout).toContain(
      `ja: 3/${TOTAL} translated, ${TOTAL - 3} missing, 0 stale\n`,
    );
    expect(scratch.generate().stderr).toContain(`ja: 3/${TOTAL} translated, ${TOTAL - 3} fall back to en\n`);
    expect(JSON.parse(scratch.read("dist/i18n/ja.json"))["8"]).toBe("トークンが必要です。");
  });

  it("pseudo prints a bundle of every active code, placeholders kept, and writes nothing to dist", () => {
    const run = scratch.translations("pseudo");
    expect(run.status).toBe(0);
    const bundle = JSON.parse(run.stdout) as Record<string, string>;
    const en = JSON.parse(scratch.read("dist/i18n/en.json")) as Record<string, string>;
    expect(Object.keys(bundle)).toEqual(Object.keys(en));
    expect(bundle["4"]).toMatch(/^\[Àççéšš ƀý ţĥîš ûšéŕ îš ŕéšţŕîçţéđ\. ·+\]$/);
    expect(scratch.generate().stdout).toMatch(/wrote 0 files/);
  });

  it.each([
    [["export"], 2, "error: required option '--locale <locale>' not specified"],
    [["export", "--locale", "ko"], 2, "error: ko is not a translated locale of spec/errors.yaml"],
    [["confirm", "--locale", "fr"], 2, "error: not a translated locale fr of spec/errors.yaml"],
    [["nonsense"], 2, "error: unknown command 'nonsense'"],
    [[], 2, "Usage: translations [options] [command]"],
    [["--help"], 0, ""],
  ])("usage: translations %j exits %i", (args, status, message) => {
    const run = scratch.translations(...args);
    expect(run.status).toBe(status);
    expect(run.stderr).toContain(message);
  });
});

describe("docs/translations.md", () => {
  it("shows the real catalog's header settings", () => {
    const shown = parseYaml(docBlock("docs/translations.md", "yaml translations-header").code) as {
      catalog: Record<string, unknown>;
    };
    const real = parseYaml(readFileSync(join(ROOT, "spec", "errors.yaml"), "utf8")) as {
      catalog: Record<string, unknown>;
    };
    expect(Object.keys(shown.catalog).length).toBeGreaterThan(0);
    for (const [key, value] of Object.entries(shown.catalog)) expect(real.catalog[key]).toBe(value);
  });

  it("shows what translations status prints for the real catalog", () => {
    const run = runCli(["status"], ROOT, "commands/translations.ts");
    expect(run).toMatchObject({ status: 0, stderr: "" });
    expect(run.stdout).toMatch(shapeOf(docBlock("docs/translations.md", "text translations-status").code, true));
  });
});
