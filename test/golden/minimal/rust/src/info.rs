// Generated from test/fixtures/minimal.yaml by coinone-error-codes. Do not edit: change the spec and run `npm run generate`.

//! The metadata of one code.

/// Everything the catalog says about one error code: the documented message, the category,
/// the description per locale, and every optional field (`None` when the catalog leaves it
/// out). New fields may be added, so the struct is `#[non_exhaustive]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct ErrorInfo {
    /// The wire code.
    pub code: &'static str,
    /// The stable `UPPER_SNAKE` name.
    pub name: &'static str,
    /// The category id.
    pub category: &'static str,
    /// The documented English return message, verbatim; the server may send other text.
    pub message: &'static str,
    /// The description per locale, in the catalog's locale order.
    pub descriptions: &'static [(&'static str, &'static str)],
    /// Whether the same request may succeed later without any change.
    pub retryable: Option<bool>,
    /// The documented wait before the same request may succeed; set only on retryable codes.
    pub retry_after: Option<::core::time::Duration>,
    /// The exchange-neutral error class.
    pub error_class: Option<&'static str>,
    /// What the user can do about the error, e.g. `retry-later`.
    pub user_action: Option<&'static str>,
    /// Set for a deprecated code.
    pub deprecated: Option<Deprecation>,
    /// Set for a retired (reserved) code.
    pub removed: Option<Removal>,
    /// Notes for translators.
    pub notes: Option<&'static str>,
    /// The HTTP status observed with this code, only where observed (HTTP 200 is common).
    pub http_status: Option<u16>,
}

impl ErrorInfo {
    /// The description in `locale`: `ko-KR` falls back to `ko`, then to the source locale.
    #[must_use]
    pub fn description(&self, locale: &str) -> &'static str {
        let language = locale.split('-').next().unwrap_or(locale);
        self.text(locale)
            .or_else(|| self.text(language))
            .or_else(|| self.text(crate::SOURCE_LOCALE))
            .unwrap_or(self.message)
    }

    fn text(&self, locale: &str) -> Option<&'static str> {
        self.descriptions
            .iter()
            .find(|(tag, _)| *tag == locale)
            .map(|(_, text)| *text)
    }
}

/// Why and since when a code is deprecated, and what replaces it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Deprecation {
    /// The catalog version that deprecated the code.
    pub since: &'static str,
    /// Why the code is deprecated.
    pub reason: &'static str,
    /// The wire code to use instead.
    pub replaced_by: Option<&'static str>,
}

/// Why and since when a code is retired; a retired code is never reused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Removal {
    /// The catalog version that retired the code.
    pub since: &'static str,
    /// Why the code is retired.
    pub reason: &'static str,
}
