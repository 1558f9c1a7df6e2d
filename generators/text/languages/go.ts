/**
 * How catalog text enters Go source (generators/targets/go/): interpreted
 * string literals, `//` comments and doc comment lines that `gofmt` leaves
 * exactly as written. Go reads the file as UTF-8, so readable text stays raw.
 */
import { HIDDEN_CHARACTER, LINE_BREAK, showHidden, u4 } from "./unicode.ts";
import type { LanguageText } from "./types.ts";

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

/** One line, trimmed: gofmt strips trailing blanks, and a leading one would indent a doc comment line into a code block. */
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
