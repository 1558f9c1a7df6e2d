// Generated from test/fixtures/minimal.yaml by coinone-error-codes. Do not edit: change the spec and run `npm run generate`.

//! The error codes.

use std::fmt;
use std::str::FromStr;

use crate::ErrorInfo;

/// Demo API errors (catalog demo 2.1.0).
///
/// Every active code, in code order; `Display` and [`ErrorCode::as_str`] give the wire code,
/// `FromStr` and [`ErrorCode::from_code`] read it. Deprecated codes carry `#[deprecated]`.
/// Retired codes are never variants (see [`crate::RESERVED_CODES`]). More codes may come, so
/// the enum is `#[non_exhaustive]`.
#[rustfmt::skip]
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ErrorCode {
    /// The price is not valid.
    ///
    /// ko: 올바르지 않은 가격입니다.
    ///
    /// Code: 105
    ///
    /// Message: Price is not correct
    ///
    /// Category: order (Orders)
    PriceNotCorrect,

    /// The price does not fit the tick size.
    ///
    /// ko: 호가 단위가 맞지 않습니다.
    ///
    /// Code: 106
    ///
    /// Message: Price unit is wrong
    ///
    /// Category: order (Orders)
    #[deprecated(since = "2.0.0", note = "Merged into 105. Use ErrorCode::PriceNotCorrect (105) instead.")]
    PriceUnitWrong,

    /// A server error occurred; try again in {seconds} seconds.
    ///
    /// ko: 서버 에러가 발생하였습니다. {seconds}초 후 다시 시도하세요.
    ///
    /// Code: 405
    ///
    /// Message: Server error
    ///
    /// Category: server (Server)
    ServerError,
}

#[allow(deprecated)]
impl ErrorCode {
    /// Every code, in code order.
    #[rustfmt::skip]
    pub const ALL: &'static [ErrorCode] = &[
        ErrorCode::PriceNotCorrect,
        ErrorCode::PriceUnitWrong,
        ErrorCode::ServerError,
    ];

    /// The code as the API sends it.
    #[rustfmt::skip]
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            ErrorCode::PriceNotCorrect => "105",
            ErrorCode::PriceUnitWrong => "106",
            ErrorCode::ServerError => "405",
        }
    }

    /// The code for a wire code, or `None` when the catalog does not know it.
    #[rustfmt::skip]
    #[must_use]
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "105" => Some(ErrorCode::PriceNotCorrect),
            "106" => Some(ErrorCode::PriceUnitWrong),
            "405" => Some(ErrorCode::ServerError),
            _ => None,
        }
    }

    /// Everything the catalog says about this code.
    #[must_use]
    pub fn info(self) -> &'static ErrorInfo {
        &crate::catalog::ERRORS[self as usize]
    }

    /// Whether the catalog deprecates this code.
    #[must_use]
    pub fn is_deprecated(self) -> bool {
        self.info().deprecated.is_some()
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ErrorCode {
    type Err = UnknownCode;

    fn from_str(code: &str) -> Result<Self, Self::Err> {
        ErrorCode::from_code(code).ok_or_else(|| UnknownCode(code.to_owned()))
    }
}

/// A wire code the catalog does not know; the error of `ErrorCode::from_str`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct UnknownCode(pub String);

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown error code {:?}", self.0)
    }
}

impl std::error::Error for UnknownCode {}
