// Generated from test/fixtures/minimal.yaml by coinone-error-codes. Do not edit: change the spec and run `npm run generate`.
// Catalog demo 2.1.0, spec sha256 f68fb6906b876380c4afc83a8f3d589293a2609712b5cbb3385643f91037107c.

//! Checks every code of the catalog and the parser cases; `cargo test` runs it.

use std::collections::HashMap;

use demo_error_codes::{
    describe, parse_error, reserved, ErrorCode, FieldValue, LOCALES, RESERVED_CODES, SOURCE_LOCALE,
};

/// Every active code and its name, in code order, as the catalog lists them.
#[rustfmt::skip]
const EXPECTED: &[(&str, &str)] = &[
    ("105", "PRICE_NOT_CORRECT"),
    ("106", "PRICE_UNIT_WRONG"),
    ("405", "SERVER_ERROR"),
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
