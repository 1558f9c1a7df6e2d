/**
 * The two YAML readers of generators/catalog/yaml-source.ts: js-yaml reads
 * the data (`readData`), the yaml library reads what js-yaml refuses and
 * finds positions. Whatever js-yaml accepts must be read exactly as
 * `parseDocument(...).toJS()` reads it, with no error from the library, so a
 * catalog means the same whichever reader took it. YAML_READERS_RUNS=60000
 * (and YAML_READERS_SEED=N for another sequence) runs a long fuzz campaign.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { parseDocument, stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { normaliseText } from "../generators/catalog/load-catalog.ts";
import { readData, readYaml } from "../generators/catalog/yaml-source.ts";
import { syntheticCatalog } from "../scripts/synthetic-catalog.ts";
import { ROOT } from "./helpers.ts";

const RUNS = Number(process.env.YAML_READERS_RUNS ?? 3000);
const SEED = Number(process.env.YAML_READERS_SEED ?? 17);
const OUTSIDE = Symbol("the yaml library reports an error");

/** What the yaml library reads, with the options yaml-source.ts uses; OUTSIDE when it reports an error. */
function library(text: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: true, strict: true, version: "1.2", prettyErrors: false });
  return doc.errors.length > 0 ? OUTSIDE : doc.toJS({ maxAliasCount: 100 });
}

/** The property: js-yaml declines (the library then reads the text), or it reads what the library reads. */
function agrees(text: string): "accepted" | "declined" {
  const data = readData(text);
  if (data === undefined) return "declined";
  expect(library(text), JSON.stringify(text)).toStrictEqual(data);
  return "accepted";
}

const spec = (name: string) => normaliseText(readFileSync(join(ROOT, name), "utf8"));

/** Every construct the subset reads, in one document. */
const SAMPLER = `# a comment
top:
  plain: Blocked user access (check the "id", 'x' and {braces}, [brackets], a#b)
  colon: a:b and http://example.com/x?y=1
  single: 'it''s #1: quoted'
  double: "tab\\t, quote \\", slash \\/ \\u00e9 \\ud83d\\ude00 ok"
  empty_single: ''
  empty_double: ""
  nothing:
  tilde: ~
  null_word: Null
  yes: true
  no: False
  int: 400
  zero: 0
  version: 2.0.0
  date: 2024-01-01
  korean: 제한된 사용자의 접근입니다.
  bidi: a\u202eb
  flow_map: { en: Account status, ko: "계정, 상태", x: 'y' }
  flow_seq: [en, ko, "a, b", 7, true, ~]
  empty_map: {}
  empty_seq: []

  literal: |
    line one
      indented
    # not a comment

    last
  literal_strip: |-
    one
    two


  folded: >
    joined
    words

    new paragraph
  folded_strip: >-
    a
    b
list:
  - one
  - "two"
  -   three
  - { a: 1 }
  - [x]
  - code: "4"
    name: USER_BLOCKED
    # a comment inside
    description:
      en: Access
      ko: 접근

  -   code: "5"
      deep:
        - x
        - y
last: end
`;

describe("js-yaml reading the data, the yaml library the rest", () => {
  it("reads the shipped catalogs, the sampler and a synthetic catalog as the yaml library does", () => {
    for (const text of [
      spec("spec/errors.yaml"),
      spec("test/fixtures/minimal.yaml"),
      spec("test/fixtures/errors-1.0.0.yaml"),
      SAMPLER,
      syntheticCatalog(300),
    ]) {
      expect(agrees(text)).toBe("accepted");
    }
  });

  it("reads catalogs as people and tools write them: yaml.stringify output, CRLF, comments, other indentation", () => {
    const catalog = library(spec("spec/errors.yaml"));
    const written = [
      stringify(catalog),
      stringify(catalog, { indent: 4 }),
      stringify(catalog).replace(/\n/g, "\r\n"),
      spec("spec/errors.yaml").replace(/^(\s+- code: .*)$/gm, "$1 # a comment"),
    ];
    for (const text of written) expect(agrees(text)).toBe("accepted");
  });

  it.each([
    ["an anchor and alias", "a: &x 1\nb: *x\n"],
    ["a tag", "a: !!str 1\n"],
    ["a comment after a value", "a: b # c\n"],
    ["a tab", "a:\tb\n"],
    ["a multi-line plain scalar", "a: one\n  two\n"],
    ["a multi-line quoted scalar", 'a: "one\n  two"\n'],
    ["a YAML-only escape", 'a: "\\x41\\N"\n'],
    ["a number other than a small integer", "a: 1.5\n"],
    ["an octal-looking integer", "a: 0105\n"],
    ["a huge integer", "a: 12345678901234567890\n"],
    ["a sequence at its key's indent", "a:\n- b\n"],
    ["a duplicate key", "a: 1\na: 2\n"],
    ["a duplicate key in a flow mapping", "a: { x: 1, x: 2 }\n"],
    ["a quoted key", '"a": 1\n'],
    ["a key that is not a string", "true: 1\n"],
    ["__proto__", "__proto__: 1\n"],
    ["a document marker", "---\na: 1\n"],
    ["two documents", "a: 1\n---\nb: 2\n"],
    ["a directive", "%YAML 1.2\n---\na: 1\n"],
    ["no final line break", "a: 1"],
    ["a top-level sequence", "- a\n"],
    ["an empty document", "# nothing\n"],
    ["a block scalar with an indentation indicator", "a: |2\n   x\n"],
    ["a keep-chomped block scalar", "a: |+\n  x\n\n"],
    ["a more-indented folded line", "a: >\n  x\n    y\n"],
    ["a nested flow collection", "a: { b: [1] }\n"],
    ["a trailing comma", "a: [1, 2, ]\n"],
    ["a flow collection over two lines", "a: [1,\n  2]\n"],
    ["a nested mapping in a plain value", "a: b: c\n"],
    ["a plain scalar starting with an indicator", "a: - b\n"],
    ["a carriage return", "a: b\r\n"],
    ["a byte order mark", "\ufeffa: b\n"],
    ["NEL (U+0085)", "a: b\u0085c\n"],
    ["a wrongly indented key", "a:\n  b: 1\n c: 2\n"],
    ["a compact nested sequence", "a:\n  - - x\n"],
    ["a key over 1024 characters (an error for the yaml library)", `${"k".repeat(1100)}: 1\n`],
    ["a long key in a flow mapping", `a: { ${"k".repeat(1100)}: 1 }\n`],
    ["a trailing no-break space", "a: b\u00a0\n"],
    ["trailing Unicode spaces (U+2000, U+3000)", "a: b\u2000\u3000\n"],
    ["a no-break space after a quoted scalar", 'a: "x"\u00a0\n'],
    ["a no-break space after a block indicator", "a: |\u00a0\n  x\n"],
  ])("reads %s as the yaml library does, or leaves it to the library", (_, text) => {
    agrees(text);
  });

  it("leaves aliases to the yaml library, which limits their expansion", () => {
    expect(readData("a: &x [1]\nb: *x\n")).toBeUndefined();
  });

  it("finds positions for a diagnostic in a catalog js-yaml read", () => {
    const source = readYaml(spec("spec/errors.yaml"), "spec/errors.yaml");
    expect(source.diagnostics).toEqual([]);
    const text = spec("spec/errors.yaml");
    const line = text.split("\n").findIndex((l) => l.includes('- code: "4"')) + 1;
    expect(source.locate(["errors", 0, "code"])).toEqual({ line, col: 11 });
    expect(source.locate(["errors", 0, "code"], "key")).toEqual({ line, col: 5 });
    expect(source.locate(["errors", 0, "name"], "key")).toEqual({ line: line + 1, col: 5 });
    expect(source.sourceText(["errors", 0, "code"])).toBe("4");
  });

  it("agrees with the yaml library on generated documents (block scalars, quoting, nesting)", () => {
    const char = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom("a", "b", "Z", "1", " ", "é", "한", "\u202e", "word") },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          "  ",
          ":",
          ": ",
          "#",
          " #",
          "'",
          '"',
          "\\",
          "-",
          "- ",
          ",",
          "{",
          "}",
          "[",
          "]",
          "|",
          ">",
          "~",
          "!",
          "&",
          "*",
          "%",
          "@",
          "`",
          "?",
          ".",
        ),
      },
    );
    const word = fc.array(char, { minLength: 0, maxLength: 6 }).map((parts) => parts.join(""));
    const key = fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom("code", "name", "en", "ko", "message", "x-1", "_k", "a") },
      { weight: 1, arbitrary: fc.constantFrom("null", "true") },
    );
    const entriesOf = <T>(value: fc.Arbitrary<T>, minLength: number) =>
      fc.uniqueArray(fc.tuple(key, value), { minLength, maxLength: 4, selector: ([k]) => k });
    const line = fc
      .tuple(fc.constantFrom("", " ", "  ", "    "), word, fc.constantFrom("", " ", "  "))
      .map(([lead, text, trail]) => lead + text + trail);
    const scalar = fc.oneof(
      word,
      word.map((w) => `"${w.replace(/[\\"]/g, (c) => `\\${c}`)}"`),
      word.map((w) => `'${w.replace(/'/g, "''")}'`),
      fc.array(word, { maxLength: 3 }).map((items) => `[${items.join(", ")}]`),
      entriesOf(word, 0).map((pairs) => `{ ${pairs.map(([k, v]) => `${k}: ${v}`).join(", ")} }`),
    );
    const block = fc
      .tuple(
        fc.constantFrom("|", "|-", ">", ">-"),
        word.filter((w) => w.trim() !== ""),
        fc.array(line, { maxLength: 4 }),
      )
      .map(([header, first, lines]) => ({ header, lines: [first, ...lines] }));
    type Node =
      | { kind: "scalar"; text: string }
      | { kind: "block"; header: string; lines: string[] }
      | { kind: "map"; entries: [string, Node][] }
      | { kind: "seq"; items: Node[] };
    const { node } = fc.letrec<{ node: Node }>((tie) => ({
      node: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        scalar.map((text): Node => ({ kind: "scalar", text })),
        block.map((b): Node => ({ kind: "block", ...b })),
        entriesOf(tie("node"), 1).map((entries): Node => ({ kind: "map", entries })),
        fc.array(tie("node"), { minLength: 1, maxLength: 3 }).map((items): Node => ({ kind: "seq", items })),
      ),
    }));
    /** `n` as the value after `key:` or `-` at `indent`: on the same line, or the block below it. */
    const render = (n: Node, indent: number): string => {
      const pad = " ".repeat(indent + 2);
      if (n.kind === "scalar") return ` ${n.text}\n`;
      if (n.kind === "block")
        return ` ${n.header}\n${n.lines.map((l) => (l.trim() === "" ? l : `${pad}${l}`)).join("\n")}\n`;
      if (n.kind === "map") return `\n${n.entries.map(([k, v]) => `${pad}${k}:${render(v, indent + 2)}`).join("")}`;
      return `\n${n.items.map((v) => `${pad}-${item(v, indent + 2)}`).join("")}`;
    };
    /** A sequence item after its `-` at `indent`: a mapping starts on the dash's line (`- key: value`). */
    const item = (n: Node, indent: number): string => {
      if (n.kind !== "map") return render(n, indent);
      const [[k0, v0], ...rest] = n.entries as [[string, Node], ...[string, Node][]];
      const pad = " ".repeat(indent + 2);
      return ` ${k0}:${render(v0, indent + 2)}${rest.map(([k, v]) => `${pad}${k}:${render(v, indent + 2)}`).join("")}`;
    };
    let accepted = 0;
    let runs = 0;
    fc.assert(
      fc.property(entriesOf(node, 1), (entries) => {
        runs += 1;
        if (agrees(entries.map(([k, v]) => `${k}:${render(v, 0)}`).join("")) === "accepted") accepted += 1;
      }),
      { numRuns: RUNS, seed: SEED },
    );
    if (process.env.YAML_READERS_RUNS) console.log(`${accepted} of ${runs} generated documents read by js-yaml`);
    expect(accepted).toBeGreaterThan(runs * 0.05);
  });

  it("agrees with the yaml library on fuzzed catalog text", () => {
    const bases = [SAMPLER, spec("spec/errors.yaml").split("\n").slice(11, 70).join("\n") + "\n"];
    const tokens = [
      ": ",
      ":",
      " #",
      "#",
      "- ",
      "-",
      "'",
      '"',
      "''",
      '\\"',
      "\\",
      "{",
      "}",
      "[",
      "]",
      ", ",
      ",",
      "|",
      "|-",
      ">",
      ">-",
      "&a ",
      "*a",
      "!",
      "%",
      "@",
      "`",
      "?",
      " ",
      "  ",
      "\n",
      "\n  ",
      "\n    ",
      "~",
      "null",
      "true",
      "0",
      "07",
      "1.5",
      "1e3",
      "0x1F",
      ".inf",
      "é",
      "\u202e",
      "\t",
      "\u2028",
      "---",
      "...",
      "__proto__",
      "k".repeat(1030),
    ];
    let accepted = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...bases),
        fc.array(
          fc.tuple(
            fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
            fc.constantFrom(...tokens),
            fc.constantFrom("insert", "replace-char", "delete-line", "duplicate-line", "indent"),
          ),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
        (base, edits) => {
          let text = base;
          for (const [where, token, op] of edits) text = mutate(text, where, token, op);
          runs += 1;
          if (agrees(text) === "accepted") accepted += 1;
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
    // The campaign must also exercise acceptance, or it proves nothing about what is read.
    if (process.env.YAML_READERS_RUNS) console.log(`${accepted} of ${runs} fuzzed texts read by js-yaml`);
    expect(accepted).toBeGreaterThan(runs * 0.1);
  });
});

function mutate(text: string, where: number, token: string, op: string): string {
  const at = Math.floor(where * text.length);
  if (op === "insert") return text.slice(0, at) + token + text.slice(at);
  if (op === "replace-char") return text.slice(0, at) + token + text.slice(at + 1);
  const lines = text.split("\n");
  const line = Math.floor(where * (lines.length - 1));
  if (op === "delete-line") lines.splice(line, 1);
  else if (op === "duplicate-line") lines.splice(line, 0, lines[line] as string);
  else
    lines[line] =
      (token.length % 2 === 0 ? "  " : "") +
      (lines[line] as string).replace(/^ {0,2}/, token.length % 3 === 0 ? " " : "");
  return lines.join("\n");
}
