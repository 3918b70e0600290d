//! One error type for every handler. Each variant has a stable code and an
//! HTTP status; internal causes are logged and never sent.

use actix_web::http::StatusCode;
use actix_web::http::header::{ALLOW, CONTENT_TYPE, RETRY_AFTER, WWW_AUTHENTICATE};
use actix_web::{HttpResponse, ResponseError};
use hgcs_db::{DatabaseErrorKind, DbError};
use hgcs_domain::api::problem::{PROBLEM_CONTENT_TYPE, Problem};
use hgcs_domain::validation::Violation;
use hgcs_domain::{ErrorCode, Lang};

/// A sentence in both languages, for details that depend on the case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub vi: String,
    pub en: String,
}

impl Text {
    pub fn new(vi: impl Into<String>, en: impl Into<String>) -> Self {
        Self {
            vi: vi.into(),
            en: en.into(),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        }
    }
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum ApiError {
    /// The body is not JSON of the expected shape; the parser's message is
    /// safe to show (it names the field and position).
    #[error("invalid JSON body: {0}")]
    InvalidJson(String),
    #[error("invalid query: {0}")]
    InvalidQuery(String),
    #[error("validation failed: {0:?}")]
    Validation(Vec<Violation>),
    #[error("not signed in")]
    Unauthenticated,
    #[error("access token expired")]
    TokenExpired,
    #[error("access token invalid")]
    InvalidToken,
    #[error("wrong username or password")]
    InvalidCredentials,
    #[error("account disabled")]
    AccountDisabled,
    #[error("forbidden")]
    Forbidden,
    /// A cookie-authenticated change, or a sign-in, sent from another site.
    #[error("cross-site request refused")]
    CrossSiteRequest,
    #[error("not found")]
    NotFound,
    #[error("method not allowed")]
    MethodNotAllowed { allow: Vec<String> },
    #[error("conflict: {}", .0.en)]
    Conflict(Text),
    /// `If-Match` names a version that is no longer current (412).
    #[error("precondition failed")]
    PreconditionFailed,
    /// A change that needs `If-Match` came without it (428).
    #[error("precondition required")]
    PreconditionRequired,
    /// An `Idempotency-Key` sent again with another body or route (422).
    #[error("idempotency key reused")]
    IdempotencyKeyReused,
    /// A request with this `Idempotency-Key` is still running (409).
    #[error("request in progress")]
    RequestInProgress,
    #[error("payload too large")]
    PayloadTooLarge,
    #[error("unsupported media type")]
    UnsupportedMediaType,
    /// An uploaded file of a kind that is not accepted; the text names it.
    #[error("file refused: {}", .0.en)]
    RejectedFile(Text),
    /// An uploaded file over the size limit; the text names it.
    #[error("file too large: {}", .0.en)]
    FileTooLarge(Text),
    #[error("too many requests, retry after {retry_after} s")]
    TooManyRequests { retry_after: u64 },
    #[error("service unavailable")]
    Unavailable,
    /// The request (its body, or the work it asked for) took longer than
    /// the server allows.
    #[error("request timed out")]
    RequestTimeout,
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<Vec<Violation>> for ApiError {
    fn from(violations: Vec<Violation>) -> Self {
        ApiError::Validation(violations)
    }
}

impl ApiError {
    pub fn code(&self) -> ErrorCode {
        match self {
            ApiError::InvalidJson(_) => ErrorCode::InvalidJson,
            ApiError::InvalidQuery(_) => ErrorCode::InvalidQuery,
            ApiError::Validation(_) => ErrorCode::ValidationFailed,
            ApiError::Unauthenticated => ErrorCode::Unauthenticated,
            ApiError::TokenExpired => ErrorCode::TokenExpired,
            ApiError::InvalidToken => ErrorCode::InvalidToken,
            ApiError::InvalidCredentials => ErrorCode::InvalidCredentials,
            ApiError::AccountDisabled => ErrorCode::AccountDisabled,
            ApiError::Forbidden => ErrorCode::Forbidden,
            ApiError::CrossSiteRequest => ErrorCode::CrossSiteRequest,
            ApiError::NotFound => ErrorCode::NotFound,
            ApiError::MethodNotAllowed { .. } => ErrorCode::MethodNotAllowed,
            ApiError::Conflict(_) => ErrorCode::Conflict,
            ApiError::PreconditionFailed => ErrorCode::PreconditionFailed,
            ApiError::PreconditionRequired => ErrorCode::PreconditionRequired,
            ApiError::IdempotencyKeyReused => ErrorCode::IdempotencyKeyReused,
            ApiError::RequestInProgress => ErrorCode::RequestInProgress,
            ApiError::PayloadTooLarge => ErrorCode::PayloadTooLarge,
            ApiError::UnsupportedMediaType | ApiError::RejectedFile(_) => {
                ErrorCode::UnsupportedMediaType
            }
            ApiError::FileTooLarge(_) => ErrorCode::PayloadTooLarge,
            ApiError::TooManyRequests { .. } => ErrorCode::TooManyRequests,
            ApiError::Unavailable => ErrorCode::ServiceUnavailable,
            ApiError::RequestTimeout => ErrorCode::RequestTimeout,
            ApiError::Internal(_) => ErrorCode::InternalError,
        }
    }

    /// A field-level validation error with one violation.
    pub fn invalid(field: &str, rule: hgcs_domain::validation::Rule) -> Self {
        ApiError::Validation(vec![Violation {
            field: field.to_owned(),
            rule,
        }])
    }

    /// The error a status code stands for, for responses made outside our
    /// handlers (the router, static files).
    pub fn from_status(status: StatusCode) -> Self {
        match status {
            StatusCode::UNAUTHORIZED => ApiError::Unauthenticated,
            StatusCode::FORBIDDEN => ApiError::Forbidden,
            StatusCode::NOT_FOUND => ApiError::NotFound,
            StatusCode::METHOD_NOT_ALLOWED => ApiError::MethodNotAllowed { allow: Vec::new() },
            StatusCode::CONFLICT => ApiError::Conflict(Text::new("", "")),
            StatusCode::PRECONDITION_FAILED => ApiError::PreconditionFailed,
            StatusCode::PRECONDITION_REQUIRED => ApiError::PreconditionRequired,
            StatusCode::PAYLOAD_TOO_LARGE => ApiError::PayloadTooLarge,
            StatusCode::UNSUPPORTED_MEDIA_TYPE => ApiError::UnsupportedMediaType,
            StatusCode::TOO_MANY_REQUESTS => ApiError::TooManyRequests { retry_after: 1 },
            StatusCode::SERVICE_UNAVAILABLE => ApiError::Unavailable,
            StatusCode::REQUEST_TIMEOUT => ApiError::RequestTimeout,
            status if status.is_client_error() => ApiError::InvalidQuery(status.to_string()),
            status => ApiError::Internal(status.to_string()),
        }
    }

    pub fn problem(&self, lang: Lang) -> Problem {
        let code = self.code();
        let detail = match self {
            ApiError::InvalidJson(message) | ApiError::InvalidQuery(message) => {
                Some(message.clone())
            }
            ApiError::Conflict(text) if !text.en.is_empty() => Some(text.get(lang).to_owned()),
            ApiError::RejectedFile(text) | ApiError::FileTooLarge(text) => {
                Some(text.get(lang).to_owned())
            }
            ApiError::TooManyRequests { retry_after } => Some(match lang {
                Lang::Vi => format!("Vui lòng thử lại sau {retry_after} giây"),
                Lang::En => format!("Try again in {retry_after} seconds"),
            }),
            _ => None,
        };
        let errors = match self {
            ApiError::Validation(violations) => {
                violations.iter().map(|v| v.to_field_error(lang)).collect()
            }
            _ => Vec::new(),
        };
        Problem {
            kind: Problem::type_uri(code),
            title: code.title(lang).to_owned(),
            status: self.status_code().as_u16(),
            detail,
            code,
            errors,
            request_id: None,
        }
    }

    /// The response in the language the request asks for.
    pub fn error_response_for(&self, req: &actix_web::HttpRequest) -> HttpResponse {
        self.response(crate::lang::from_headers(req.headers()))
    }

    /// The full response in the reader's language.
    pub fn response(&self, lang: Lang) -> HttpResponse {
        self.response_with_id(lang, None)
    }

    /// The full response, its problem naming the request it answers.
    pub fn response_with_id(&self, lang: Lang, request_id: Option<&str>) -> HttpResponse {
        if let ApiError::Internal(cause) = self {
            tracing::error!(%cause, "internal error");
        }
        let mut builder = HttpResponse::build(self.status_code());
        builder.insert_header((CONTENT_TYPE, PROBLEM_CONTENT_TYPE));
        match self {
            ApiError::TooManyRequests { retry_after } => {
                builder.insert_header((RETRY_AFTER, retry_after.to_string()));
            }
            ApiError::Unavailable => {
                builder.insert_header((RETRY_AFTER, "5"));
            }
            // What is left of the body is not read: the connection closes.
            ApiError::RequestTimeout => {
                builder.force_close();
            }
            ApiError::RequestInProgress => {
                builder.insert_header((RETRY_AFTER, "1"));
            }
            ApiError::MethodNotAllowed { allow } if !allow.is_empty() => {
                builder.insert_header((ALLOW, allow.join(", ")));
            }
            ApiError::Unauthenticated | ApiError::TokenExpired | ApiError::InvalidToken => {
                builder.insert_header((WWW_AUTHENTICATE, "Bearer realm=\"hgcs\""));
            }
            _ => {}
        }
        let mut problem = self.problem(lang);
        problem.request_id = request_id.map(str::to_owned);
        let body = serde_json::to_vec(&problem).unwrap_or_default();
        builder.body(body)
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::InvalidJson(_) | ApiError::InvalidQuery(_) => StatusCode::BAD_REQUEST,
            ApiError::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::Unauthenticated
            | ApiError::TokenExpired
            | ApiError::InvalidToken
            | ApiError::InvalidCredentials => StatusCode::UNAUTHORIZED,
            ApiError::AccountDisabled | ApiError::Forbidden | ApiError::CrossSiteRequest => {
                StatusCode::FORBIDDEN
            }
            ApiError::NotFound => StatusCode::NOT_FOUND,
            ApiError::MethodNotAllowed { .. } => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::Conflict(_) | ApiError::RequestInProgress => StatusCode::CONFLICT,
            ApiError::PreconditionFailed => StatusCode::PRECONDITION_FAILED,
            ApiError::PreconditionRequired => StatusCode::PRECONDITION_REQUIRED,
            ApiError::IdempotencyKeyReused => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::PayloadTooLarge | ApiError::FileTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::UnsupportedMediaType | ApiError::RejectedFile(_) => {
                StatusCode::UNSUPPORTED_MEDIA_TYPE
            }
            ApiError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::RequestTimeout => StatusCode::REQUEST_TIMEOUT,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// Rendered in Vietnamese here; the problem middleware re-renders it in
    /// the language the request asked for.
    fn error_response(&self) -> HttpResponse {
        self.response(Lang::default())
    }
}

impl From<DbError> for ApiError {
    fn from(error: DbError) -> Self {
        match error {
            DbError::NotFound => ApiError::NotFound,
            DbError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => {
                ApiError::Conflict(Text::new(
                    "Bản ghi đã tồn tại",
                    "A record with these values already exists",
                ))
            }
            DbError::DatabaseError(DatabaseErrorKind::ForeignKeyViolation, _) => {
                ApiError::Conflict(Text::new(
                    "Bản ghi đang được tham chiếu hoặc tham chiếu tới bản ghi không tồn tại",
                    "The record refers to, or is referred to by, another record",
                ))
            }
            other if is_unavailable(&other) => {
                tracing::warn!(error = %other, "database unavailable");
                ApiError::Unavailable
            }
            other => ApiError::Internal(other.to_string()),
        }
    }
}

/// Whether a database error means "not now" rather than "wrong": a lost or
/// closed connection (PostgreSQL restarting), a statement cancelled by
/// `statement_timeout` or `lock_timeout`, a deadlock. Such a request is
/// answered 503 with `Retry-After`, never 500.
pub fn is_unavailable(error: &DbError) -> bool {
    const TRANSIENT: [&str; 10] = [
        "canceling statement due to",
        "terminating connection",
        "server closed the connection",
        "no connection to the server",
        "connection to server",
        "could not receive data from server",
        "could not send data to server",
        "the database system is",
        "deadlock detected",
        "SSL SYSCALL error",
    ];
    match error {
        DbError::DatabaseError(
            DatabaseErrorKind::ClosedConnection | DatabaseErrorKind::UnableToSendCommand,
            _,
        )
        | DbError::BrokenTransactionManager => true,
        DbError::DatabaseError(_, info) => {
            let message = info.message();
            TRANSIENT.iter().any(|text| message.contains(text))
        }
        _ => false,
    }
}
