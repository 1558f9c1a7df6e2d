/**
 * Provenance (issue 26): every entry of spec/errors.yaml says which document
 * its message and Korean description are copied from, verbatim, and the
 * seed copy of that document must hold that exact text for that code. Each
 * document id maps to its seed: `v1.0-table` to coinone-api-error-codes.txt,
 * `current-table` ([A]) and `later-copy` ([B]) to the rows of
 * coinone-api-error-codes-later.md, `api-intro-page` ([C]) to the quotes of
 * that page there. A text marked `ours` (every English description) is
 * never held to a document.
 */
import { describe, expect, it } from "vitest";
import { OURS } from "../generators/catalog/types.ts";
import { loadFile, ROOT } from "./helpers.ts";
import { laterSection, laterTable, v1Rows } from "./seeds.ts";

const catalog = loadFile(`${ROOT}/spec/errors.yaml`);
const v1 = new Map(v1Rows().map((row) => [/^[0-9]+/.exec(row)?.[0] ?? "", row]));

type Texts = { message?: string | undefined; ko?: string | undefined };

/** The rows of the later document read from source `letter`, by code. */
function laterRows(letter: string): Map<string, Texts> {
  const added = laterTable("Codes added after v1.0").map(([code, message, ko, source]) => ({
    code,
    message,
    ko,
    source,
  }));
  const changed = laterTable("Codes whose published text changed").map(([code, , message, ko, source]) => ({
    code,
    message,
    ko,
    source,
  }));
  return new Map(
    [...added, ...changed].filter((r) => r.source?.split(" ")[0] === letter).map((r) => [r.code ?? "", r]),
  );
}

/** [C]: the body the API introduction page shows for code 4, and the waits its two versions state. */
const intro = laterSection("What a code means, beyond its row");
const introBody = JSON.parse(/```json\n([\s\S]*?)```/.exec(intro)?.[1] ?? "{}") as Record<string, string>;
const minutes = (text: string) => Number(/(\d+)분 간 요청이 불가능합니다/.exec(text)?.[1]);
const [currentQuote = "", v1Quote = ""] = intro.split("[C], v1.0 page:");

const SEEDS: Record<string, (code: string, field: "message" | "ko", text: string) => boolean> = {
  // The v1.0 row glues code, message and Korean text: the message follows the code, the Korean text ends the row.
  "v1.0-table": (code, field, text) => {
    const row = v1.get(code) ?? "";
    return field === "message"
      ? row.startsWith(`${code}${text}`)
      : row.endsWith(text) && row.length > code.length + text.length;
  },
  "current-table": (code, field, text) => laterRows("A").get(code)?.[field] === text,
  "later-copy": (code, field, text) => laterRows("B").get(code)?.[field] === text,
  "api-intro-page": (code, field, text) =>
    field === "message" && introBody.errorCode === code && introBody.errorMsg === text,
};

describe("the provenance of every text", () => {
  it("names only documents the catalog declares, each of which has a seed copy here", () => {
    expect(catalog.documents.map((d) => d.id)).toEqual(Object.keys(SEEDS));
    for (const error of catalog.errors)
      for (const id of Object.values(error.source)) expect([...Object.keys(SEEDS), OURS]).toContain(id);
  });

  // Every code of Coinone's documents; a code a maintainer adds may be written for the catalog (`ours`).
  const documented = new Set([...v1.keys(), ...laterRows("A").keys(), ...laterRows("B").keys()]);
  it.each(catalog.errors.filter((e) => documented.has(e.code)).map((e) => [e.code, e] as const))(
    "code %s: message and Korean text copied from a document, English ours",
    (_code, error) => {
      expect(error.source.message).not.toBe(OURS);
      expect(error.source.ko).not.toBe(OURS);
      expect(error.source.en).toBe(OURS);
    },
  );

  it.each(
    catalog.errors.flatMap((e) =>
      (["message", "ko"] as const).map((field) => [e.code, field, e.source[field] ?? "", e] as const),
    ),
  )("code %s: the %s is the text of %s for that code, verbatim", (code, field, document, error) => {
    const text = field === "message" ? error.message : (error.description.ko ?? "");
    if (document === OURS) return;
    expect(SEEDS[document]?.(code, field, text), `${code} ${field} in ${document}: ${JSON.stringify(text)}`).toBe(true);
  });

  it.each(
    catalog.errors
      .filter((e) => e.source.message === "v1.0-table" && e.source.ko === "v1.0-table")
      .map((e) => [e.code, e] as const),
  )("code %s: both texts from the v1.0 table make up its row exactly", (code, error) =>
    expect(`${code}${error.message}${error.description.ko}`).toBe(v1.get(code)),
  );

  it("a seed copy does not hold just any text: the check fails for a text it does not have", () => {
    expect(SEEDS["v1.0-table"]?.("40", "ko", "승인되지 않은 API 권한입니다.")).toBe(false);
    expect(SEEDS["current-table"]?.("40", "ko", "승인되지 않 API 권한입니다.")).toBe(false);
    expect(SEEDS["later-copy"]?.("118", "message", "Already Submitted.")).toBe(false);
    expect(SEEDS["api-intro-page"]?.("4", "message", "Blocked user access")).toBe(false);
  });
});

describe("code 4: the Public API's rate limit (issue 26)", () => {
  const four = catalog.errors.find((e) => e.code === "4");

  it("is a retryable rate-limit error that says to retry later, with the table's message kept verbatim", () => {
    expect(four).toMatchObject({
      errorClass: "rate-limit",
      retryable: true,
      userAction: "retry-later",
      message: "Blocked user access",
    });
    // The introduction page's body ends the same message with a period; the catalog keeps the table's text.
    expect(introBody).toEqual({ result: "error", errorCode: "4", errorMsg: "Blocked user access." });
  });

  it(
    "waits what the current introduction page states (one " + "minute), and names that page as the source of the wait",
    () => {
      expect(minutes(currentQuote)).toBe(1);
      expect(four?.retryAfterSeconds).toBe(minutes(currentQuote) * 60);
      expect(four?.source.retryAfterSeconds).toBe("api-intro-page");
    },
  );

  it("notes the older rule of the v1.0 page (ten minutes)", () => {
    expect(minutes(v1Quote)).toBe(10);
    expect(four?.notes).toContain("ten minutes (600 seconds)");
  });

  it("is the only code with a documented wait", () => {
    expect(catalog.errors.filter((e) => e.retryAfterSeconds !== undefined).map((e) => e.code)).toEqual(["4"]);
  });
});

describe("code 40: the Korean text of the current table (issue 26)", () => {
  it("is the current table's text byte for byte, not the v1.0 typo", () => {
    const forty = catalog.errors.find((e) => e.code === "40");
    expect(Buffer.from(forty?.description.ko ?? "")).toEqual(Buffer.from(laterRows("A").get("40")?.ko ?? "-"));
    expect(forty?.description.ko).toBe("승인되지 않은 API 권한입니다.");
    expect(v1.get("40")).toBe("40Invalid API permission승인되지 않 API 권한입니다.");
    expect(forty?.source).toMatchObject({ message: "current-table", en: OURS, ko: "current-table" });
  });
});
