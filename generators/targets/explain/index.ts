/**
 * Emits `bin/<name>-errors.js` (`coinone-errors`), the `explain` command the
 * npm package installs: it reads the generated module (`../index.js`, so the
 * typescript target must run too) and `../catalog.json`, never the
 * generator, and has no dependency but Node. The fixed texts and the advice
 * per error class are the HTML reference's (templates/html/texts.json),
 * embedded as JSON; the template templates/explain/coinone-errors.js.hbs
 * holds the program.
 */
import { exportNames } from "../../catalog/names.ts";
import { generatedNotice } from "../../text/header.ts";
import { jsString, lineCommentText, showBidi } from "../../text/escape.ts";
import { everywhere, UNSAFE_IN_JS_SOURCE, u4 } from "../../text/languages/characters.ts";
import { renderFile } from "../render-template.ts";
import { problemNames } from "../typescript/problem.ts";
import { siteTexts } from "../html/texts.ts";
import type { Catalog } from "../../catalog/types.ts";
import type { OutputFile } from "../../output/files.ts";

/** The command's name: `coinone-errors` for the catalog `coinone`. */
export const binName = (catalog: Catalog): string => `${catalog.name}-errors`;

/** JSON as a JavaScript expression, with U+2028, U+2029 and the bidi controls written as `\uXXXX`. */
const jsJson = (value: unknown) => JSON.stringify(value, null, 2).replace(everywhere(UNSAFE_IN_JS_SOURCE), u4);

export function generateExplainCommand(catalog: Catalog): OutputFile[] {
  const names = exportNames(catalog.name);
  const texts = Object.fromEntries(catalog.locales.map((locale) => [locale, siteTexts(locale)]));
  const view = {
    notice: lineCommentText(generatedNotice(catalog).join(" ")),
    bin: binName(catalog),
    title: showBidi(lineCommentText(catalog.title)),
    names,
    problem: problemNames(names).toProblem,
    texts: jsJson(texts),
    sourceLocale: jsString(catalog.sourceLocale),
    codeField: jsString(catalog.wire.codeField),
  };
  return [renderFile(`bin/${binName(catalog)}.js`, "explain/coinone-errors.js.hbs", view)];
}
