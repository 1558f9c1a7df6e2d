// Generated from test/fixtures/minimal.yaml by coinone-error-codes. Do not edit: change the spec and run `npm run generate`.

//! The catalog's tables: metadata of every code, retired codes, locales.

use crate::{ErrorCode, ErrorInfo};

/// The catalog's name.
pub const CATALOG_NAME: &str = "demo";

/// The catalog's version.
pub const CATALOG_VERSION: &str = "2.1.0";

/// The locale every description exists in; the last fallback.
pub const SOURCE_LOCALE: &str = "en";

/// Every locale of the catalog, in the catalog's order.
#[rustfmt::skip]
pub const LOCALES: &[&str] = &["en", "ko"];

/// The metadata of every active code, in the order of [`ErrorCode`]'s variants.
#[rustfmt::skip]
pub(crate) static ERRORS: &[ErrorInfo] = &[
    ErrorInfo {
        code: "105",
        name: "PRICE_NOT_CORRECT",
        category: "order",
        message: "Price is not correct",
        descriptions: &[
            ("en", "The price is not valid."),
            ("ko", "올바르지 않은 가격입니다."),
        ],
        retryable: Some(false),
        retry_after: None,
        error_class: Some("invalid-order"),
        user_action: None,
        deprecated: None,
        removed: None,
        notes: Some("Keep \"price\" generic; it covers limit and stop prices."),
        http_status: None,
    },
    ErrorInfo {
        code: "106",
        name: "PRICE_UNIT_WRONG",
        category: "order",
        message: "Price unit is wrong",
        descriptions: &[
            ("en", "The price does not fit the tick size."),
            ("ko", "호가 단위가 맞지 않습니다."),
        ],
        retryable: Some(false),
        retry_after: None,
        error_class: Some("invalid-order"),
        user_action: None,
        deprecated: Some(crate::Deprecation { since: "2.0.0", reason: "Merged into 105.", replaced_by: Some("105") }),
        removed: None,
        notes: None,
        http_status: None,
    },
    ErrorInfo {
        code: "405",
        name: "SERVER_ERROR",
        category: "server",
        message: "Server error",
        descriptions: &[
            ("en", "A server error occurred; try again in {seconds} seconds."),
            ("ko", "서버 에러가 발생하였습니다. {seconds}초 후 다시 시도하세요."),
        ],
        retryable: Some(true),
        retry_after: None,
        error_class: Some("exchange-unavailable"),
        user_action: Some("retry-later"),
        deprecated: None,
        removed: None,
        notes: None,
        http_status: Some(500),
    },
];

/// The retired codes, in code order: never variants, never reused.
#[rustfmt::skip]
pub static RESERVED_CODES: &[ErrorInfo] = &[
    ErrorInfo {
        code: "110",
        name: "ORDER_TYPE_RETIRED",
        category: "order",
        message: "Order type is not supported",
        descriptions: &[
            ("en", "This order type is no longer supported."),
            ("ko", "더 이상 지원하지 않는 주문 유형입니다."),
        ],
        retryable: Some(false),
        retry_after: None,
        error_class: Some("invalid-order"),
        user_action: None,
        deprecated: None,
        removed: Some(crate::Removal { since: "2.1.0", reason: "The order type no longer exists." }),
        notes: None,
        http_status: None,
    },
];

/// The metadata of a retired code, or `None`.
#[must_use]
pub fn reserved(code: &str) -> Option<&'static ErrorInfo> {
    RESERVED_CODES.iter().find(|info| info.code == code)
}

/// The description of an active code in `locale` (`ko-KR` falls back to `ko`, then to
/// [`SOURCE_LOCALE`]), or `None` for a code the catalog does not know.
#[must_use]
pub fn describe(code: &str, locale: &str) -> Option<&'static str> {
    ErrorCode::from_code(code).map(|code| code.info().description(locale))
}
