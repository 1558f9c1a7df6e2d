// Generated from test/fixtures/minimal.yaml by coinone-error-codes. Do not edit: change the spec and run `npm run generate`.

//! The parser of an error body.

use std::borrow::Borrow;
use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasher, Hash};

use crate::ApiError;

/// The body field that marks an error, and its error value.
const RESULT_FIELD: &str = "result";
const ERROR_RESULT: &str = "error";
/// The fields read for the code and for the message, current shape first.
const CODE_FIELDS: &[&str] = &["error_code", "errorCode"];
const MESSAGE_FIELDS: &[&str] = &["error_msg", "errorMsg"];

/// The value of one top-level field of a decoded JSON body, as far as the parser needs it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FieldValue<'a> {
    /// A JSON string.
    Text(&'a str),
    /// A JSON number that fits an `i64`.
    Integer(i64),
    /// Any other JSON number.
    Float(f64),
    /// `true` or `false`.
    Bool(bool),
    /// `null`.
    Null,
    /// An array or an object.
    Other,
}

/// A decoded JSON object the parser can read top-level fields from. Implemented for slices
/// and arrays of `(&str, FieldValue)` pairs, `HashMap` and `BTreeMap`; implement it for your
/// JSON library's value type to parse its values directly.
pub trait ErrorBody {
    /// The value of the field `name`, or `None` when the body has no such field.
    fn field(&self, name: &str) -> Option<FieldValue<'_>>;
}

impl ErrorBody for [(&str, FieldValue<'_>)] {
    fn field(&self, name: &str) -> Option<FieldValue<'_>> {
        self.iter()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| *value)
    }
}

impl<const N: usize> ErrorBody for [(&str, FieldValue<'_>); N] {
    fn field(&self, name: &str) -> Option<FieldValue<'_>> {
        self[..].field(name)
    }
}

impl<K: Borrow<str> + Eq + Hash, S: BuildHasher> ErrorBody for HashMap<K, FieldValue<'_>, S> {
    fn field(&self, name: &str) -> Option<FieldValue<'_>> {
        self.get(name).copied()
    }
}

impl<K: Borrow<str> + Ord> ErrorBody for BTreeMap<K, FieldValue<'_>> {
    fn field(&self, name: &str) -> Option<FieldValue<'_>> {
        self.get(name).copied()
    }
}

impl<T: ErrorBody + ?Sized> ErrorBody for &T {
    fn field(&self, name: &str) -> Option<FieldValue<'_>> {
        (**self).field(name)
    }
}

/// Reads an error body. The code comes from the first code field present, as a string or a
/// number (`105` and `105.0` read as `"105"`); the message from the first message field that
/// is a string, and may be missing. An unknown code is kept, as an unknown [`ApiError`].
///
/// Returns `None` for anything that is not an error body: a result field other than the error
/// value, or neither a result field nor a code.
pub fn parse_error<B: ErrorBody + ?Sized>(body: &B) -> Option<ApiError> {
    let code = CODE_FIELDS
        .iter()
        .find_map(|field| body.field(field).and_then(code_text));
    let message = MESSAGE_FIELDS
        .iter()
        .find_map(|field| match body.field(field) {
            Some(FieldValue::Text(text)) => Some(text.to_owned()),
            _ => None,
        });
    match body.field(RESULT_FIELD) {
        Some(FieldValue::Text(result)) if result == ERROR_RESULT => {}
        Some(_) => return None,
        None if code.is_none() => return None,
        None => {}
    }
    Some(ApiError::new(code.as_deref(), message.as_deref()))
}

/// A code as text: a string as is, an integral number as its digits.
fn code_text(value: FieldValue<'_>) -> Option<String> {
    match value {
        FieldValue::Text(text) => Some(text.to_owned()),
        FieldValue::Integer(number) => Some(number.to_string()),
        FieldValue::Float(number) if number.is_finite() => {
            if number.fract() == 0.0 && number.abs() < 1e15 {
                // Integral and below 2^53 in magnitude, so the cast is exact (and reads -0.0 as "0").
                #[allow(clippy::cast_possible_truncation)]
                let integral = number as i64;
                Some(integral.to_string())
            } else {
                Some(number.to_string())
            }
        }
        _ => None,
    }
}
