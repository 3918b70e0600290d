//! Retries without duplicates: a `POST` under `/api/v1` sent with an
//! `Idempotency-Key` header is run once per caller and key. The key is
//! reserved in `idempotency_keys` (a unique row) before the handler runs;
//! a successful answer (2xx) is kept there 24 hours and replayed, status
//! and body, to every retry with the same key. A retry while the first is
//! still running waits for it (then 409 `request_in_progress` if it takes
//! too long); the same key with another route or body is refused with 422
//! `idempotency_key_reused`. A failed answer is not kept, so a retry runs
//! again. Sign-in endpoints are left alone. An upload
//! (multipart) is known by its route and size rather than its bytes.

use std::time::{Duration, Instant};

use actix_web::body::{BoxBody, MessageBody, to_bytes};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::header::{CONTENT_LENGTH, CONTENT_TYPE, HeaderName};
use actix_web::http::{Method, StatusCode};
use actix_web::middleware::Next;
use actix_web::{HttpResponse, web};
use hgcs_db::models::idempotency::{self, IdempotencyRow};
use sha2::{Digest, Sha256};

use crate::auth::extractors::token_of;
use crate::auth::tokens::Subject;
use crate::db;
use crate::error::ApiError;
use crate::openapi::API_PREFIX;
use crate::state::AppState;

/// The request header carrying the key.
pub const IDEMPOTENCY_KEY: HeaderName = HeaderName::from_static("idempotency-key");
/// Set on an answer replayed from a previous request.
pub const REPLAYED: HeaderName = HeaderName::from_static("idempotent-replayed");

/// How long a retry waits for the first request to finish.
const WAIT: Duration = Duration::from_secs(15);
const POLL: Duration = Duration::from_millis(50);
/// A reservation older than this without an answer was left by a server
/// that stopped mid-request; it may be taken again.
const ABANDONED_SECS: i64 = 300;

/// What a key already says when the request comes.
enum Seen {
    Reserved,
    Gone,
    Running,
    Mismatch,
    Done(IdempotencyRow),
}

/// The caller as the access token names it (`user:3`, `client:2`), or
/// `None` when the request is not signed in (the handler answers 401).
fn caller_of(req: &ServiceRequest, state: &AppState) -> Option<String> {
    let token = token_of(req.request()).ok()??;
    match state.tokens.verify(&token).ok()? {
        Subject::User { id, .. } => Some(format!("user:{}", id.0)),
        Subject::Client { id, .. } => Some(format!("client:{}", id.0)),
    }
}

fn key_of(req: &ServiceRequest) -> Option<Result<String, ApiError>> {
    if req.method() != Method::POST {
        return None;
    }
    let path = req.path();
    if !path.starts_with(&format!("{API_PREFIX}/"))
        || path.starts_with(&format!("{API_PREFIX}/auth/"))
    {
        return None;
    }
    let value = req.headers().get(IDEMPOTENCY_KEY)?;
    let key = value.to_str().ok().map(str::trim).unwrap_or_default();
    let valid = !key.is_empty() && key.len() <= 255 && key.bytes().all(|b| b.is_ascii_graphic());
    Some(if valid {
        Ok(key.to_owned())
    } else {
        Err(ApiError::InvalidQuery(
            "Idempotency-Key: 1 to 255 visible ASCII characters".to_owned(),
        ))
    })
}

fn is_multipart(req: &ServiceRequest) -> bool {
    req.headers()
        .get(CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.trim_start().starts_with("multipart/"))
}

fn refuse(req: ServiceRequest, error: ApiError) -> ServiceResponse<BoxBody> {
    let response = error.error_response_for(req.request());
    req.into_response(response)
}

pub async fn replay_retries(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let key = match key_of(&req) {
        None => {
            return next
                .call(req)
                .await
                .map(ServiceResponse::map_into_boxed_body);
        }
        Some(Err(error)) => return Ok(refuse(req, error)),
        Some(Ok(key)) => key,
    };
    let Some(state) = req.app_data::<web::Data<AppState>>().cloned() else {
        return next
            .call(req)
            .await
            .map(ServiceResponse::map_into_boxed_body);
    };
    let Some(caller) = caller_of(&req, &state) else {
        return next
            .call(req)
            .await
            .map(ServiceResponse::map_into_boxed_body);
    };
    let hash = if is_multipart(&req) {
        // An upload is not held in memory to be hashed: it is known by its
        // size, which a retry of the same files keeps.
        let length = req
            .headers()
            .get(CONTENT_LENGTH)
            .and_then(|value| value.to_str().ok())
            .unwrap_or("unknown");
        Sha256::digest(format!("multipart:{length}")).to_vec()
    } else {
        let body = match req.extract::<web::Bytes>().await {
            Ok(body) => body,
            Err(error) => return Ok(req.error_response(error)),
        };
        req.set_payload(Payload::from(body.clone()));
        Sha256::digest(&body).to_vec()
    };
    let route = format!(
        "POST {}",
        req.uri()
            .path_and_query()
            .map(|p| p.as_str())
            .unwrap_or(req.path())
    );

    let deadline = Instant::now() + WAIT;
    loop {
        let seen = {
            let (caller, key, route, hash) =
                (caller.clone(), key.clone(), route.clone(), hash.clone());
            db::run(&state.pool, move |conn| {
                if idempotency::reserve(conn, &caller, &key, &route, &hash)? {
                    return Ok(Seen::Reserved);
                }
                let Some(row) = idempotency::find(conn, &caller, &key)? else {
                    return Ok(Seen::Gone);
                };
                if row.route != route || row.request_hash != hash {
                    return Ok(Seen::Mismatch);
                }
                if row.status.is_some() {
                    return Ok(Seen::Done(row));
                }
                let abandoned = chrono::Utc::now() - chrono::Duration::seconds(ABANDONED_SECS);
                if idempotency::release_abandoned(conn, &caller, &key, abandoned)? > 0 {
                    return Ok(Seen::Gone);
                }
                Ok(Seen::Running)
            })
            .await
        };
        match seen {
            Err(error) => return Ok(refuse(req, error)),
            Ok(Seen::Reserved) => break,
            Ok(Seen::Gone) => continue,
            Ok(Seen::Mismatch) => return Ok(refuse(req, ApiError::IdempotencyKeyReused)),
            Ok(Seen::Done(row)) => return Ok(replay(req, row)),
            Ok(Seen::Running) if Instant::now() >= deadline => {
                return Ok(refuse(req, ApiError::RequestInProgress));
            }
            Ok(Seen::Running) => actix_web::rt::time::sleep(POLL).await,
        }
    }

    let answered = next.call(req).await;
    let res = match answered {
        Ok(res) if res.status().is_success() => res,
        other => {
            release(&state, caller, key).await;
            return other.map(ServiceResponse::map_into_boxed_body);
        }
    };
    let (request, response) = res.into_parts();
    let (head, body) = response.into_parts();
    let bytes = match to_bytes(body).await {
        Ok(bytes) => bytes,
        Err(_) => {
            release(&state, caller, key).await;
            let error = ApiError::Internal("answer body could not be read".to_owned());
            return Ok(ServiceResponse::new(
                request.clone(),
                error.error_response_for(&request),
            ));
        }
    };
    let status = head.status().as_u16() as i16;
    let content_type = head
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .map(str::to_owned);
    let kept = bytes.to_vec();
    let completed = db::run(&state.pool, move |conn| {
        Ok(idempotency::complete(
            conn,
            &caller,
            &key,
            status,
            content_type.as_deref(),
            &kept,
        )?)
    })
    .await;
    if let Err(error) = completed {
        // The record is written; the key stays reserved, so a retry waits
        // and then answers 409 rather than writing it twice.
        tracing::warn!(%error, "idempotency key could not be completed");
    }
    let response = head.set_body(BoxBody::new(bytes));
    Ok(ServiceResponse::new(request, response))
}

async fn release(state: &web::Data<AppState>, caller: String, key: String) {
    let released = db::run(&state.pool, move |conn| {
        Ok(idempotency::release(conn, &caller, &key)?)
    })
    .await;
    if let Err(error) = released {
        tracing::warn!(%error, "idempotency key could not be released");
    }
}

fn replay(req: ServiceRequest, row: IdempotencyRow) -> ServiceResponse<BoxBody> {
    let status = row
        .status
        .and_then(|status| StatusCode::from_u16(status as u16).ok())
        .unwrap_or(StatusCode::OK);
    let mut response = HttpResponse::build(status);
    if let Some(content_type) = row.content_type {
        response.insert_header((CONTENT_TYPE, content_type));
    }
    response.insert_header((REPLAYED, "true"));
    req.into_response(response.body(row.response_body.unwrap_or_default()))
}
