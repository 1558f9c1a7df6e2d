// Generated from spec/errors.yaml by coinone-error-codes. Do not edit: change the spec and run `npm run generate`.

//! Coinone Open API errors (catalog coinone 4.0.0).
//!
//! - [`ErrorCode`]: every active code (`as_str`, `FromStr`, `Display`), with its
//!   [`ErrorInfo`] (message, category, description per locale, every optional field).
//! - [`describe`]: a description with locale fallback (`ko-KR`, then `ko`, then the
//!   source locale); [`RESERVED_CODES`]: the retired codes, never reused.
//! - [`parse_error`]: reads an already decoded error body (both wire shapes, a numeric code,
//!   a missing message, an unknown code) into a [`ApiError`], which implements
//!   [`std::error::Error`]. The crate has no dependencies: implement [`ErrorBody`] for your
//!   JSON value type, or pass a map or slice of [`FieldValue`]s.
//!
//! ```
//! use coinone_error_codes::{parse_error, ErrorCode, FieldValue};
//!
//! let code = ErrorCode::ALL[0];
//! let body = [
//!     ("result", FieldValue::Text("error")),
//!     ("error_code", FieldValue::Text(code.as_str())),
//! ];
//! let error = parse_error(&body).expect("an error body");
//! assert_eq!(error.known_code(), Some(code));
//! assert_eq!(code.as_str().parse::<ErrorCode>(), Ok(code));
//! ```

mod catalog;
mod code;
mod error;
mod info;
mod parse;

pub use catalog::{
    describe, reserved, CATALOG_NAME, CATALOG_VERSION, LOCALES, RESERVED_CODES, SOURCE_LOCALE,
};
pub use code::{ErrorCode, UnknownCode};
pub use error::ApiError;
pub use info::{Deprecation, ErrorInfo, Removal};
pub use parse::{parse_error, ErrorBody, FieldValue};
