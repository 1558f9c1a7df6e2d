/**
 * Every language whose text helpers templates get: one line per language.
 * template-helpers.ts registers `<id>String`, `<id>LineComment` and
 * `<id>DocComment` for each entry, so adding a language here is all it takes.
 */
import { csharp } from "./csharp.ts";
import { goText } from "./go.ts";
import { javaText } from "./java.ts";
import { javascript } from "./javascript.ts";
import { json } from "./json.ts";
import { kotlin } from "./kotlin.ts";
import { pythonText } from "./python.ts";
import { rustText } from "./rust.ts";
import { swift } from "./swift.ts";
import type { LanguageText } from "./types.ts";
import { yaml } from "./yaml.ts";

export const LANGUAGES: readonly LanguageText[] = [
  json,
  yaml,
  javascript,
  kotlin,
  swift,
  csharp,
  pythonText,
  goText,
  javaText,
  rustText,
];
