/**
 * Go names of the catalog's codes: `Code` + the name in Go's MixedCaps with
 * initialisms upper-cased, as golint and the standard library spell them
 * (`APP_ID_INVALID` -> `CodeAppIDInvalid`, `NONCE_NOT_UUID` ->
 * `CodeNonceNotUUID`). Reads the words from caseNames.
 */
import { caseNames } from "../../catalog/names.ts";

/** golint's common initialisms, plus the acronyms of exchange APIs (FDS, KRW, KYC, OTP). */
export const GO_INITIALISMS: ReadonlySet<string> = new Set(
  "ACL API ASCII CPU CSS DNS EOF FDS GUID HTML HTTP HTTPS ID IP JSON KRW KYC LHS OTP QPS RAM RHS RPC SLA SMTP SQL SSH TCP TLS TTL UDP UI UID URI URL UTF8 UUID VM XML XMPP XSRF XSS".split(" "),
);

function goWords(name: string): string {
  return caseNames(name)
    .snake.split("_")
    .map((word) => (GO_INITIALISMS.has(word.toUpperCase()) ? word.toUpperCase() : word.charAt(0).toUpperCase() + word.slice(1)))
    .join("");
}

/**
 * `Code<Name>` for each name, in order. Initialisms can make two names that
 * are distinct as PascalCase meet (`ID_S` and `I_D_S` both give `IDS`); then
 * every name falls back to plain PascalCase, which the catalog checks keep
 * unique, so names never depend on the order of codes.
 */
export function goConstantNames(names: readonly string[]): string[] {
  const withInitialisms = names.map((name) => `Code${goWords(name)}`);
  if (new Set(withInitialisms).size === withInitialisms.length) return withInitialisms;
  return names.map((name) => `Code${caseNames(name).pascal}`);
}
