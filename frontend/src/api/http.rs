//! Sending requests: language header, same-origin cookies, problem+json
//! errors, and one refresh-and-retry on 401. Every JSON `POST` carries an
//! `Idempotency-Key`, kept for the same submission sent again after a
//! failed connection, so a retry never creates twice; every `PUT` carries
//! the `If-Match` version the page loaded.

use std::cell::RefCell;
use std::collections::HashMap;

use futures::FutureExt;
use futures::future::{LocalBoxFuture, Shared};
use gloo_net::http::{Method, RequestBuilder, Response};
use hgcs_domain::Lang;
use hgcs_domain::api::problem::Problem;
use leptos::prelude::*;
use serde::Serialize;
use serde::de::DeserializeOwned;
use web_sys::RequestCredentials;

use super::{Api, ApiError};
use crate::state::Session;

const BASE: &str = "/api/v1";

pub type Query = Vec<(String, String)>;

thread_local! {
    /// The refresh in flight, shared by every call that met a 401 meanwhile:
    /// the refresh cookie rotates, so it must be spent only once.
    static REFRESH: RefCell<Option<Shared<LocalBoxFuture<'static, bool>>>> =
        const { RefCell::new(None) };
    /// The key of each submission (path and body) whose last sending got
    /// no answer: sending the same again reuses it, so the server answers
    /// it once.
    static UNANSWERED: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
}

/// A fresh random key for one submission.
fn new_key() -> String {
    let random = || (js_sys::Math::random() * 4_503_599_627_370_496.0) as u64;
    format!(
        "{:x}-{:013x}{:013x}",
        js_sys::Date::now() as u64,
        random(),
        random()
    )
}

/// Extra request headers.
type Headers = Vec<(&'static str, String)>;

/// What a request carries: JSON, or a multipart form whose boundary the
/// browser writes (so no Content-Type is set for it here).
#[derive(Debug, Clone)]
pub(super) enum Body {
    Json(String),
    Form(web_sys::FormData),
}

async fn send_once(
    method: Method,
    path: &str,
    query: &Query,
    body: Option<&Body>,
    lang: Lang,
    headers: &Headers,
) -> Result<Response, ApiError> {
    let mut builder = RequestBuilder::new(&format!("{BASE}{path}"))
        .method(method)
        .credentials(RequestCredentials::SameOrigin)
        .header("Accept", "application/json")
        .header("Accept-Language", lang.code());
    for (name, value) in headers {
        builder = builder.header(name, value);
    }
    if !query.is_empty() {
        builder = builder.query(
            query
                .iter()
                .map(|(name, value)| (name.as_str(), value.as_str())),
        );
    }
    let request = match body {
        Some(Body::Json(json)) => builder
            .header("Content-Type", "application/json")
            .body(json.to_owned()),
        Some(Body::Form(form)) => builder.body(form.clone()),
        None => builder.build(),
    };
    let request = request.map_err(|_| ApiError::Network)?;
    request.send().await.map_err(|_| ApiError::Network)
}

/// POST /auth/refresh, at most one at a time. True when new cookies came.
async fn refresh(lang: Lang) -> bool {
    let shared = REFRESH.with(|slot| {
        let mut slot = slot.borrow_mut();
        if let Some(running) = slot.as_ref() {
            return running.clone();
        }
        let future = async move {
            let ok = send_once(
                Method::POST,
                "/auth/refresh",
                &Vec::new(),
                None,
                lang,
                &Vec::new(),
            )
            .await
            .is_ok_and(|response| response.ok());
            REFRESH.with(|slot| slot.borrow_mut().take());
            ok
        }
        .boxed_local()
        .shared();
        *slot = Some(future.clone());
        future
    });
    shared.await
}

async fn into_error(response: Response) -> ApiError {
    let status = response.status();
    let retry_after = response
        .headers()
        .get("Retry-After")
        .and_then(|value| value.trim().parse::<u64>().ok());
    match response.json::<Problem>().await {
        Ok(problem) => ApiError::Problem {
            problem,
            retry_after,
        },
        Err(_) => ApiError::Status(status),
    }
}

impl Api {
    /// Sends a request; on a 401 outside /auth it refreshes the session once
    /// and retries. A 401 that survives marks the session signed out, which
    /// sends the user to the login page.
    async fn send(
        &self,
        method: Method,
        path: &str,
        query: Query,
        body: Option<Body>,
    ) -> Result<Response, ApiError> {
        self.send_with(method, path, query, body, Vec::new()).await
    }

    async fn send_with(
        &self,
        method: Method,
        path: &str,
        query: Query,
        body: Option<Body>,
        mut headers: Headers,
    ) -> Result<Response, ApiError> {
        let lang = self.lang();
        // One key per submission: the same path and body sent again after
        // no answer came is the same submission.
        let submission = match (&method, &body) {
            (&Method::POST, Some(Body::Json(json))) if !path.starts_with("/auth/") => {
                Some(format!("{path}\n{json}"))
            }
            (&Method::POST, None) if !path.starts_with("/auth/") => Some(path.to_owned()),
            _ => None,
        };
        if let Some(submission) = &submission {
            let key = UNANSWERED
                .with(|keys| keys.borrow().get(submission).cloned())
                .unwrap_or_else(new_key);
            UNANSWERED.with(|keys| keys.borrow_mut().insert(submission.clone(), key.clone()));
            headers.push(("Idempotency-Key", key));
        }
        let sent = send_once(method.clone(), path, &query, body.as_ref(), lang, &headers).await;
        if let (Some(submission), Ok(_)) = (&submission, &sent) {
            UNANSWERED.with(|keys| keys.borrow_mut().remove(submission));
        }
        let mut response = sent?;
        if response.status() == 401 && !path.starts_with("/auth/") {
            if refresh(lang).await {
                response = send_once(method, path, &query, body.as_ref(), lang, &headers).await?;
            }
            if response.status() == 401 {
                self.state.session.try_set(Session::SignedOut);
            }
        }
        if response.ok() {
            Ok(response)
        } else {
            Err(into_error(response).await)
        }
    }

    pub(super) async fn get<T: DeserializeOwned>(
        &self,
        path: &str,
        query: Query,
    ) -> Result<T, ApiError> {
        let response = self.send(Method::GET, path, query, None).await?;
        response.json::<T>().await.map_err(|_| ApiError::Decode)
    }

    pub(super) async fn post<B: Serialize, T: DeserializeOwned>(
        &self,
        path: &str,
        body: Option<&B>,
    ) -> Result<T, ApiError> {
        let response = self.post_raw(path, body).await?;
        response.json::<T>().await.map_err(|_| ApiError::Decode)
    }

    /// A POST whose answer has no body (204).
    pub(super) async fn post_no_content<B: Serialize>(
        &self,
        path: &str,
        body: Option<&B>,
    ) -> Result<(), ApiError> {
        self.post_raw(path, body).await.map(|_| ())
    }

    /// A DELETE; the answer has no body (204).
    pub(super) async fn delete(&self, path: &str) -> Result<(), ApiError> {
        self.send(Method::DELETE, path, Vec::new(), None)
            .await
            .map(|_| ())
    }

    /// A PUT of the record at `version` (the version the page loaded; a
    /// record changed since answers 412). Also gives the record's new
    /// version, from the answer's `ETag`.
    pub(super) async fn put<B: Serialize, T: DeserializeOwned>(
        &self,
        path: &str,
        version: i32,
        body: &B,
    ) -> Result<(T, Option<i32>), ApiError> {
        let json = serde_json::to_string(body).map_err(|_| ApiError::Decode)?;
        let response = self
            .send_with(
                Method::PUT,
                path,
                Vec::new(),
                Some(Body::Json(json)),
                vec![("If-Match", format!("\"{version}\""))],
            )
            .await?;
        let new_version = response
            .headers()
            .get("ETag")
            .and_then(|tag| tag.trim_matches('"').parse::<i32>().ok());
        let value = response.json::<T>().await.map_err(|_| ApiError::Decode)?;
        Ok((value, new_version))
    }

    /// A multipart POST (files); the browser sets the boundary.
    pub(super) async fn post_form<T: DeserializeOwned>(
        &self,
        path: &str,
        form: web_sys::FormData,
    ) -> Result<T, ApiError> {
        let response = self
            .send(Method::POST, path, Vec::new(), Some(Body::Form(form)))
            .await?;
        response.json::<T>().await.map_err(|_| ApiError::Decode)
    }

    /// A POST acting on a record as loaded at `version` (sent as
    /// `If-Match`: a record changed since answers 412).
    pub(super) async fn post_at<B: Serialize, T: DeserializeOwned>(
        &self,
        path: &str,
        version: i32,
        body: Option<&B>,
    ) -> Result<T, ApiError> {
        let json = match body {
            Some(body) => Some(Body::Json(
                serde_json::to_string(body).map_err(|_| ApiError::Decode)?,
            )),
            None => None,
        };
        let headers = vec![("If-Match", format!("\"{version}\""))];
        let response = self
            .send_with(Method::POST, path, Vec::new(), json, headers)
            .await?;
        response.json::<T>().await.map_err(|_| ApiError::Decode)
    }

    async fn post_raw<B: Serialize>(
        &self,
        path: &str,
        body: Option<&B>,
    ) -> Result<Response, ApiError> {
        let json = match body {
            Some(body) => Some(Body::Json(
                serde_json::to_string(body).map_err(|_| ApiError::Decode)?,
            )),
            None => None,
        };
        self.send(Method::POST, path, Vec::new(), json).await
    }
}

/// A domain `*Query` as URL query pairs, under its serde names: the
/// server reads them with the same type, so the keys cannot drift. Absent
/// and blank values are left out; text is trimmed.
pub fn query_pairs(query: &impl Serialize) -> Query {
    let Ok(serde_json::Value::Object(fields)) = serde_json::to_value(query) else {
        return Vec::new();
    };
    fields
        .into_iter()
        .filter_map(|(name, value)| {
            let value = match value {
                serde_json::Value::Null => return None,
                serde_json::Value::String(text) => text.trim().to_owned(),
                other => other.to_string(),
            };
            (!value.is_empty()).then_some((name, value))
        })
        .collect()
}
