/**
 * The Python and Go escapers and names as tables with exact outputs; the
 * python-target and go-target suites read the same functions' output back
 * with the real interpreters and compilers.
 */
import { describe, expect, it } from "vitest";
import { isUpperSnake } from "../generators/catalog/names.ts";
import { pep440Version } from "../generators/targets/python/index.ts";
import { GO_RESERVED, goConstantNames, goText } from "../generators/text/languages/go.ts";
import { PYTHON_RESERVED, pythonMemberName, pythonText } from "../generators/text/languages/python.ts";

const LANGUAGES = { python: pythonText, go: goText };

describe("stringLiteral", () => {
  it.each<[keyof typeof LANGUAGES, string, string]>([
    ["python", 'a"b\\c', '"a\\"b\\\\c"'],
    ["python", "line\nbreak\r\ttab", '"line\\nbreak\\r\\ttab"'],
    ["python", "nul\u0000 del\u007F nel\u0085", '"nul\\x00 del\\x7f nel\\x85"'],
    ["python", "bidi \u202E sep \u2028 bom \uFEFF", '"bidi \\u202E sep \\u2028 bom \\uFEFF"'],
    ["python", "lone \uD800 pair 🚨 한글", '"lone \\uD800 pair 🚨 한글"'],
    ["go", 'a"b\\c`', '"a\\"b\\\\c`"'],
    ["go", "nul\u0000 del\u007F nel\u0085", '"nul\\x00 del\\x7f nel\\u0085"'],
    ["go", "lone \uD800 pair 🚨 한글", '"lone \\uFFFD pair 🚨 한글"'],
  ])("%s: %j -> %s", (language, value, literal) => expect(LANGUAGES[language].stringLiteral(value)).toBe(literal));
});

describe("python comments and docstrings", () => {
  it.each([
    ['three """ quotes', ['three \\"\\"\\" quotes']],
    ['"quoted"', ['\\"quoted\\"']],
    ["\\N{BULLET} and \\u0041", ["\\\\N{BULLET} and \\\\u0041"]],
    ["one\ntwo\r\nthree\u2028four", ["one", "two", "three", "four"]],
    ["nul\u0000 \u202Eevil", ["nul␀ ‹U+202E›evil"]],
  ])("docstring lines of %j", (value, lines) => expect(pythonText.docCommentLines(value)).toEqual(lines));

  it("keeps a line comment on one line, and never declares an encoding (PEP 263)", () => {
    expect(pythonText.lineComment("a\nb -*- coding: latin-1 -*-")).toBe("a b -*- coding : latin-1 -*-");
  });
});

describe("go comments", () => {
  it.each([
    ["  indented\n\n- item\n+build linux \n", ["indented", "- item", "\\u002Bbuild linux"]],
    ["*/ stays /* text", ["*/ stays /* text"]],
    ["bell\u0007 \u202Ertl", ["bell␇ ‹U+202E›rtl"]],
  ])("doc comment lines of %j", (value, lines) => expect(goText.docCommentLines(value)).toEqual(lines));

  it("keeps a line comment on one line, trimmed, and never a build constraint", () => {
    expect(goText.lineComment(" +build x\ny ")).toBe("\\u002Bbuild x y");
  });
});

describe("go constant names", () => {
  it("spells initialisms as Go does", () => {
    expect(
      goConstantNames([
        "APP_ID_INVALID",
        "NONCE_NOT_UUID",
        "V1_TOKEN_NOT_ACCEPTED",
        "ADDRESS_BLOCKED_BY_FDS",
        "API_PERMISSION_DENIED",
      ]),
    ).toEqual([
      "CodeAppIDInvalid",
      "CodeNonceNotUUID",
      "CodeV1TokenNotAccepted",
      "CodeAddressBlockedByFDS",
      "CodeAPIPermissionDenied",
    ]);
  });

  it("falls back to PascalCase for every name when initialisms make two names meet", () => {
    expect(goConstantNames(["ID_S", "I_D_S", "APP_ID"])).toEqual(["CodeIdS", "CodeIDS", "CodeAppId"]);
  });
});

describe("pep440Version", () => {
  it.each([
    ["1.2.3", "1.2.3"],
    ["1.2.3-rc.1", "1.2.3rc1"],
    ["1.2.3-beta.2", "1.2.3b2"],
    ["1.2.3-alpha", "1.2.3a0"],
    ["1.2.3-next.7", "1.2.3.dev7"],
  ])("%s -> %s", (semver, pep440) => expect(pep440Version(semver)).toBe(pep440));
});

describe("names kept apart from what the generated code defines or uses (issue 23, finding 8)", () => {
  it("Go: the Code prefix keeps every constant apart from GO_RESERVED; a reserved name would get `_`", () => {
    const names = ["CODE", "S", "ERROR", "INFO", "LOOKUP", "DESCRIBE", "PARSE", "NIL", "STRING", "LOCALES", "RESERVED"];
    for (const constant of goConstantNames(names)) expect(GO_RESERVED.has(constant)).toBe(false);
    expect(goConstantNames(["S"])).toEqual(["CodeS"]);
    expect([...GO_RESERVED].filter((name) => /^Code[A-Z0-9]/.test(name))).toEqual([]);
  });

  it("Python: members are UPPER_SNAKE, which no reserved name is; a reserved one would get `_`", () => {
    expect(pythonMemberName("NAME")).toBe("NAME");
    expect(pythonMemberName("VALUE")).toBe("VALUE");
    expect([...PYTHON_RESERVED].filter(isUpperSnake)).toEqual([]);
  });
});
