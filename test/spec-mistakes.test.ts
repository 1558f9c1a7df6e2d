/**
 * Realistic mistakes made in the real spec/errors.yaml (issue 25, item 6):
 * each must give exactly one diagnostic, at the line of the mistake, with a
 * hint that speaks about it. Also the two helpers behind them: the
 * did-you-mean (generators/catalog/nearest.ts) and the indentation reader
 * (generators/catalog/indentation.ts), which must find nothing in valid text.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../generators/catalog/diagnostics.ts";
import { findIndentProblem } from "../generators/catalog/indentation.ts";
import { loadCatalog, normaliseText } from "../generators/catalog/load-catalog.ts";
import { didYouMean, editDistance, nearest } from "../generators/catalog/nearest.ts";
import { ROOT } from "./helpers.ts";

const SPEC = normaliseText(readFileSync(join(ROOT, "spec", "errors.yaml"), "utf8"));
const ENTRY_8 = '  - code: "8"\n    name: REQUEST_TOKEN_REQUIRED\n    category: authentication\n';
const lineOf = (text: string) => SPEC.slice(0, SPEC.indexOf(text)).split("\n").length;

/** The spec with the first `from` (which must occur) replaced by `to`. */
function mistake(from: string, to: string): string {
  expect(SPEC).toContain(from);
  return SPEC.replace(from, to);
}

/** The spec with entry "8" changed by replacing `from` with `to` in its first three lines. */
const in8 = (from: string, to: string) => mistake(ENTRY_8, ENTRY_8.replace(from, to));

describe("one realistic mistake in spec/errors.yaml gives one actionable diagnostic", () => {
  const code8 = lineOf(ENTRY_8);
  const retryable = lineOf("    retryable: false\n");
  it.each([
    [
      "a repeated key",
      in8("category:", "name: AGAIN\n    category:"),
      code8 + 2,
      "duplicate-key",
      /key "name" is already set at \d+:5 in error "8"/,
    ],
    [
      "a dash written as spaces",
      in8("  - code", "    code"),
      code8,
      "missing-dash",
      /its 9 keys are read as repeats of those of error "4"/,
    ],
    ["a dash deleted", in8("  - code", "  code"), code8, "missing-dash", /has no "- "/],
    [
      "a key one space too deep",
      in8("    category", "     category"),
      code8 + 2,
      "bad-indent",
      /`category:` is indented 5 spaces/,
    ],
    [
      "a key one space too shallow",
      in8("    category", "   category"),
      code8 + 2,
      "bad-indent",
      /`category:` is indented 3 spaces/,
    ],
    ["a misspelt property", in8("category:", "categroy:"), code8 + 2, "unknown-property", /"categroy" in error "8"/],
    [
      "a misspelt category",
      in8("authentication", "authentification"),
      code8 + 2,
      "unknown-category",
      /error "8" has category/,
    ],
    [
      "a boolean written yes",
      mistake("    retryable: false\n", "    retryable: yes\n"),
      retryable,
      "wrong-type",
      /error "8" retryable/,
    ],
  ])("%s", (_name, text, line, rule, message) => {
    const diagnostics = loadCatalog(text, "spec/errors.yaml").diagnostics;
    expect(diagnostics.map(formatDiagnostic)).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ line, rule });
    expect(diagnostics[0]?.message).toMatch(message);
  });

  it("names the near miss in the hint", () => {
    const hint = (text: string) => loadCatalog(text, "spec/errors.yaml").diagnostics[0]?.hint;
    expect(hint(in8("category:", "categroy:"))).toMatch(/^did you mean category\? /);
    expect(hint(in8("authentication", "authentification"))).toMatch(/^did you mean authentication\? /);
    expect(hint(in8("authentication", "invalid_order"))).toMatch(
      /^did you mean order\? \(invalid-order is an errorClass, not a category\) /,
    );
  });
});

describe("did you mean", () => {
  it.each([
    ["descripton", ["code", "description", "notes"], "description"],
    ["kr", ["en", "ko"], "ko"],
    ["invalid_order", ["authentication", "invalid-order"], "invalid-order"],
    ["invalid_order", ["account", "order", "user-order-id"], "order"],
    ["check_credential", ["fix-request", "check-credentials"], "check-credentials"],
    ["errorclass", ["errorClass", "retryable"], "errorClass"],
    ["nmae", ["code", "name"], "name"],
    ["ja", ["ko"], undefined],
    ["server-error", ["exchange-error", "maintenance"], undefined],
    ["3.2", ["3.1", "3.0"], undefined],
  ])("%s among %j -> %s", (name, known, expected) => {
    expect(nearest(name, known)).toBe(expected);
  });

  it("counts a swap of neighbours as one edit, and phrases the suggestion", () => {
    expect(editDistance("nmae", "name")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(didYouMean("typscript", ["typescript", "openapi"])).toBe("did you mean typescript? ");
    expect(didYouMean("colour", ["code", "name"])).toBe("");
  });
});

describe("the indentation reader", () => {
  it("finds nothing anywhere in the valid spec", () => {
    const lines = SPEC.split("\n").length;
    for (let line = 1; line <= lines; line += 1) expect(findIndentProblem(SPEC, line), `line ${line}`).toBeUndefined();
  });

  it.each([
    ["block scalars", "a:\n  b: |\n    text\n      deeper text\n  c: 1\n"],
    ["flow collections over lines", "a:\n  b: { en: x,\n      ko: y }\n  c: [1,\n   2]\n"],
    ["quoted text over lines", 'a:\n  b: "one\n     two"\n  c: 1\n'],
    ["a plain scalar continued deeper", "a:\n  b: one\n     two\n  c: 1\n"],
    ["a list at its key's indent", "a:\n- x: 1\n  y: 2\nb: 1\n"],
  ])("skips %s", (_name, text) => {
    const lines = text.split("\n").length;
    for (let line = 1; line <= lines; line += 1) expect(findIndentProblem(text, line), `line ${line}`).toBeUndefined();
  });
});
