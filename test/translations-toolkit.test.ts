/**
 * Issue 28, "done when", end to end through the command line and a real
 * translators' tool (Debian's translate-toolkit): `ja` with 2 of 90 texts
 * builds, falls back and reports 2/90; a changed Korean text makes its
 * English translation stale and the strict setting fails; the `ja` work is
 * exported as PO, counted by pocount, turned into XLIFF by po2xliff, one text
 * filled with translate-toolkit's own XLIFF store, turned back by xliff2po,
 * imported, and seen translated and fresh. Full tier: needs translate-toolkit.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "./toolchain.ts";
import { japaneseScratch, KO_40, KO_40_CHANGED, TOTAL } from "./translations-scratch.ts";
import type { Scratch } from "./translations-scratch.ts";

/** translate-toolkit's tools run on Debian's Python, where its module lives. */
const PYTHON = "/usr/bin/python3";
const FILLED = "リクエストトークンが必要です。";

/** Fills the XLIFF unit whose location is `code:<code>` with translate-toolkit's XLIFF store, as an editor would. */
const FILL = `
import sys
from translate.storage import factory
store = factory.getobject(sys.argv[1])
units = [u for u in store.units if ("code:" + sys.argv[2]) in u.getlocations()]
assert len(units) == 1, units
units[0].target = sys.argv[3]
store.save()
`;

describe("translations with translate-toolkit", () => {
  let scratch: Scratch;
  beforeAll(() => {
    scratch = japaneseScratch();
    expect(scratch.translations("confirm", "--locale", "ja").status).toBe(0);
  });
  afterAll(() => scratch.remove());

  it(`ja with 2 of ${TOTAL} texts builds, falls back and reports 2/${TOTAL}`, () => {
    const generated = scratch.generate();
    expect(generated.status).toBe(0);
    expect(generated.stderr).toContain(`ja: 2/${TOTAL} translated, ${TOTAL - 2} fall back to en\n`);
    const en = JSON.parse(scratch.read("dist/i18n/en.json")) as Record<string, string>;
    expect(JSON.parse(scratch.read("dist/i18n/ja.json"))["8"]).toBe(en["8"]);
    expect(scratch.translations("status").stdout).toContain(
      `ja: 2/${TOTAL} translated, ${TOTAL - 2} missing, 0 stale\n`,
    );
  });

  it("a changed Korean text: the English translation is stale, and the strict setting fails", () => {
    scratch.edit((text) => text.replace(`      ko: ${KO_40}\n`, `      ko: ${KO_40_CHANGED}\n`));
    expect(scratch.translations("status").stdout).toContain("  stale: 40 API_PERMISSION_DENIED\n");
    expect(scratch.generate().stderr).toMatch(/warning stale-translation: the en description of code "40"/);
    scratch.edit((text) => text.replace("  originLocale: ko\n", "  originLocale: ko\n  strictTranslations: true\n"));
    const strict = scratch.generate();
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/error stale-translation: the en description of code "40"/);
    scratch.edit((text) => text.replace("  strictTranslations: true\n", ""));
  });

  it(`exports the ja work, which pocount counts: ${TOTAL - 2} untranslated texts of ${TOTAL - 2}`, () => {
    expect(scratch.translations("export", "--locale", "ja", "--out", "ja.po").status).toBe(0);
    const [header, row] = run("pocount", ["--csv", "ja.po"], { cwd: scratch.dir }).stdout.trim().split("\n");
    const stats = Object.fromEntries(
      (header ?? "").split(",").map((name, i) => [name.trim(), Number((row ?? "").split(",")[i])]),
    );
    expect(stats).toMatchObject({
      "Translated Messages": 0,
      "Untranslated Messages": TOTAL - 2,
      "Total Message": TOTAL - 2,
    });
  });

  it("a translator fills one text in XLIFF (po2xliff, translate-toolkit, xliff2po); import: translated, fresh", () => {
    const tools = { cwd: scratch.dir };
    run("po2xliff", ["ja.po", "ja.xlf"], tools);
    run(PYTHON, ["-c", FILL, "ja.xlf", "8", FILLED], tools);
    run("xliff2po", ["ja.xlf", "ja-done.po"], tools);
    const counted = run("pocount", ["--csv", "ja-done.po"], tools).stdout.trim().split("\n")[1]?.split(",");
    expect(Number(counted?.[1])).toBe(1);

    const imported = scratch.translations("import", "ja-done.po");
    expect(imported).toMatchObject({ status: 0, stderr: "" });
    expect(imported.stdout).toBe(`spec/errors.yaml: imported 1 ja text (${TOTAL - 3} left out: empty or fuzzy)\n`);
    expect(readFileSync(join(scratch.dir, "spec", "errors.yaml"), "utf8")).toContain(`      ja: ${FILLED}\n`);
    expect(scratch.translations("status").stdout).toContain(
      `ja: 3/${TOTAL} translated, ${TOTAL - 3} missing, 0 stale\n`,
    );
    const generated = scratch.generate();
    expect(generated.stderr).toContain(`ja: 3/${TOTAL} translated, ${TOTAL - 3} fall back to en\n`);
    expect(generated.stderr).not.toMatch(/stale-translation: the ja description of code "8"/);
    expect(JSON.parse(scratch.read("dist/i18n/ja.json"))["8"]).toBe(FILLED);
  });
});
