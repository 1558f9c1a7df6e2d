// Generated from test/fixtures/minimal.yaml by coinone-error-codes. Do not edit: change the spec and run `npm run generate`.

//! The error type.

use std::fmt;

use crate::{ErrorCode, ErrorInfo};

/// An error the API returned: the code as sent (known or not), and the server's message.
/// It displays like `[105 PRICE_NOT_CORRECT] Price is not correct`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ApiError {
    code: Option<String>,
    known: Option<ErrorCode>,
    server_message: Option<String>,
}

impl ApiError {
    /// An error with a wire code (known or not) and the message the server sent.
    pub fn new(code: Option<&str>, server_message: Option<&str>) -> Self {
        ApiError {
            code: code.map(str::to_owned),
            known: code.and_then(ErrorCode::from_code),
            server_message: server_message.map(str::to_owned),
        }
    }

    /// The wire code as sent, or `None` when the body had none.
    #[must_use]
    pub fn code(&self) -> Option<&str> {
        self.code.as_deref()
    }

    /// Whether the catalog knows the code.
    #[must_use]
    pub fn is_known(&self) -> bool {
        self.known.is_some()
    }

    /// The code, when the catalog knows it.
    #[must_use]
    pub fn known_code(&self) -> Option<ErrorCode> {
        self.known
    }

    /// The catalog's metadata, when the catalog knows the code.
    #[must_use]
    pub fn info(&self) -> Option<&'static ErrorInfo> {
        self.known.map(ErrorCode::info)
    }

    /// The message the server sent; it may differ from the documented one.
    #[must_use]
    pub fn server_message(&self) -> Option<&str> {
        self.server_message.as_deref()
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let info = self.info();
        let code = self.code.as_deref().unwrap_or("no code");
        let message = self
            .server_message
            .as_deref()
            .or(info.map(|info| info.message))
            .unwrap_or("unknown error");
        match info {
            Some(info) => write!(f, "[{code} {}] {message}", info.name),
            None => write!(f, "[{code}] {message}"),
        }
    }
}

impl std::error::Error for ApiError {}
