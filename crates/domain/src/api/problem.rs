//! RFC 9457 problem details, the body of every error answer.

use serde::{Deserialize, Serialize};

use crate::ErrorCode;
use crate::validation::FieldError;

pub const PROBLEM_CONTENT_TYPE: &str = "application/problem+json";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Problem {
    /// A URI naming the kind of problem: `urn:hgcs:problem:<code>`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Short summary in the language asked for by `Accept-Language`.
    pub title: String,
    /// The HTTP status code, repeated for convenience.
    pub status: u16,
    /// What went wrong in this occurrence, when there is more to say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// Stable snake_case code for clients to act on.
    pub code: ErrorCode,
    /// One entry per invalid field, for `validation_failed`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
    /// The id of the request, also sent in the `X-Request-Id` header and
    /// written in the server's log line for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl Problem {
    pub fn type_uri(code: ErrorCode) -> String {
        format!("urn:hgcs:problem:{code}")
    }
}
