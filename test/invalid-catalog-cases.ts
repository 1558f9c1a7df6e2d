/**
 * The invalid-catalog table: one invalid catalog per rule with the exact
 * diagnostics it must produce (test/invalid-catalogs.test.ts), also run
 * through both schema validators (test/standalone-validators.test.ts). The
 * catalogs are built from a valid head (lines 1-15) plus the text under
 * test, so line numbers count from there: the first error entry starts on
 * line 16, and each entry made by `entry` takes 10 lines (errorClass,
 * retryable and source come last).
 */
export const HEAD = `catalog:
  name: demo
  title: Demo API errors
  version: 1.0.0
  sourceLocale: en
  locales: [en, ko]
  wire:
    resultField: result
    errorResult: error
    codeField: error_code
    messageField: error_msg
categories:
  - id: order
    title: { en: Orders, ko: 주문 }
errors:
`;

/** One document (3 lines) to put before `errors:` in HEAD. */
export const DOCUMENTS = `documents:
  - id: table
    title: { en: The error table, ko: 오류 표 }
`;

/** One valid error entry (10 lines) with fields replaced or added; `extra` may set errorClass, retryable or source
 * itself. */
export function entry(code: string, name: string, extra = ""): string {
  const required = ["errorClass: invalid-order", "retryable: false", "source: { message: ours }"].filter(
    (line) => !extra.includes(`    ${line.split(":")[0]}:`),
  );
  return `  - code: ${code}
    name: ${name}
    category: order
    message: Price is not correct
${extra}    description:
      en: The price is not valid.
      ko: 올바르지 않은 가격입니다.
${required.map((line) => `    ${line}\n`).join("")}`;
}

export const FILE = "spec/errors.yaml";

export const cases: [string, string, string[]][] = [
  [
    "YAML syntax error",
    `${HEAD}  - code: "105"\n    name: [unclosed\n`,
    [
      "spec/errors.yaml:18:1 error yaml-syntax: Flow sequence in block collection must be sufficiently indented " +
        "and end with a ]",
      "  hint: fix the YAML syntax at this place; quote text that holds `: `, `#` or starts with a special character",
    ],
  ],
  [
    "duplicate key",
    `${HEAD}${entry('"105"', "PRICE_NOT_CORRECT", "    message: Again\n")}`,
    [
      'spec/errors.yaml:20:5 error duplicate-key: key "message" is already set at 19:5 in error "105"',
      "  hint: each key may appear once per mapping; remove one of the two `message:` (merge their values first " +
        "if both matter)",
    ],
  ],
  [
    "empty file",
    "# nothing here yet\n",
    [
      "spec/errors.yaml:1:1 error empty-catalog: the catalog is empty",
      "  hint: start from the example in README.md: a `catalog`, `categories` and `errors`",
    ],
  ],
  [
    "two YAML documents",
    `${HEAD}${entry('"105"', "PRICE_NOT_CORRECT")}---\nmore: 1\n`,
    [
      "spec/errors.yaml:26:1 error yaml-syntax: Source contains multiple documents; please use " +
        "YAML.parseAllDocuments()",
      "  hint: a catalog is one YAML document; remove the extra `---` separator",
    ],
  ],
  [
    "alias bomb",
    `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, ` +
      `*b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n`,
    [
      "spec/errors.yaml:2:8 error alias-limit: aliases expand to too many nodes (Excessive alias count indicates " +
        "a resource exhaustion attack)",
      "  hint: write the text out instead of using anchors and aliases; at most 100 alias expansions are allowed",
    ],
  ],
  [
    "unquoted numeric code",
    `${HEAD}${entry("0105", "PRICE_NOT_CORRECT")}`,
    [
      "spec/errors.yaml:16:11 error unquoted-code: errors[0].code is the number 0105; codes are strings on the " +
        "wire and are never converted",
      '  hint: quote it: code: "0105"',
    ],
  ],
  [
    "wrong type",
    `${HEAD}${entry('"105"', "PRICE_NOT_CORRECT", "    retryable: sometimes\n")}`,
    [
      'spec/errors.yaml:20:16 error wrong-type: error "105" retryable must be true or false, found the text ' +
        '"sometimes"',
      '  hint: retryable must be true or false, not the text "sometimes": write true or false',
    ],
  ],
  [
    "unknown property",
    `${HEAD}${entry('"105"', "PRICE_NOT_CORRECT", "    colour: red\n")}`,
    [
      'spec/errors.yaml:20:5 error unknown-property: unknown property "colour" in error "105"',
      "  hint: allowed here: code, name, category, message, description, source, retryable, retryAfterSeconds, " +
        "errorClass, userAction, deprecated, removed, notes, httpStatus, translatedFrom; check the spelling",
    ],
  ],
  [
    "missing property",
    `${HEAD}  - code: "105"\n    name: PRICE_NOT_CORRECT\n    category: order\n    description: { en: a, ko: b }\n   ` +
      ` errorClass: invalid-order\n    retryable: false\n    source: { message: ours }\n`,
    [
      'spec/errors.yaml:16:5 error missing-property: error "105" is missing the required property "message"',
      "  hint: add `message:` (The documented return message, verbatim (typos included): it is the documented " +
        "contract.)",
    ],
  ],
  [
    "missing nested property, located at its parent's key",
    HEAD.replace("    messageField: error_msg\n", "") + entry('"105"', "PRICE_NOT_CORRECT"),
    [
      'spec/errors.yaml:7:3 error missing-property: catalog.wire is missing the required property "messageField"',
      "  hint: add `messageField:` (Field holding the server's message, e.g. `error_msg`. Bodies may omit it.)",
    ],
  ],
  [
    "locale id that could leave the output folder",
    HEAD.replace("locales: [en, ko]", "locales: [en, ../ko]") + entry('"105"', "PRICE_NOT_CORRECT"),
    [
      'spec/errors.yaml:6:17 error invalid-format: catalog.locales[1] "../ko" does not match ' +
        "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$",
      "  hint: A BCP 47 style locale id such as `en`, `ko` or `pt-BR`; never contains `/` or `.`.",
      'spec/errors.yaml:14:26 error extra-locale: category "order" title has text for "ko", which catalog.locales ' +
        "does not declare",
      "  hint: the declared locales are en; declare ko in catalog.locales or remove this entry",
      'spec/errors.yaml:22:7 error extra-locale: error "105" description has text for "ko", which catalog.locales ' +
        "does not declare",
      "  hint: the declared locales are en; declare ko in catalog.locales or remove this entry",
    ],
  ],
  [
    "locale key with a slash in a description",
    `${HEAD}${entry('"105"', "PRICE_NOT_CORRECT").replace("      ko:", "      ../ko:")}`,
    [
      'spec/errors.yaml:6:17 warning partial-locale: locale "ko" has no text in 1 of 1 descriptions; the en text ' +
        "stands in for them in every artifact",
      "  hint: translate them when you can; until then every artifact shows the en text, and this count is " +
        "printed on " +
        "every run",
      'spec/errors.yaml:22:7 error invalid-format: key "../ko" in error "105" description is not a valid locale id',
      "  hint: use an id such as en, ko or pt-BR (letters, digits and `-` only; never `/` or `.`)",
    ],
  ],
  [
    "value outside an enum",
    `${HEAD}${entry('"105"', "PRICE_NOT_CORRECT", "    userAction: panic\n")}`,
    [
      'spec/errors.yaml:20:17 error invalid-value: error "105" userAction "panic" is not one of: fix-request, ' +
        "check-credentials, complete-verification, contact-support, retry-later, renew-nonce",
      "  hint: pick one of the listed values",
    ],
  ],
  [
    "missing retryable and errorClass",
    `${HEAD}  - code: "105"\n    name: PRICE_NOT_CORRECT\n    category: order\n    message: Price is not correct\n   ` +
      ` description: { en: a, ko: b }\n    source: { message: ours }\n`,
    [
      'spec/errors.yaml:16:5 error missing-property: error "105" is missing the required property "errorClass"',
      "  hint: add `errorClass:` with one of: authentication, permission, verification-required, " +
        "account-suspended, insufficient-funds, invalid-order, order-not-found, duplicate-order-id, unknown-symbol, " +
        "bad-request, not-supported, operation-rejected, invalid-nonce, invalid-address, rate-limit, " +
        "exchange-unavailable, maintenance, exchange-error (The exchange-neutral class of the error, from a closed " +
        "list; each value maps to one ccxt error class (generators/targets/ccxt.ts).)",
      'spec/errors.yaml:16:5 error missing-property: error "105" is missing the required property "retryable"',
      "  hint: add `retryable:` (True when the same request may succeed later without any change by the caller; " +
        "false otherwise. An error that re-signing with a new nonce fixes is false, with userAction renew-nonce. " +
        "Say why in notes where it is not obvious.)",
    ],
  ],
  [
    "unknown errorClass",
    `${HEAD}${entry('"105"', "PRICE_NOT_CORRECT", "    errorClass: server-error\n")}`,
    [
      'spec/errors.yaml:20:17 error invalid-value: error "105" errorClass "server-error" is not one of: ' +
        "authentication, permission, verification-required, account-suspended, insufficient-funds, invalid-order, " +
        "order-not-found, duplicate-order-id, unknown-symbol, bad-request, not-supported, operation-rejected, " +
        "invalid-nonce, invalid-address, rate-limit, exchange-unavailable, maintenance, exchange-error",
      "  hint: pick one of the listed values",
    ],
  ],
  [
    "retryable that is not true or false",
    `${HEAD}${entry('"105"', "PRICE_NOT_CORRECT", "    retryable:\n")}`,
    [
      'spec/errors.yaml:20:15 error wrong-type: error "105" retryable must be true or false, found no value',
      "  hint: retryable has no value: write true or false after `retryable:`",
    ],
  ],
  [
    "empty message",
    `${HEAD}${entry('"105"', "PRICE_NOT_CORRECT").replace("message: Price is not correct", 'message: ""')}`,
    [
      'spec/errors.yaml:19:14 error empty-value: error "105" message must not be empty',
      "  hint: write a value, or remove the property if it is optional",
    ],
  ],
  [
    "HTTP status out of range",
    `${HEAD}${entry('"105"', "PRICE_NOT_CORRECT", "    httpStatus: 700\n")}`,
    [
      'spec/errors.yaml:20:17 error out-of-range: error "105" httpStatus 700 must be <= 599',
      "  hint: HTTP status observed with this code, only where actually observed: this API often answers errors " +
        "with HTTP 200.",
    ],
  ],
  [
    "duplicate code",
    `${HEAD}${entry('"105"', "PRICE_NOT_CORRECT")}${entry('"105"', "PRICE_WRONG")}`,
    [
      'spec/errors.yaml:26:11 error duplicate-code: code "105" is already defined at 16:11',
      "  hint: each code appears once; change one of them or merge the two entries",
    ],
  ],
  [
    "duplicate name",
    `${HEAD}${entry('"105"', "PRICE_NOT_CORRECT")}${entry('"106"', "PRICE_NOT_CORRECT")}`,
    [
      'spec/errors.yaml:27:11 error duplicate-name: name "PRICE_NOT_CORRECT" is already used at 17:11',
      "  hint: names are unique identifiers; choose one that says what went wrong here",
    ],
  ],
  [
    "names that collide as enum members",
    `${HEAD}${entry('"122"', "NONCE_2")}${entry('"123"', "NONCE2")}`,
    [
      'spec/errors.yaml:27:11 error enum-member-collision: name "NONCE2" and "NONCE_2" at 17:11 both become the ' +
        "enum member Nonce2",
      "  hint: rename one so their PascalCase forms differ",
    ],
  ],
  [
    "name that is not an UPPER_SNAKE identifier",
    `${HEAD}${entry('"105"', "priceNotCorrect")}${entry('"106"', "PRICE__WRONG")}${entry('"107"', "2FA")}`,
    [
      'spec/errors.yaml:17:11 error invalid-name: name "priceNotCorrect" is not UPPER_SNAKE (capital words joined ' +
        "by single underscores)",
      "  hint: write it as PRICE_NOT_CORRECT",
      'spec/errors.yaml:27:11 error invalid-name: name "PRICE__WRONG" is not UPPER_SNAKE (capital words joined by ' +
        "single underscores)",
      "  hint: write it as PRICE_WRONG",
      'spec/errors.yaml:37:11 error invalid-format: error "107" name "2FA" does not match ^[A-Za-z][A-Za-z0-9_]*$',
      "  hint: Stable UPPER_SNAKE identifier that says what went wrong, e.g. PRICE_NOT_CORRECT; becomes the enum " +
        "member PriceNotCorrect. Never rename it: that breaks consumers.",
    ],
  ],
  [
    "reserved name",
    `${HEAD}${entry('"105"', "TO_STRING")}${entry('"106"', "CONSTRUCTOR")}`,
    [
      'spec/errors.yaml:17:11 error reserved-name: name "TO_STRING" becomes the enum member ToString, a reserved ' +
        "word or Object.prototype member",
      "  hint: add a word that says what went wrong, e.g. ORDER_DELETE_FAILED instead of DELETE",
      'spec/errors.yaml:27:11 error reserved-name: name "CONSTRUCTOR" becomes the enum member Constructor, a ' +
        "reserved word or Object.prototype member",
      "  hint: add a word that says what went wrong, e.g. ORDER_DELETE_FAILED instead of DELETE",
    ],
  ],
  [
    "codes that i18next reads as plural forms of another code (context suffixes are allowed: 4_x)",
    `${HEAD}${entry('"4"', "TOO_MANY_REQUESTS")}${entry('"4_ordinal_one"', "FIRST_TOO_MANY")}` +
      `${entry('"4_other"', "TOO_MANY_OTHERS")}${entry('"4_x"', "CONTEXT_IS_ALLOWED")}${entry('"5_one"', "NO_FIVE")}`,
    [
      'spec/errors.yaml:26:11 error i18n-key-suffix: code "4_ordinal_one" is code "4" followed by "_ordinal_one", ' +
        'a plural suffix of i18next: asked for "4" with a count and ordinal: true, i18next answers with the text of ' +
        '"4_ordinal_one"',
      "  hint: change one of the two codes: i18next reads a key ending in _zero, _one, _two, _few, _many or " +
        "_other (or _ordinal_ and one of those) as a plural form of the key before it",
      'spec/errors.yaml:36:11 error i18n-key-suffix: code "4_other" is code "4" followed by "_other", a plural ' +
        'suffix of i18next: asked for "4" with a count, i18next answers with the text of "4_other"',
      "  hint: change one of the two codes: i18next reads a key ending in _zero, _one, _two, _few, _many or " +
        "_other (or _ordinal_ and one of those) as a plural form of the key before it",
    ],
  ],
  [
    "unknown category",
    `${HEAD}${entry('"105"', "PRICE_NOT_CORRECT").replace("category: order", "category: orders")}`,
    [
      'spec/errors.yaml:18:15 error unknown-category: error "105" has category "orders", which is not declared',
      "  hint: did you mean order? use one of: order; or declare it under categories",
    ],
  ],
  [
    "missing source-locale text and an extra locale in a description",
    `${HEAD}  - code: "105"\n    name: PRICE_NOT_CORRECT\n    category: order\n    message: Price is not correct\n   ` +
      ` description:\n      ko: 올바르지 않은 가격입니다.\n      ja: 価格が正しくありません。\n    errorClass: invalid-order\n    ` +
      `retryable: false\n    source: { message: ours }\n`,
    [
      'spec/errors.yaml:20:5 error missing-locale: error "105" description has no "en" text',
      "  hint: add `en:` with the text in that locale; the source locale needs every text",
      'spec/errors.yaml:22:7 error extra-locale: error "105" description has text for "ja", which catalog.locales ' +
        "does not declare",
      "  hint: the declared locales are en, ko; declare ja in catalog.locales or remove this entry",
    ],
  ],
  [
    "missing source-locale text in a category title",
    HEAD.replace("{ en: Orders, ko: 주문 }", "{ ko: 주문 }") + entry('"105"', "PRICE_NOT_CORRECT"),
    [
      'spec/errors.yaml:14:5 error missing-locale: category "order" title has no "en" text',
      "  hint: add `en:` with the text in that locale; the source locale needs every text",
    ],
  ],
  [
    "different placeholders between locales",
    `${HEAD}  - code: "105"\n    name: PRICE_NOT_CORRECT\n    category: order\n    message: Price is not correct\n   ` +
      ` description:\n      en: "The price must be at least {min} {unit}."\n      ko: "가격은 {minimum} 이상이어야 합니다."\n   ` +
      ` errorClass: invalid-order\n    retryable: false\n    source: { message: ours }\n`,
    [
      'spec/errors.yaml:22:11 error placeholder-mismatch: error "105" description.ko has arguments {minimum: ' +
        "text} but description.en has {min: text, unit: text}",
      "  hint: use the same arguments, with the same types, in every locale; translate the text around them, " +
        "never the names",
    ],
  ],
  [
    "plural argument under another name in one locale (issue 12)",
    `${HEAD}  - code: "105"\n    name: PRICE_NOT_CORRECT\n    category: order\n    message: Price is not correct\n   ` +
      ` description:\n      en: "{count, plural, one {# order} other {# orders}}"\n      ko: "{cnt, plural, other ` +
      `{주문 #건}}"\n    errorClass: invalid-order\n    retryable: false\n    source: { message: ours }\n`,
    [
      'spec/errors.yaml:22:11 error placeholder-mismatch: error "105" description.ko has arguments {cnt: plural} ' +
        "but description.en has {count: plural}",
      "  hint: use the same arguments, with the same types, in every locale; translate the text around them, " +
        "never the names",
    ],
  ],
  [
    "same argument name, different type between locales (issue 12)",
    `${HEAD}  - code: "105"\n    name: PRICE_NOT_CORRECT\n    category: order\n    message: Price is not correct\n   ` +
      ` description:\n      en: "{count, plural, one {# order} other {# orders}}"\n      ko: "주문 {count}건"\n    ` +
      `errorClass: invalid-order\n    retryable: false\n    source: { message: ours }\n`,
    [
      'spec/errors.yaml:22:11 error placeholder-mismatch: error "105" description.ko has arguments {count: text} ' +
        "but description.en has {count: plural}",
      "  hint: use the same arguments, with the same types, in every locale; translate the text around them, " +
        "never the names",
    ],
  ],
  [
    "a literal brace that is not quoted, located at its column (issue 12)",
    `${HEAD}  - code: "105"\n    name: PRICE_NOT_CORRECT\n    category: order\n    message: Price is not correct\n   ` +
      ` description:\n      en: "Send {\\"price\\": 1} as JSON."\n      ko: 가격은 {price 입니다\n    errorClass: ` +
      `invalid-order\n    retryable: false\n    source: { message: ours }\n`,
    [
      'spec/errors.yaml:21:17 error message-syntax: error "105" description.en is not a valid message: an ' +
        "argument must be `{name}` or `{name, type, ...}`",
      "  hint: descriptions are ICU messages: {name} is a placeholder, {n, plural, one {...} other {...}} a " +
        "plural; write a literal brace as '{' or '}'",
      'spec/errors.yaml:22:15 error message-syntax: error "105" description.ko is not a valid message: an ' +
        "argument must be `{name}` or `{name, type, ...}`",
      "  hint: descriptions are ICU messages: {name} is a placeholder, {n, plural, one {...} other {...}} a " +
        "plural; write a literal brace as '{' or '}'",
    ],
  ],
  [
    "a quoted placeholder, which ICU prints as literal text (issue 12)",
    `${HEAD}  - code: "105"\n    name: PRICE_NOT_CORRECT\n    category: order\n    message: Price is not correct\n   ` +
      ` description:\n      en: "Pay in '{currency}'."\n      ko: "'{currency}'로 지불하세요."\n    errorClass: ` +
      `invalid-order\n    retryable: false\n    source: { message: ours }\n`,
    [
      `spec/errors.yaml:21:19 error quoted-placeholder: error "105" description.en has "'{currency}'", which ICU ` +
        `prints as the literal text, not the value`,
      "  hint: for quotes around the value write ''{currency}''; for literal braces write '{' and '}'",
      `spec/errors.yaml:22:12 error quoted-placeholder: error "105" description.ko has "'{currency}'", which ICU ` +
        `prints as the literal text, not the value`,
      "  hint: for quotes around the value write ''{currency}''; for literal braces write '{' and '}'",
    ],
  ],
  [
    "colliding wire field names (issue 12)",
    HEAD.replace("codeField: error_code", "codeField: result").replace(
      "messageField: error_msg",
      "messageField: error_msg\n    legacyMessageField: error_msg",
    ) + entry('"105"', "PRICE_NOT_CORRECT"),
    [
      'spec/errors.yaml:10:16 error wire-field-collision: wire.codeField and wire.resultField are both "result"',
      "  hint: each field of the error body needs its own name",
      "spec/errors.yaml:12:25 error wire-field-collision: wire.legacyMessageField and wire.messageField are both " +
        '"error_msg"',
      "  hint: each field of the error body needs its own name",
    ],
  ],
  [
    "enum members equal ignoring case (issue 12)",
    `${HEAD}${entry('"1"', "A1B")}${entry('"2"', "A1_B")}`,
    [
      'spec/errors.yaml:27:11 error enum-member-case-collision: name "A1_B" becomes the enum member A1B, which ' +
        'differs only in case from A1b ("A1B" at 17:11)',
      "  hint: rename one so the members differ in more than case; case-insensitive languages and file systems " +
        "cannot tell them apart",
    ],
  ],
  [
    "locales equal under BCP 47 (issue 12)",
    (
      HEAD.replace("locales: [en, ko]", "locales: [en, ko, en-US, en-us]").replace(
        "title: { en: Orders, ko: 주문 }",
        "title: { en: Orders, ko: 주문, en-US: Orders, en-us: Orders }",
      ) + entry('"105"', "PRICE_NOT_CORRECT")
    ).replace(
      "      ko: 올바르지 않은 가격입니다.\n",
      "      ko: 올바르지 않은 가격입니다.\n      en-US: Price.\n      en-us: Price.\n",
    ),
    [
      'spec/errors.yaml:6:28 error duplicate-locale: locale "en-us" is the same BCP 47 locale as "en-US" (both en-US)',
      "  hint: declare it once, spelled en-US; file names from both would collide on case-insensitive file systems",
    ],
  ],
  [
    "!!binary where text belongs (issue 12)",
    `${HEAD.replace("title: Demo API errors", "title: !!binary aGVsbG8=")}${entry('"105"', "PRICE_NOT_CORRECT")}`,
    [
      "spec/errors.yaml:3:19 error wrong-type: catalog.title must be a string, found binary data (!!binary)",
      "  hint: remove the !!binary tag and write the text itself",
    ],
  ],
  [
    "a lone surrogate from a YAML escape",
    `${HEAD}${entry('"105"', "PRICE_NOT_CORRECT", '    notes: "half \\uD83E of an emoji"\n')}`,
    [
      "spec/errors.yaml:20:12 error lone-surrogate: the text holds a lone surrogate U+D83E, which no UTF-8 file " +
        "can hold",
      "  hint: write the character itself, or both halves of its surrogate pair (\\uD83D\\uDEA8 for U+1F6A8)",
    ],
  ],
  [
    "retired code reused",
    `${HEAD}${entry('"105"', "PRICE_NOT_CORRECT", "    removed: { since: 1.0.0, reason: Gone. }\n")}` +
      `${entry('"105"', "PRICE_WRONG")}`,
    [
      'spec/errors.yaml:27:11 error removed-code-reused: code "105" is retired (a tombstone at 16:11) and may ' +
        "never be reused",
      "  hint: pick a new code; a retired code stays reserved forever so old clients never misread it",
    ],
  ],
  [
    "replacement that is unknown, retired or itself",
    HEAD +
      entry('"105"', "PRICE_NOT_CORRECT", '    deprecated: { since: 1.0.0, reason: Old., replacedBy: "999" }\n') +
      entry('"106"', "PRICE_WRONG", '    deprecated: { since: 1.0.0, reason: Old., replacedBy: "107" }\n') +
      entry('"107"', "PRICE_GONE", "    removed: { since: 1.0.0, reason: Gone. }\n") +
      entry('"108"', "PRICE_SELF", '    deprecated: { since: 1.0.0, reason: Old., replacedBy: "108" }\n'),
    [
      'spec/errors.yaml:20:59 error unknown-replacement: replacedBy "999" is not a code in this catalog',
      "  hint: name an existing active code, or remove replacedBy",
      'spec/errors.yaml:31:59 error unknown-replacement: replacedBy "107" is a retired code',
      "  hint: name an active code; a retired code cannot replace anything",
      'spec/errors.yaml:53:59 error unknown-replacement: replacedBy "108" names the deprecated code itself',
      "  hint: name the code clients should use instead",
    ],
  ],
  [
    "every code retired",
    `${HEAD}${entry('"105"', "PRICE_NOT_CORRECT", "    removed: { since: 1.0.0, reason: Gone. }\n")}`,
    [
      "spec/errors.yaml:15:1 error no-active-codes: every code in the catalog is retired",
      "  hint: keep at least one active code; a catalog of tombstones only has no enum to generate",
    ],
  ],
  [
    "source locale that is not declared",
    HEAD.replace("sourceLocale: en", "sourceLocale: ja") + entry('"105"', "PRICE_NOT_CORRECT"),
    [
      'spec/errors.yaml:5:17 error unknown-locale: source locale "ja" is not in catalog.locales',
      "  hint: add ja to catalog.locales or pick one of: en, ko",
    ],
  ],
  [
    "duplicate category",
    HEAD.replace("errors:\n", "  - id: order\n    title: { en: Orders again, ko: 주문 }\nerrors:\n") +
      entry('"105"', "PRICE_NOT_CORRECT"),
    [
      'spec/errors.yaml:15:9 error duplicate-category: category "order" is already declared at 13:9',
      "  hint: give each category its own id, or merge the two",
    ],
  ],
  [
    "every problem reported in one run",
    `${HEAD}${entry("105", "PRICE_NOT_CORRECT", "    colour: red\n")}` +
      `${entry('"106"', "PRICE_NOT_CORRECT").replace("category: order", "category: nope")}`,
    [
      "spec/errors.yaml:16:11 error unquoted-code: errors[0].code is the number 105; codes are strings on the " +
        "wire and are never converted",
      '  hint: quote it: code: "105"',
      'spec/errors.yaml:20:5 error unknown-property: unknown property "colour" in errors[0]',
      "  hint: allowed here: code, name, category, message, description, source, retryable, retryAfterSeconds, " +
        "errorClass, userAction, deprecated, removed, notes, httpStatus, translatedFrom; check the spelling",
      'spec/errors.yaml:28:11 error duplicate-name: name "PRICE_NOT_CORRECT" is already used at 17:11',
      "  hint: names are unique identifiers; choose one that says what went wrong here",
      'spec/errors.yaml:29:15 error unknown-category: error "106" has category "nope", which is not declared',
      "  hint: use one of: order; or declare it under categories",
    ],
  ],
  // Issue 25: diagnostics a person can act on.
  [
    "an entry without its `- ` (written as spaces) is one error, not one per repeated key",
    `${HEAD}${entry('"105"', "PRICE_NOT_CORRECT")}${entry('"106"', "PRICE_WRONG").replace("  - code:", "    code:")}`,
    [
      'spec/errors.yaml:26:5 error missing-dash: the entry that starts here has no "- ": its 8 keys are read as ' +
        'repeats of those of error "105" at 16:5',
      '  hint: start the entry with a dash, as the others do: `  - code: "106"`',
    ],
  ],
  [
    "an entry without its `- ` (deleted)",
    `${HEAD}${entry('"105"', "PRICE_NOT_CORRECT")}${entry('"106"', "PRICE_WRONG").replace("  - code:", "  code:")}`,
    [
      'spec/errors.yaml:26:3 error missing-dash: `code:` is at the column of the list\'s dashes but has no "- ", ' +
        "so it starts no new entry",
      '  hint: write the line as `  - code: "106"`, with its dash in column 3 like `- code:` on line 16',
    ],
  ],
  [
    "the first entry of a list without its `- `",
    `${HEAD}${entry('"105"', "PRICE_NOT_CORRECT").replace("  - code:", "    code:")}${entry('"106"', "PRICE_WRONG")}`,
    [
      'spec/errors.yaml:16:5 error missing-dash: the list\'s first entry has no "- ", so its keys make a mapping ' +
        "instead of an entry",
      '  hint: write its first line as `  - code: "105"`, with the dash in column 3 like `- code:` on line 26',
    ],
  ],
  [
    "a key indented one space too far, located at its own line",
    `${HEAD}${entry('"105"', "PRICE_NOT_CORRECT").replace("    category:", "     category:")}`,
    [
      "spec/errors.yaml:18:6 error bad-indent: `category:` is indented 5 spaces, deeper than `name:` on line 17 " +
        "(4 spaces), which opens no block",
      "  hint: indentation error: indent it by 4 like `name:` on line 17; only a key with nothing after its `:` " +
        "may have deeper lines under it",
    ],
  ],
  [
    "a key indented one space too little",
    `${HEAD}${entry('"105"', "PRICE_NOT_CORRECT").replace("    category:", "   category:")}`,
    [
      "spec/errors.yaml:18:4 error bad-indent: `category:` is indented 3 spaces, which matches neither `name:` " +
        "on line 17 (4 spaces) nor `- code:` on line 16 (2 spaces)",
      "  hint: indentation error: indent it by 4 like `name:` on line 17; the lines of one block start at the " +
        "same column",
    ],
  ],
  [
    "a locale key indented one space too little (either block could be meant)",
    `${HEAD}${entry('"105"', "PRICE_NOT_CORRECT").replace("      ko:", "     ko:")}`,
    [
      "spec/errors.yaml:22:6 error bad-indent: `ko:` is indented 5 spaces, which matches neither `en:` on line " +
        "21 (6 spaces) nor `description:` on line 20 (4 spaces)",
      "  hint: indentation error: indent it by 6 like `en:` on line 21, or indent it by 4 like `description:` on " +
        "line 20; the lines of one block start at the same column",
    ],
  ],
  [
    "an entry's dash indented one space too far",
    `${HEAD}${entry('"105"', "PRICE_NOT_CORRECT")}${entry('"106"', "PRICE_WRONG").replace("  - code:", "   - code:")}`,
    [
      "spec/errors.yaml:26:4 error bad-indent: `- code:` is indented 3 spaces, which matches neither " +
        "`source:` on line 25 (4 spaces) nor `- code:` on line 16 (2 spaces)",
      "  hint: indentation error: indent it by 2 like `- code:` on line 16; the lines of one block start at the " +
        "same column",
    ],
  ],
  [
    "a duplicate key at the top level",
    `${HEAD}${entry('"105"', "PRICE_NOT_CORRECT")}categories: []\n`,
    [
      'spec/errors.yaml:26:1 error duplicate-key: key "categories" is already set at 12:1 in the top-level mapping',
      "  hint: each key may appear once per mapping; remove one of the two `categories:` (merge their values " +
        "first if both matter)",
    ],
  ],
  [
    "a misspelt property is one error with a did-you-mean (no missing-property for the one it means)",
    `${HEAD}${entry('"105"', "PRICE_NOT_CORRECT").replace("    description:", "    descripton:")}`,
    [
      'spec/errors.yaml:20:5 error unknown-property: unknown property "descripton" in error "105"',
      "  hint: did you mean description? allowed here: code, name, category, message, description, source, " +
        "retryable, retryAfterSeconds, errorClass, userAction, deprecated, removed, notes, " +
        "httpStatus, translatedFrom; check the spelling",
    ],
  ],
  [
    "a misspelt locale is one error with a did-you-mean and the declared locales",
    `${HEAD}${entry('"105"', "PRICE_NOT_CORRECT").replace("      ko:", "      kr:")}`,
    [
      'spec/errors.yaml:22:7 error extra-locale: error "105" description has text for "kr", which ' +
        "catalog.locales does not declare",
      "  hint: did you mean ko? the declared locales are en, ko; or declare kr in catalog.locales",
    ],
  ],
  [
    "an errorClass written as the category",
    `${HEAD}${entry('"105"', "PRICE_NOT_CORRECT").replace("category: order", "category: invalid_order")}`,
    [
      'spec/errors.yaml:18:15 error unknown-category: error "105" has category "invalid_order", which is not declared',
      "  hint: did you mean order? (invalid-order is an errorClass, not a category) use one of: order; or " +
        "declare it under categories",
    ],
  ],
  [
    "closed values with `_` for `-`: errorClass and userAction",
    `${HEAD}` +
      `${entry('"105"', "PRICE_NOT_CORRECT", "    errorClass: invalid_order\n    userAction: check_credential\n")}`,
    [
      'spec/errors.yaml:20:17 error invalid-value: error "105" errorClass "invalid_order" is not one of: ' +
        "authentication, permission, verification-required, account-suspended, insufficient-funds, invalid-order, " +
        "order-not-found, duplicate-order-id, unknown-symbol, bad-request, not-supported, operation-rejected, " +
        "invalid-nonce, invalid-address, rate-limit, exchange-unavailable, maintenance, exchange-error",
      "  hint: did you mean invalid-order? otherwise pick one of the listed values",
      'spec/errors.yaml:21:17 error invalid-value: error "105" userAction "check_credential" is not one of: ' +
        "fix-request, check-credentials, complete-verification, contact-support, retry-later, renew-nonce",
      "  hint: did you mean check-credentials? otherwise pick one of the listed values",
    ],
  ],
  [
    "`retryable: yes`, which YAML 1.2 reads as text",
    `${HEAD}${entry('"105"', "PRICE_NOT_CORRECT", "    retryable: yes\n")}`,
    [
      'spec/errors.yaml:20:16 error wrong-type: error "105" retryable must be true or false, found the text "yes"',
      '  hint: retryable must be true or false; YAML 1.2 reads `yes` as the text "yes": write true',
    ],
  ],
  [
    "a quoted boolean",
    `${HEAD}${entry('"105"', "PRICE_NOT_CORRECT", '    retryable: "false"\n')}`,
    [
      'spec/errors.yaml:20:16 error wrong-type: error "105" retryable must be true or false, found the text "false"',
      "  hint: retryable must be true or false; the quotes make it text: write false without them",
    ],
  ],
  [
    "a quoted number",
    `${HEAD}${entry('"105"', "PRICE_NOT_CORRECT", '    httpStatus: "404"\n')}`,
    [
      'spec/errors.yaml:20:17 error wrong-type: error "105" httpStatus must be an integer, found the text "404"',
      "  hint: write the number without quotes: httpStatus: 404",
    ],
  ],
  [
    "a number where text belongs, quoted as written",
    `${HEAD}${entry('"105"', "PRICE_NOT_CORRECT").replace("message: Price is not correct", "message: 1.50")}`,
    [
      'spec/errors.yaml:19:14 error wrong-type: error "105" message must be a string, found the number 1.50',
      '  hint: YAML reads `1.50` as a number; quote it: message: "1.50"',
    ],
  ],
  [
    "one text where a text per locale belongs",
    HEAD +
      entry('"105"', "PRICE_NOT_CORRECT").replace(
        "    description:\n      en: The price is not valid.\n      ko: 올바르지 않은 가격입니다.\n",
        "    description: The price is not valid.\n",
      ),
    [
      'spec/errors.yaml:20:18 error wrong-type: error "105" description must be a mapping, found the text "The ' +
        'price is not valid."',
      "  hint: description holds one text per locale: write `description:` and under it `en: ...`, `ko: ...` on " +
        "indented lines",
    ],
  ],
  [
    "documents: a reserved id, a duplicate, and sources naming an undeclared document or locale (issue 26)",
    HEAD.replace(
      "errors:\n",
      `${DOCUMENTS}  - id: ours\n    title: { en: Ours, ko: 우리 }\n  - id: table\n    title: { en: Again, ko: 다시 ` +
        `}\nerrors:\n`,
    ) + entry('"105"', "PRICE_NOT_CORRECT", "    source: { message: tabel, ko: table, ja: table }\n"),
    [
      'spec/errors.yaml:18:9 error reserved-document: document id "ours" is reserved: it marks a text written for ' +
        "this catalog",
      "  hint: give the document another id, e.g. the name of the page it is",
      'spec/errors.yaml:20:9 error duplicate-document: document "table" is already declared at 16:9',
      "  hint: give each document its own id, or merge the two",
      'spec/errors.yaml:27:24 error unknown-document: error "105" source.message is "tabel", which is not a ' +
        "declared document",
      "  hint: use one of: table, ours; or declare the document under documents",
      'spec/errors.yaml:27:42 error extra-locale: error "105" source names the text of "ja", which ' +
        "catalog.locales does not declare",
      "  hint: declare ja in catalog.locales or remove this entry",
    ],
  ],
  [
    "retryAfterSeconds on an error that is not retryable, out of range, or a wait source without a wait (issue 26)",
    `${HEAD}${entry('"105"', "PRICE_NOT_CORRECT", "    retryAfterSeconds: 60\n")}` +
      `${entry('"106"', "PRICE_WRONG", "    retryable: true\n    retryAfterSeconds: 0\n")}` +
      `${entry('"107"', "PRICE_LOW", "    source: { message: ours, retryAfterSeconds: ours }\n")}`,
    [
      'spec/errors.yaml:20:5 error retry-after-not-retryable: error "105" has retryAfterSeconds but is not retryable',
      "  hint: a wait before retrying means the same request succeeds later: set retryable: true, or remove " +
        "retryAfterSeconds",
      'spec/errors.yaml:32:24 error out-of-range: error "106" retryAfterSeconds 0 must be >= 1',
      "  hint: Only with `retryable: true`: the documented wait, in seconds, before the same request may succeed " +
        "(e.g. 60 for a one-minute block). Leave it out where the source documents no wait.",
      'spec/errors.yaml:42:30 error source-without-wait: error "107" names a source for retryAfterSeconds but has ' +
        "no retryAfterSeconds",
      "  hint: set retryAfterSeconds to the documented wait, or remove this entry",
    ],
  ],
];
