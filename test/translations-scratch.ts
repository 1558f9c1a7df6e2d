/**
 * The scratch project of the translation tests (issue 28): a copy of the real
 * catalog in a temporary folder, with Japanese added for two of its 90
 * texts, and the built commands run there as `npm run` runs them.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, runCli } from "./helpers.ts";
import type { CliRun } from "./helpers.ts";

/** How many codes the real catalog has (90 when issue 28 was written), counted in its text. */
export const TOTAL = (readFileSync(join(ROOT, "spec", "errors.yaml"), "utf8").match(/\n {2}- code: /g) ?? []).length;

/** The two Japanese texts the scenario starts with. */
export const JAPANESE: Readonly<Record<string, string>> = {
  "4": "このユーザーのアクセスは制限されています。",
  "105": "価格が正しくありません。",
};

/** The Korean text of code 40 and the one Coinone changes it to in the scenario. */
export const KO_40 = "승인되지 않은 API 권한입니다.";
export const KO_40_CHANGED = "승인되지 않았거나 만료된 API 권한입니다.";

export interface Scratch {
  readonly dir: string;
  readonly spec: string;
  readonly generate: (...args: string[]) => CliRun;
  readonly translations: (...args: string[]) => CliRun;
  readonly read: (path: string) => string;
  readonly edit: (change: (text: string) => string) => void;
  /** Deletes the scratch folder. */
  readonly remove: () => void;
}

/** A scratch copy of the catalog with `ja` declared and translated for codes 4 and 105 (no records yet). */
export function japaneseScratch(): Scratch {
  const dir = mkdtempSync(join(tmpdir(), "coinone-translations-"));
  mkdirSync(join(dir, "spec"));
  cpSync(join(ROOT, "spec", "errors.yaml"), join(dir, "spec", "errors.yaml"));
  const spec = join(dir, "spec", "errors.yaml");
  const read = (path: string) => readFileSync(join(dir, path), "utf8");
  const edit = (change: (text: string) => string) => {
    const before = readFileSync(spec, "utf8");
    const after = change(before);
    if (after === before) throw new Error("the edit changed nothing");
    writeFileSync(spec, after);
  };
  edit((text) => {
    let out = text.replace("locales: [en, ko]", "locales: [en, ko, ja]");
    for (const [code, ja] of Object.entries(JAPANESE)) {
      const entry = new RegExp(`(\\n {2}- code: "${code}"\\n(?: {4}.*\\n)*? {6}ko: .*\\n)`);
      out = out.replace(entry, `$1      ja: ${ja}\n`);
    }
    return out;
  });
  return {
    dir,
    spec,
    read,
    edit,
    remove: () => rmSync(dir, { recursive: true, force: true }),
    generate: (...args) => runCli(args, dir),
    translations: (...args) => runCli(args, dir, "commands/translations.ts"),
  };
}
