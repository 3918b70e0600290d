//! What operators see of each request: a request id (taken from a sane
//! `X-Request-Id` or made here) returned in `X-Request-Id` and in every
//! problem+json answer (`request_id`), one log line per request, the
//! Prometheus metrics of `/metrics`, and a deadline on the whole handling
//! of a request so a body that never arrives does not hold a connection.

use std::cell::Cell;
use std::time::{Duration, Instant};

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{HttpMessage, HttpRequest, web};
use hgcs_domain::api::problem::PROBLEM_CONTENT_TYPE;

use crate::auth::extractors::Authenticated;
use crate::error::ApiError;
use crate::metrics;

pub const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");
const SERVER_TIMING: HeaderName = HeaderName::from_static("server-timing");

/// Limits and access rules of the operations side, set from the
/// configuration (`HGCS_REQUEST_TIMEOUT_SECS`, `HGCS_UPLOAD_TIMEOUT_SECS`,
/// `HGCS_METRICS_TOKEN`).
#[derive(Debug, Clone)]
pub struct OpsSettings {
    /// Longest the handling of a request may take, its body included.
    pub request_timeout: Duration,
    /// The same for multipart uploads, which carry files.
    pub upload_timeout: Duration,
    /// A bearer token that lets a scraper read `/metrics` from anywhere;
    /// without it only loopback callers may (and none behind a proxy).
    pub metrics_token: Option<String>,
}

impl Default for OpsSettings {
    fn default() -> Self {
        Self {
            request_timeout: Duration::from_secs(30),
            upload_timeout: Duration::from_secs(600),
            metrics_token: None,
        }
    }
}

/// The id of the request being handled.
#[derive(Debug, Clone)]
pub struct RequestId(pub String);

/// The signed-in person, when the request named one.
#[derive(Debug, Clone, Copy)]
struct Caller(i64);

/// Called by the authentication extractors, so the request's log line
/// names who made it.
pub fn note_caller(req: &HttpRequest, caller: &Authenticated) {
    if let Some(id) = caller.user_id() {
        req.extensions_mut().insert(Caller(id.0));
    }
}

/// A caller-chosen id is kept when it is short and plain; otherwise one is
/// made.
fn request_id_of(req: &ServiceRequest) -> String {
    req.headers()
        .get(&REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .filter(|v| {
            !v.is_empty()
                && v.len() <= 64
                && v.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        })
        .map(str::to_owned)
        .unwrap_or_else(|| {
            crate::auth::tokens::random_bytes::<12>()
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect()
        })
}

tokio::task_local! {
    /// Statements the request has sent to PostgreSQL so far.
    static STATEMENTS: Cell<u64>;
}

/// Adds statements sent on the request's behalf (`db::run` calls it).
pub fn add_statements(n: u64) {
    let _outside_a_request = STATEMENTS.try_with(|count| count.set(count.get() + n));
}

/// The outermost middleware: request id, metrics and the log line.
pub async fn track(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let request = crate::auth::check::scope(tracked(req, next));
    STATEMENTS.scope(Cell::new(0), request).await
}

/// `Server-Timing` naming the statements a request sent, so an operator
/// (or a test) sees its round trips to the database.
fn server_timing(statements: u64) -> HeaderValue {
    HeaderValue::from_str(&format!("db;desc=\"{statements} statements\""))
        .unwrap_or_else(|_| HeaderValue::from_static("db"))
}

/// What the log line and the metrics say of a request.
struct Seen {
    id: String,
    method: String,
    route: String,
    path: String,
    started: Instant,
}

impl Seen {
    /// Counts the request and writes its log line; the statements it sent.
    fn done(&self, status: u16, user_id: Option<i64>) -> u64 {
        let elapsed = self.started.elapsed();
        let statements = STATEMENTS.with(Cell::get);
        metrics::request(&self.method, &self.route, status, elapsed, statements);
        tracing::info!(
            target: "hgcs::access",
            request_id = %self.id,
            method = %self.method,
            route = %self.route,
            path = %self.path,
            status,
            duration_ms = elapsed.as_secs_f64() * 1000.0,
            statements,
            user_id,
            "request"
        );
        statements
    }
}

async fn tracked(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let seen = Seen {
        started: Instant::now(),
        id: request_id_of(&req),
        method: req.method().to_string(),
        path: req.path().to_owned(),
        route: req
            .match_pattern()
            .unwrap_or_else(|| "unmatched".to_owned()),
    };
    req.extensions_mut().insert(RequestId(seen.id.clone()));
    let lang = crate::lang::from_headers(req.headers());
    let res = match next.call(req).await {
        Ok(res) => res.map_into_boxed_body(),
        // An error that escaped as `Err` (a request not handled in time)
        // is answered by the server; it still names the request.
        Err(error) => {
            let status = error.as_response_error().status_code();
            let api = error
                .as_error::<ApiError>()
                .cloned()
                .unwrap_or_else(|| ApiError::from_status(status));
            seen.done(status.as_u16(), None);
            metrics::problem(api.code().as_str());
            let id = seen.id;
            return Err(Identified { api, lang, id }.into());
        }
    };
    let res = crate::auth::check::confirm(res).await;
    let status = res.status();
    let (mut res, code) = with_request_id(res, &seen.id).await;
    if let Some(code) = code {
        metrics::problem(&code);
    }
    if let Ok(value) = HeaderValue::from_str(&seen.id) {
        res.headers_mut().insert(REQUEST_ID, value);
    }
    let user_id = res.request().extensions().get::<Caller>().map(|c| c.0);
    let statements = seen.done(status.as_u16(), user_id);
    res.headers_mut()
        .insert(SERVER_TIMING, server_timing(statements));
    Ok(res)
}

/// An error answered outside the middleware chain, with its request id.
#[derive(Debug, thiserror::Error)]
#[error("{api}")]
struct Identified {
    api: ApiError,
    lang: hgcs_domain::Lang,
    id: String,
}

impl actix_web::ResponseError for Identified {
    fn status_code(&self) -> actix_web::http::StatusCode {
        actix_web::ResponseError::status_code(&self.api)
    }

    fn error_response(&self) -> actix_web::HttpResponse {
        let mut response = self.api.response_with_id(self.lang, Some(&self.id));
        if let Ok(value) = HeaderValue::from_str(&self.id) {
            response.headers_mut().insert(REQUEST_ID, value);
        }
        response
    }
}

/// Adds `request_id` to a problem+json body; returns the problem's code.
async fn with_request_id(
    res: ServiceResponse<BoxBody>,
    id: &str,
) -> (ServiceResponse<BoxBody>, Option<String>) {
    let is_problem = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with(PROBLEM_CONTENT_TYPE));
    if !is_problem {
        return (res, None);
    }
    let (request, response) = res.into_parts();
    let (head, body) = response.into_parts();
    let bytes = actix_web::body::to_bytes(body).await.unwrap_or_default();
    let mut code = None;
    let patched = match serde_json::from_slice::<serde_json::Value>(&bytes) {
        Ok(serde_json::Value::Object(mut problem)) => {
            code = problem
                .get("code")
                .and_then(|c| c.as_str())
                .map(str::to_owned);
            problem.insert("request_id".into(), id.into());
            serde_json::to_vec(&problem).unwrap_or_else(|_| bytes.to_vec())
        }
        _ => bytes.to_vec(),
    };
    (
        ServiceResponse::new(request, head.set_body(BoxBody::new(patched))),
        code,
    )
}

/// The innermost middleware: the whole handling of a request, reading its
/// body included, must end within the configured time, or the answer is
/// 408 and the connection is closed.
pub async fn deadline(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let settings = req
        .app_data::<web::Data<OpsSettings>>()
        .map(|s| s.get_ref().clone())
        .unwrap_or_default();
    let upload = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/"));
    let limit = if upload {
        settings.upload_timeout
    } else {
        settings.request_timeout
    };
    let path = req.path().to_owned();
    match actix_web::rt::time::timeout(limit, next.call(req)).await {
        Ok(res) => res.map(ServiceResponse::map_into_boxed_body),
        Err(_) => {
            tracing::warn!(
                path,
                seconds = limit.as_secs(),
                "request not handled in time"
            );
            // The request was handed on; the server renders this error
            // (problem+json, `Connection: close`).
            Err(ApiError::RequestTimeout.into())
        }
    }
}
