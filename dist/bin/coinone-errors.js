#!/usr/bin/env node
// Generated from spec/errors.yaml by coinone-error-codes. Do not edit: change the spec and run `npm run generate`.
//
// `coinone-errors explain <code | error body>`: what a Coinone Open API errors code means and what to do about it, read from this
// package's generated module and catalog.json. Exit 0 for a known code, 1 for an unknown one, 2 for wrong usage.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { COINONE_ERRORS, describeCoinoneError, isCoinoneErrorCode, parseCoinoneError, toCoinoneProblemDetails } from "../index.js";

/** Fixed texts per locale (labels and the advice per error class), from templates/html/texts.json. */
const TEXTS = {
  "en": {
    "language": "English",
    "languageLabel": "Language",
    "skip": "Skip to the codes",
    "search": "Search by code, name or text (any language)",
    "category": "Category",
    "errorClass": "Error class",
    "retryable": "Retryable",
    "any": "All",
    "yes": "yes",
    "no": "no",
    "retryAfter": "yes, after {seconds} s",
    "shown": "{count} codes shown",
    "columns": [
      "Code",
      "Name",
      "Description",
      "Category",
      "Error class",
      "Retryable"
    ],
    "message": "Documented message",
    "description": "Description",
    "whatToDo": "What to do",
    "reference": "Reference",
    "problemType": "Problem type (RFC 9457)",
    "allCodes": "All codes",
    "deprecated": "Deprecated since {since}",
    "useInstead": "Use {code} instead.",
    "advice": {
      "authentication": "Check the access token or API key, the secret and the request signature, then sign and send the request again.",
      "permission": "Give the API key the permission this request needs (or use an allowed IP address), then send it again.",
      "verification-required": "Complete the verification the account needs on Coinone (identity, bank account or phone), then try again.",
      "account-suspended": "The account cannot do this until it is released: contact Coinone support.",
      "insufficient-funds": "Lower the amount or add funds to the balance, then send a new request.",
      "invalid-order": "Correct the order (price, quantity, type, required fields) before sending it again.",
      "order-not-found": "Check the order id: the order does not exist or belongs to another account.",
      "duplicate-order-id": "Use a new user_order_id for a new order, or look up the order that already has this id.",
      "unknown-symbol": "Check the currency or market symbol against Coinone's list of markets.",
      "bad-request": "Correct the request parameters (missing, malformed or conflicting values), then send it again.",
      "not-supported": "Use a supported endpoint or option: this one is not, or no longer, available.",
      "operation-rejected": "Coinone refused the request by its rules or limits: check the limits, or contact Coinone support.",
      "invalid-nonce": "Sign the request again with a new, larger nonce and send it.",
      "invalid-address": "Check the withdrawal address and register it on Coinone before withdrawing.",
      "rate-limit": "Slow down: wait, then send the same request again.",
      "exchange-unavailable": "A temporary failure at Coinone: wait and send the same request again.",
      "maintenance": "Coinone is under maintenance: try again when it is over.",
      "exchange-error": "A failure at Coinone: retry later, and contact Coinone support if it persists."
    },
    "serverMessage": "Server message",
    "unknown": "Unknown code: not in the catalog (version {version}).",
    "notError": "Not an error body."
  },
  "ko": {
    "language": "한국어",
    "languageLabel": "언어",
    "skip": "코드 목록으로 건너뛰기",
    "search": "코드, 이름 또는 설명으로 검색 (모든 언어)",
    "category": "분류",
    "errorClass": "오류 유형",
    "retryable": "재시도 가능",
    "any": "전체",
    "yes": "예",
    "no": "아니요",
    "retryAfter": "예, {seconds}초 후",
    "shown": "코드 {count}개 표시",
    "columns": [
      "코드",
      "이름",
      "설명",
      "분류",
      "오류 유형",
      "재시도 가능"
    ],
    "message": "문서의 메시지",
    "description": "설명",
    "whatToDo": "조치 방법",
    "reference": "참고 문서",
    "problemType": "문제 유형 (RFC 9457)",
    "allCodes": "전체 코드",
    "deprecated": "{since}부터 사용 중단",
    "useInstead": "대신 {code}를 사용하세요.",
    "advice": {
      "authentication": "액세스 토큰 또는 API 키, 시크릿 키와 요청 서명을 확인한 뒤 요청을 다시 서명하여 보내세요.",
      "permission": "API 키에 이 요청에 필요한 권한을 부여하거나 허용된 IP 주소를 사용한 뒤 다시 보내세요.",
      "verification-required": "코인원에서 계정에 필요한 인증(본인, 계좌 또는 휴대폰)을 완료한 뒤 다시 시도하세요.",
      "account-suspended": "계정이 해제될 때까지 이 작업을 할 수 없습니다. 코인원 고객센터에 문의하세요.",
      "insufficient-funds": "금액을 줄이거나 잔고를 채운 뒤 새로 요청하세요.",
      "invalid-order": "주문(가격, 수량, 유형, 필수 항목)을 고친 뒤 다시 보내세요.",
      "order-not-found": "주문 ID를 확인하세요. 주문이 없거나 다른 계정의 주문입니다.",
      "duplicate-order-id": "새 주문에는 새 user_order_id를 사용하거나, 이 ID를 가진 주문을 조회하세요.",
      "unknown-symbol": "통화 또는 마켓 심볼을 코인원의 마켓 목록과 비교해 확인하세요.",
      "bad-request": "요청 파라미터(누락, 형식 오류, 충돌하는 값)를 고친 뒤 다시 보내세요.",
      "not-supported": "지원되는 엔드포인트나 옵션을 사용하세요. 이 기능은 지원되지 않거나 더 이상 제공되지 않습니다.",
      "operation-rejected": "코인원이 규칙이나 한도에 따라 요청을 거절했습니다. 한도를 확인하거나 코인원 고객센터에 문의하세요.",
      "invalid-nonce": "더 큰 새 Nonce로 요청을 다시 서명하여 보내세요.",
      "invalid-address": "출금 주소를 확인하고 출금 전에 코인원에 등록하세요.",
      "rate-limit": "요청 속도를 줄이세요. 기다린 뒤 같은 요청을 다시 보내세요.",
      "exchange-unavailable": "코인원의 일시적인 장애입니다. 기다린 뒤 같은 요청을 다시 보내세요.",
      "maintenance": "코인원 점검 중입니다. 점검이 끝난 뒤 다시 시도하세요.",
      "exchange-error": "코인원 측 오류입니다. 나중에 다시 시도하고, 계속되면 코인원 고객센터에 문의하세요."
    },
    "serverMessage": "서버 메시지",
    "unknown": "알 수 없는 코드: 카탈로그(버전 {version})에 없는 코드입니다.",
    "notError": "오류 응답이 아닙니다."
  }
};
const SOURCE_LOCALE = "en";
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;
const USAGE = `Usage: coinone-errors explain <code | error body> [--lang <locale>] [--json]

  <code>        a wire code, e.g. 105
  <error body>  an error body as JSON, in either wire shape, or a log line holding one
  --lang        the language of the texts: ${Object.keys(TEXTS).join(", ")} (default ${SOURCE_LOCALE})
  --json        print one JSON object instead of text
`;

function usage(problem) {
  process.stderr.write(`coinone-errors: ${problem}\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { lang: { type: "string" }, json: { type: "boolean" }, help: { type: "boolean", short: "h" } },
  });
} catch (error) {
  usage(error.message);
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (positionals[0] !== "explain") usage(positionals[0] === undefined ? "missing command" : `unknown command ${positionals[0]}`);
if (positionals.length !== 2) usage(positionals.length < 2 ? "missing code or error body" : "too many arguments");
const requested = values.lang ?? SOURCE_LOCALE;
const locale = [requested, requested.split("-")[0]].find((candidate) => Object.hasOwn(TEXTS, candidate));
if (locale === undefined) usage(`unknown language ${JSON.stringify(requested)}`);
const t = TEXTS[locale];

const input = positionals[1].trim();
let error;
if (/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(input)) {
  error = parseCoinoneError({ "error_code": input });
} else {
  const start = input.indexOf("{");
  error = start < 0 ? undefined : parseCoinoneError(input.slice(start, input.lastIndexOf("}") + 1));
  if (error === undefined) usage(t.notError);
}

const catalog = JSON.parse(readFileSync(new URL("../catalog.json", import.meta.url), "utf8"));
const info = isCoinoneErrorCode(error.code) ? COINONE_ERRORS[error.code] : undefined;
const entry = info && catalog.errors.find((candidate) => candidate.code === info.code);
const category = info && catalog.categories.find((candidate) => candidate.id === info.category);
const documentUrl = entry && catalog.documents.find((candidate) => candidate.id === entry.source.message)?.url;
const problem = toCoinoneProblemDetails(error, { locale });
const reference = problem.type !== "about:blank" ? problem.type : documentUrl;
const retry = !info?.retryable
  ? t.no
  : info.retryAfterSeconds === undefined
    ? t.yes
    : t.retryAfter.replace("{seconds}", String(info.retryAfterSeconds));

const report = info
  ? {
      known: true,
      code: info.code,
      name: info.name,
      message: info.message,
      ...(error.serverMessage === undefined ? {} : { serverMessage: error.serverMessage }),
      description: describeCoinoneError(info.code, locale),
      locale,
      category: { id: info.category, title: category?.title[locale] ?? category?.title[SOURCE_LOCALE] ?? info.category },
      errorClass: info.errorClass,
      retryable: info.retryable,
      ...(info.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: info.retryAfterSeconds }),
      whatToDo: t.advice[info.errorClass],
      ...(reference === undefined ? {} : { reference }),
      problem,
    }
  : {
      known: false,
      ...(error.code === undefined ? {} : { code: error.code }),
      ...(error.serverMessage === undefined ? {} : { serverMessage: error.serverMessage }),
      locale,
      catalogVersion: catalog.version,
      problem,
    };

if (values.json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  const rows = info
    ? [
        [t.message, report.message],
        ...(report.serverMessage === undefined ? [] : [[t.serverMessage, report.serverMessage]]),
        [t.description, report.description],
        [t.category, `${report.category.title} (${info.category})`],
        [t.errorClass, info.errorClass],
        [t.retryable, retry],
        [t.whatToDo, report.whatToDo],
        ...(reference === undefined ? [] : [[t.reference, reference]]),
      ]
    : [
        ["", t.unknown.replace("{version}", catalog.version)],
        ...(report.serverMessage === undefined ? [] : [[t.serverMessage, report.serverMessage]]),
      ];
  // A body's text (and the catalog's) reaches the terminal with its control and bidi characters as escapes.
  const visible = (text) =>
    String(text).replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
      (char) => `\\u{${char.codePointAt(0).toString(16)}}`);
  // Hangul and other wide characters take two columns of a terminal.
  const columns = (text) => [...text].reduce((sum, char) => sum + (WIDE.test(char) ? 2 : 1), 0);
  const width = Math.max(...rows.map(([label]) => columns(label)));
  const pad = (label) => `${label}${" ".repeat(width - columns(label))}  `;
  const lines = rows.map(([label, text]) => (label ? pad(label) : "") + visible(text));
  process.stdout.write(`${[info ? `${info.code} ${info.name}` : visible(error.code ?? "(no code)"), ...lines].join("\n")}\n`);
}
process.exitCode = info ? 0 : 1;
