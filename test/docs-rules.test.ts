/**
 * The "Rules" table of docs/command-line.md lists exactly the rule ids that
 * the catalog's checks (generators/catalog/) and the commands
 * (generators/commands/) can report. A rule id reaches a Diagnostic in one of
 * two ways, and the sources are read for both, with the TypeScript checker:
 *
 * - an object literal's `rule: "duplicate-key"` property;
 * - an argument passed to a parameter called `rule`, the way every reporter
 *   of those folders takes it (`report(path, "duplicate-code", ...)` through
 *   yaml-source.ts's `Report`, schema-check.ts's `make`, semantic-check.ts's
 *   `reportAt`, translations-po.ts's `problem`), a conditional
 *   (`empty ? "empty-value" : "invalid-length"`) giving both.
 *
 * A new rule without its row fails here, and so does a row for a rule no
 * source reports any more.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./helpers.ts";

const FOLDERS = ["generators/catalog", "generators/commands"];
const PAGE = "docs/command-line.md";

/** Every rule id the sources report, each with the files that report it. */
function emittedRules(): Map<string, Set<string>> {
  const files = FOLDERS.flatMap((folder) =>
    readdirSync(join(ROOT, folder))
      .filter((name) => name.endsWith(".ts") && !name.endsWith(".d.ts"))
      .map((name) => join(ROOT, folder, name)),
  );
  const config = ts.parseJsonConfigFileContent(
    ts.readConfigFile(join(ROOT, "tsconfig.json"), ts.sys.readFile).config,
    ts.sys,
    ROOT,
  );
  const program = ts.createProgram(files, { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const rules = new Map<string, Set<string>>();
  for (const file of files) {
    const source = program.getSourceFile(file)!;
    const shown = file.slice(ROOT.length + 1);
    const take = (node: ts.Node): void => {
      if (ts.isStringLiteralLike(node)) {
        if (!rules.has(node.text)) rules.set(node.text, new Set());
        rules.get(node.text)!.add(shown);
      } else if (ts.isConditionalExpression(node)) {
        take(node.whenTrue);
        take(node.whenFalse);
      } else if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) {
        take(node.expression);
      }
    };
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === "rule")
        take(node.initializer);
      if (ts.isCallExpression(node)) {
        const parameters = checker.getResolvedSignature(node)?.getParameters() ?? [];
        parameters.forEach((parameter, i) => {
          const argument = node.arguments[i];
          if (parameter.name === "rule" && argument !== undefined) take(argument);
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return rules;
}

/** The rule ids named in the first column of the page's "Rules" table. */
function documentedRules(): Set<string> {
  const text = readFileSync(join(ROOT, PAGE), "utf8");
  const section = /^## Rules$([\s\S]*?)^## /m.exec(text)?.[1] ?? "";
  const firstCells = [...section.matchAll(/^\| ([^|]+) \|/gm)].map((m) => m[1]!);
  return new Set(firstCells.flatMap((cell) => [...cell.matchAll(/`([a-z0-9]+(?:-[a-z0-9]+)*)`/g)].map((m) => m[1]!)));
}

describe(`${PAGE}'s Rules table`, () => {
  let emitted: Map<string, Set<string>>;
  let documented: Set<string>;
  beforeAll(() => {
    emitted = emittedRules();
    documented = documentedRules();
  });

  it("finds the rules on both sides", () => {
    // A few that have been there from the start, so a broken reader cannot pass with two empty sets.
    for (const rule of ["duplicate-code", "yaml-syntax", "empty-value", "stale-translation", "origin-changed"]) {
      expect(emitted.has(rule), `${rule} in the sources`).toBe(true);
      expect(documented.has(rule), `${rule} in ${PAGE}`).toBe(true);
    }
  });

  it("has a row for every rule the sources report", () => {
    const missing = [...emitted]
      .filter(([rule]) => !documented.has(rule))
      .map(([rule, files]) => `${rule} (${[...files].join(", ")})`);
    expect(missing, `add these to the Rules table of ${PAGE}`).toEqual([]);
  });

  it("names no rule that no source reports", () => {
    const stale = [...documented].filter((rule) => !emitted.has(rule));
    expect(stale, `no source in ${FOLDERS.join(" or ")} reports these; remove them from ${PAGE}`).toEqual([]);
  });
});
