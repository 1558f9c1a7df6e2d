/**
 * Go, for generators/targets/go/: how catalog text enters Go source
 * (interpreted string literals, `//` comments and doc comment lines that
 * `gofmt` leaves exactly as written; Go reads UTF-8, so readable text stays
 * raw) and how catalog names become Go identifiers. Naming rule: a code's
 * constant is `Code` + its name in MixedCaps; a name that GO_RESERVED holds
 * (keywords, predeclared identifiers, every package-level name the generated
 * package declares or imports) gets `_` appended (characters.ts keepApart).
 * The `Code` prefix already keeps every catalog name apart from them today.
 */
import { caseNames } from "../../catalog/names.ts";
import { everywhere, HIDDEN, keepApart, LINE_BREAKS, showAll, u4 } from "./characters.ts";
import type { LanguageText } from "./types.ts";

const LINE_BREAK = LINE_BREAKS.any;
const HIDDEN_CHARACTER = everywhere(HIDDEN);
const showHidden = (text: string): string => showAll(text, HIDDEN);

const SIMPLE: Readonly<Record<string, string>> = { "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * `\xNN` is a byte in Go, so only ASCII controls use it; the rest are
 * `\uXXXX`. A lone surrogate has no UTF-8 form and Go rejects `\uD800`: it
 * becomes U+FFFD, as Go's own string conversion does.
 */
function escapeHidden(char: string): string {
  const unit = char.charCodeAt(0);
  if (unit >= 0xd800 && unit <= 0xdfff) return "\\uFFFD";
  return unit < 0x80 ? `\\x${unit.toString(16).padStart(2, "0")}` : u4(char);
}

function stringLiteral(value: string): string {
  const body = value.replace(/[\\"\n\r\t]/g, (char) => SIMPLE[char] as string).replace(HIDDEN_CHARACTER, escapeHidden);
  return `"${body}"`;
}

/** gofmt turns a `// +build` line anywhere in a file into a build constraint at the top. */
const notBuildLine = (line: string): string => line.replace(/^(\s*)\+build/, "$1\\u002Bbuild");

/** One line, trimmed: gofmt strips trailing blanks, and a leading one would indent a doc comment line into a code
 * block. */
function lineComment(text: string): string {
  return notBuildLine(showHidden(text.split(LINE_BREAK).join(" ").trim()));
}

/**
 * Lines that stay inside one doc comment paragraph, as gofmt leaves them:
 * white space is trimmed (an indented line would become a code block, which
 * gofmt re-indents; trailing blanks it strips), a leading `+build` is
 * escaped, and empty lines are dropped (a blank line starts a paragraph that
 * gofmt could read as a heading or a `Deprecated:` notice).
 */
function docCommentLines(text: string): string[] {
  return text
    .split(LINE_BREAK)
    .map((line) => notBuildLine(showHidden(line.trim())))
    .filter((line) => line !== "");
}

export const goText: LanguageText = { id: "go", stringLiteral, lineComment, docCommentLines };

/** Go's keywords and predeclared identifiers, then what templates/go/ declares or imports at package level. */
export const GO_RESERVED: ReadonlySet<string> = new Set(
  [
    "break case chan const continue default defer else fallthrough for func go goto if import interface map " +
      "package range",
    "return select struct switch type var any bool byte comparable complex64 complex128 error float32 float64 int int8",
    "int16 int32 int64 rune string uint uint8 uint16 uint32 uint64 uintptr true false iota nil append cap clear close",
    "complex copy delete imag len make max min new panic print println real recover",
    "Code SourceLocale Deprecation Removal Info Lookup Describe Codes Locales Reserved Error NewError Parse ParseJSON",
    "locales active reserved byCode copyInfo resultField errorResult codeFields messageFields firstText readText",
    "bytes json io math strconv",
  ]
    .join(" ")
    .split(" "),
);

/** golint's common initialisms, plus the acronyms of exchange APIs (FDS, KRW, KYC, OTP). */
export const GO_INITIALISMS: ReadonlySet<string> = new Set(
  (
    "ACL API ASCII CPU CSS DNS EOF FDS GUID HTML HTTP HTTPS ID IP JSON KRW KYC LHS OTP QPS RAM RHS RPC SLA SMTP " +
    "SQL SSH " +
    "TCP TLS TTL UDP UI UID URI URL UTF8 UUID VM XML XMPP XSRF XSS"
  ).split(" "),
);

function goWords(name: string): string {
  return caseNames(name)
    .snake.split("_")
    .map((word) =>
      GO_INITIALISMS.has(word.toUpperCase()) ? word.toUpperCase() : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join("");
}

/**
 * `Code<Name>` for each name, in order, with initialisms upper-cased as
 * golint and the standard library spell them (`APP_ID_INVALID` ->
 * `CodeAppIDInvalid`). Initialisms can make two distinct names meet (`ID_S`
 * and `I_D_S` both give `IDS`); then every name falls back to plain
 * PascalCase, which the catalog checks keep unique, so names never depend on
 * the order of codes.
 */
export function goConstantNames(names: readonly string[]): string[] {
  const withInitialisms = names.map((name) => `Code${goWords(name)}`);
  const chosen =
    new Set(withInitialisms).size === withInitialisms.length
      ? withInitialisms
      : names.map((name) => `Code${caseNames(name).pascal}`);
  return chosen.map((name) => keepApart(name, GO_RESERVED));
}
