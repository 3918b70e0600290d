use hgcs_domain::Lang;
use hgcs_domain::api::problem::Problem;
use hgcs_domain::validation::FieldError;

use crate::i18n::{self, CommonText, text};

/// Why a call failed: the server's problem+json answer, an error status
/// without one, or no usable answer at all.
#[derive(Debug, Clone, PartialEq)]
pub enum ApiError {
    Problem {
        problem: Problem,
        /// Seconds from a `Retry-After` header (429 answers).
        retry_after: Option<u64>,
    },
    Status(u16),
    Network,
    Decode,
}

impl ApiError {
    pub fn field_errors(&self) -> &[FieldError] {
        match self {
            ApiError::Problem { problem, .. } => &problem.errors,
            _ => &[],
        }
    }

    /// The headline shown to the user, in their language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ApiError::Problem {
                problem,
                retry_after,
            } => {
                let title = problem.code.title(lang);
                match retry_after {
                    Some(seconds) => format!("{title}. {}", i18n::retry_in(lang, *seconds)),
                    None => title.to_owned(),
                }
            }
            ApiError::Status(status) => {
                format!("{} (HTTP {status})", text(lang, CommonText::ErrorStatus))
            }
            ApiError::Network => text(lang, CommonText::ErrorNetwork).to_owned(),
            ApiError::Decode => text(lang, CommonText::ErrorDecode).to_owned(),
        }
    }

    /// The problem's stable code, when the server sent one.
    pub fn code(&self) -> Option<hgcs_domain::ErrorCode> {
        match self {
            ApiError::Problem { problem, .. } => Some(problem.code),
            _ => None,
        }
    }

    /// The server's own explanation of this occurrence, when it gave one.
    pub fn detail(&self) -> Option<&str> {
        match self {
            ApiError::Problem { problem, .. } => problem.detail.as_deref(),
            _ => None,
        }
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ApiError {}
