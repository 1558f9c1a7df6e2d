/**
 * Builds a synthetic catalog of N codes as YAML text, for benchmarks: the
 * Coinone metadata and categories with generated codes, names and texts of
 * realistic length. `asToolsWriteIt` writes the same catalog the way tools
 * and editors leave it: `yaml.stringify` output, CRLF line ends and an
 * end-of-line comment on every entry.
 */
import { parse, stringify } from "yaml";

const CATEGORIES = ["account", "authentication", "request", "order", "withdrawal"];

export function syntheticCatalog(count: number): string {
  const lines = [
    "catalog:",
    "  name: coinone",
    "  title: Synthetic Coinone errors",
    "  version: 1.0.0",
    "  sourceLocale: en",
    "  locales: [en, ko]",
    "  wire: { resultField: result, errorResult: error, codeField: error_code, messageField: error_msg, " +
      "legacyCodeField: errorCode, legacyMessageField: errorMsg }",
    "categories:",
    ...CATEGORIES.flatMap((id) => [`  - id: ${id}`, `    title: { en: ${id} errors, ko: ${id} 오류 }`]),
    "errors:",
  ];
  for (let i = 1; i <= count; i += 1) {
    lines.push(
      `  - code: "${i}"`,
      `    name: SYNTHETIC_ERROR_${i}`,
      `    category: ${CATEGORIES[i % CATEGORIES.length]}`,
      `    message: Synthetic error number ${i} happened while processing the request`,
      `    errorClass: ${i % 7 === 0 ? "exchange-unavailable" : "bad-request"}`,
      `    retryable: ${i % 7 === 0}`,
      "    source: { message: ours }",
      "    description:",
      `      en: The request failed with synthetic error ${i}. Check the parameters and try again.`,
      `      ko: 합성 오류 ${i} 때문에 요청이 실패했습니다. 파라미터를 확인하고 다시 시도하세요.`,
    );
  }
  return `${lines.join("\n")}\n`;
}

export function asToolsWriteIt(text: string): string {
  return stringify(parse(text))
    .replace(/^( *- code: .*)$/gm, (line, _code, offset: number) => `${line} # entry at ${offset}`)
    .replace(/\n/g, "\r\n");
}

/**
 * A targets file with every built-in target but java, whose enum javac
 * cannot compile past 3,000 codes (generators/targets/java/limit.ts): what a
 * catalog larger than that lists in spec/targets.yaml.
 */
export function targetsWithoutJava(names: readonly string[]): string {
  return `targets:\n${names
    .filter((name) => name !== "java")
    .map((name) => `  - ${name}\n`)
    .join("")}`;
}
