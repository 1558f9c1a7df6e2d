// Generated from spec/errors.yaml by coinone-error-codes. Do not edit: change the spec and run `npm run generate`.
// Catalog coinone 3.0.0, spec sha256 3611363e008c0d63fcdc5a75afbfbebc16223b2368391225491f743deddb0dc5.

//! Checks every code of the catalog and the parser cases; `cargo test` runs it.

use std::collections::HashMap;

use coinone_error_codes::{
    describe, parse_error, reserved, ErrorCode, FieldValue, LOCALES, RESERVED_CODES, SOURCE_LOCALE,
};

/// Every active code and its name, in code order, as the catalog lists them.
#[rustfmt::skip]
const EXPECTED: &[(&str, &str)] = &[
    ("4", "USER_BLOCKED"),
    ("8", "REQUEST_TOKEN_REQUIRED"),
    ("10", "IP_NOT_ALLOWED"),
    ("11", "ACCESS_TOKEN_MISSING"),
    ("12", "ACCESS_TOKEN_INVALID"),
    ("20", "SERVICE_NOT_FOUND"),
    ("21", "API_REGISTRATION_REQUIRED"),
    ("22", "SERVICE_NOT_APPROVED"),
    ("23", "APP_SECRET_INVALID"),
    ("24", "APP_ID_INVALID"),
    ("25", "REQUEST_TOKEN_NOT_FOUND"),
    ("26", "REQUEST_TOKEN_DELETE_FAILED"),
    ("27", "ACCESS_TOKEN_NOT_FOUND"),
    ("28", "ACCESS_TOKEN_DELETE_FAILED"),
    ("29", "ACCESS_TOKEN_REFRESH_FAILED"),
    ("40", "API_PERMISSION_DENIED"),
    ("50", "IDENTITY_VERIFICATION_REQUIRED"),
    ("51", "API_NO_LONGER_AVAILABLE"),
    ("52", "REAL_NAME_ACCOUNT_REQUIRED"),
    ("53", "TWO_FACTOR_AUTH_FAILED"),
    ("101", "INVALID_FORMAT"),
    ("103", "BALANCE_INSUFFICIENT"),
    ("104", "ORDER_NOT_FOUND"),
    ("105", "PRICE_NOT_CORRECT"),
    ("107", "PARAMETER_ERROR"),
    ("108", "UNKNOWN_CURRENCY"),
    ("109", "UNKNOWN_MARKET"),
    ("111", "PRICE_TOO_FAR_FROM_MARKET"),
    ("113", "QUANTITY_TOO_LOW"),
    ("114", "ORDER_QUANTITY_INVALID"),
    ("115", "MAX_QUANTITY_EXCEEDED"),
    ("116", "ORDER_ALREADY_FILLED"),
    ("117", "ORDER_ALREADY_CANCELED"),
    ("118", "ORDER_ALREADY_SUBMITTED"),
    ("120", "PAYLOAD_MISSING"),
    ("121", "SIGNATURE_MISSING"),
    ("122", "NONCE_MISSING"),
    ("123", "SIGNATURE_INVALID"),
    ("130", "NONCE_NOT_POSITIVE_INTEGER"),
    ("131", "NONCE_NOT_INCREASING"),
    ("132", "NONCE_ALREADY_USED"),
    ("133", "NONCE_NOT_UUID"),
    ("151", "V1_TOKEN_NOT_ACCEPTED"),
    ("152", "ADDRESS_INVALID"),
    ("153", "ADDRESS_BLOCKED_BY_FDS"),
    ("154", "ADDRESS_NOT_REGISTERED_FOR_API"),
    ("155", "DEPOSIT_ADDRESS_REQUIRED"),
    ("156", "WITHDRAWAL_ADDRESS_NOT_FOUND"),
    ("157", "WITHDRAWAL_BALANCE_INSUFFICIENT"),
    ("158", "WITHDRAWAL_BELOW_MINIMUM"),
    ("159", "MEMO_REQUIRED"),
    ("160", "TRANSACTION_ID_INVALID"),
    ("161", "PRICE_REQUIRED"),
    ("162", "QUANTITY_REQUIRED"),
    ("163", "POST_ONLY_REQUIRED"),
    ("164", "TRIGGER_PRICE_REQUIRED"),
    ("165", "AMOUNT_REQUIRED"),
    ("166", "ORDER_TYPE_NOT_SUPPORTED"),
    ("167", "TRIGGER_PRICE_EQUALS_CURRENT_PRICE"),
    ("202", "WITHDRAWAL_QUANTITY_INVALID"),
    ("300", "ORDER_INFO_INVALID"),
    ("301", "SELL_PRICE_BELOW_BASE"),
    ("302", "SELL_PRICE_ABOVE_BASE"),
    ("303", "BUY_PRICE_BELOW_BASE"),
    ("304", "BUY_PRICE_ABOVE_BASE"),
    ("305", "QUANTITY_INVALID"),
    ("306", "ORDER_BELOW_MINIMUM_QUANTITY"),
    ("307", "ORDER_ABOVE_MAXIMUM_QUANTITY"),
    ("308", "PRICE_OUT_OF_RANGE"),
    ("309", "QUANTITY_OUT_OF_RANGE"),
    ("310", "PRICE_UNIT_INVALID"),
    ("311", "QUANTITY_UNIT_INVALID"),
    ("312", "USER_ORDER_ID_DUPLICATED"),
    ("313", "EXACTLY_ONE_ORDER_ID_REQUIRED"),
    ("314", "USER_ORDER_ID_INVALID"),
    ("315", "PORTFOLIO_NOT_SUPPORTED"),
    ("405", "SERVER_ERROR"),
    ("777", "TWO_FACTOR_CODE_INVALID"),
    ("1201", "API_DISCONTINUED"),
    ("1202", "ORDER_INFO_API_LIMIT_ONLY"),
    ("1206", "USER_NOT_FOUND"),
    ("3001", "ASSET_WITHDRAWAL_SUSPENDED"),
    ("3002", "WITHDRAWAL_REJECTED"),
    ("3003", "DAILY_WITHDRAWAL_LIMIT_EXCEEDED"),
    ("3004", "WITHDRAWAL_DELAYED_AFTER_KRW_DEPOSIT"),
    ("3005", "PHONE_VERIFICATION_REQUIRED"),
    ("3007", "BALANCE_ERROR"),
    ("3009", "ACCOUNT_FLAGGED_BY_FDS"),
    ("3010", "ACCOUNT_LOCKED"),
    ("3011", "WITHDRAWAL_RESTRICTED_BY_MASTER"),
];

/// The wire field names and the error marker.
#[rustfmt::skip]
mod wire {
    pub const RESULT: &str = "result";
    pub const ERROR: &str = "error";
    pub const CODE: &str = "error_code";
    pub const MESSAGE: &str = "error_msg";
    pub const LEGACY_CODE: &str = "errorCode";
    pub const LEGACY_MESSAGE: &str = "errorMsg";
}

#[test]
fn every_code_round_trips() {
    let codes: Vec<&str> = ErrorCode::ALL.iter().map(|code| code.as_str()).collect();
    let expected: Vec<&str> = EXPECTED.iter().map(|(code, _)| *code).collect();
    assert_eq!(codes, expected);
    for (&code, (wire, name)) in ErrorCode::ALL.iter().zip(EXPECTED) {
        assert_eq!(code.to_string(), *wire);
        assert_eq!(wire.parse::<ErrorCode>(), Ok(code));
        assert_eq!(ErrorCode::from_code(wire), Some(code));
        let info = code.info();
        assert_eq!(info.code, *wire);
        assert_eq!(info.name, *name);
        assert_eq!(code.is_deprecated(), info.deprecated.is_some());
        assert!(info.removed.is_none());
        assert_eq!(info.descriptions.len(), LOCALES.len());
        assert_eq!(describe(wire, SOURCE_LOCALE), Some(info.descriptions[0].1));
    }
}

#[test]
fn locale_falls_back_to_the_language_then_the_source_locale() {
    for code in ErrorCode::ALL {
        let info = code.info();
        for (locale, text) in info.descriptions {
            assert_eq!(info.description(locale), *text);
            if !locale.contains('-') {
                assert_eq!(info.description(&format!("{locale}-ZZ")), *text);
            }
        }
        assert_eq!(info.description("zz-ZZ"), info.description(SOURCE_LOCALE));
    }
    assert_eq!(describe("no such code", SOURCE_LOCALE), None);
}

#[test]
fn retired_codes_are_reserved_and_never_variants() {
    for info in RESERVED_CODES {
        assert!(info.removed.is_some());
        assert_eq!(ErrorCode::from_code(info.code), None);
        assert!(info.code.parse::<ErrorCode>().is_err());
        assert_eq!(reserved(info.code), Some(info));
    }
}

#[test]
fn parses_both_wire_shapes_numbers_missing_messages_and_unknown_codes() {
    let first = ErrorCode::ALL[0];
    let current = [
        (wire::RESULT, FieldValue::Text(wire::ERROR)),
        (wire::CODE, FieldValue::Text(first.as_str())),
        (wire::MESSAGE, FieldValue::Text("server says")),
    ];
    let error = parse_error(&current).expect("an error body");
    assert_eq!(error.known_code(), Some(first));
    assert_eq!(error.server_message(), Some("server says"));
    assert_eq!(error.info(), Some(first.info()));
    assert_eq!(
        error.to_string(),
        format!("[{first} {}] server says", first.info().name)
    );

    let mut legacy = HashMap::new();
    let code = FieldValue::Text(first.as_str());
    legacy.insert(wire::LEGACY_CODE.to_owned(), code);
    legacy.insert(wire::LEGACY_MESSAGE.to_owned(), FieldValue::Text("legacy"));
    let error = parse_error(&legacy).expect("a legacy error body");
    assert_eq!(error.known_code(), Some(first));
    assert_eq!(error.server_message(), Some("legacy"));

    let missing = [(wire::CODE, FieldValue::Text(first.as_str()))];
    let error = parse_error(&missing).expect("an error body without a message");
    assert_eq!(error.server_message(), None);
    let info = first.info();
    assert_eq!(
        error.to_string(),
        format!("[{first} {}] {}", info.name, info.message)
    );

    for number in [FieldValue::Integer(105), FieldValue::Float(105.0)] {
        let error = parse_error(&[(wire::CODE, number)]).expect("a numeric code");
        assert_eq!(error.code(), Some("105"));
        assert_eq!(error.known_code(), ErrorCode::from_code("105"));
    }

    let unknown = [(wire::CODE, FieldValue::Text("no such code"))];
    let error = parse_error(&unknown).expect("an unknown code is still an error");
    assert!(!error.is_known());
    assert_eq!(error.code(), Some("no such code"));
    assert_eq!(error.info(), None);
    let source: &dyn std::error::Error = &error;
    assert_eq!(source.to_string(), "[no such code] unknown error");

    let success = [(wire::RESULT, FieldValue::Text("success"))];
    assert_eq!(parse_error(&success), None);
    assert_eq!(parse_error(&[("other", FieldValue::Null)]), None);
}
