//! Protections around every route, for browsers:
//!
//! - **Same origin for cookie-authenticated changes.** A POST, PUT, PATCH
//!   or DELETE under `/api` that carries a session cookie and no
//!   `Authorization` header must come from a page of this site: with
//!   `Sec-Fetch-Site: same-origin`, or else an `Origin` whose host is the
//!   request's `Host`. Sign-in requests are refused when the browser says
//!   they come from another site. Otherwise 403 `cross_site_request`.
//!   Bearer requests are not concerned: a browser never adds that header
//!   on another site's behalf.
//! - **Headers.** `Cache-Control: no-store` on every answer of the API; a
//!   Content-Security-Policy on the web app (no inline script but the ones
//!   of its own `index.html`, by their SHA-256) and a looser one for the
//!   Swagger UI, which styles itself inline.

use std::path::Path;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::http::header::{
    CACHE_CONTROL, CONTENT_SECURITY_POLICY, HOST, HeaderName, HeaderValue, ORIGIN,
};
use actix_web::middleware::Next;
use actix_web::web;
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use sha2::{Digest, Sha256};

use crate::auth::cookies::{ACCESS_COOKIE, REFRESH_COOKIE};
use crate::error::ApiError;
use crate::state::AppState;

const SEC_FETCH_SITE: HeaderName = HeaderName::from_static("sec-fetch-site");
const FORWARDED_HOST: HeaderName = HeaderName::from_static("x-forwarded-host");

/// Where a request may be made without a session cookie but is still
/// refused from another site: the sign-in endpoints.
const SIGN_IN_PATHS: [&str; 2] = ["/api/v1/auth/login", "/api/v1/auth/token"];

const DOCS_POLICY: &str = "default-src 'self'; script-src 'self'; \
     style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; \
     frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/// The Content-Security-Policy of the web app, with the hashes of the
/// inline scripts of its `index.html` (trunk's loader, the app's opener).
#[derive(Debug, Clone)]
pub struct Policies {
    app: HeaderValue,
}

impl Policies {
    pub fn for_spa(spa_dir: &Path) -> Self {
        let index = std::fs::read_to_string(spa_dir.join("index.html")).unwrap_or_default();
        let hashes: String = inline_scripts(&index)
            .iter()
            .map(|script| format!(" 'sha256-{}'", STANDARD.encode(Sha256::digest(script))))
            .collect();
        let policy = format!(
            "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{hashes}; \
             style-src 'self'; img-src 'self' data:; connect-src 'self'; \
             frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'"
        );
        Self {
            app: HeaderValue::from_str(&policy)
                .unwrap_or(HeaderValue::from_static("default-src 'self'")),
        }
    }
}

/// The text of each `<script>` without a `src`, as the browser hashes it.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        rest = &rest[start..];
        let Some(open_end) = rest.find('>') else {
            break;
        };
        let tag = &rest[..open_end];
        let body = &rest[open_end + 1..];
        let Some(close) = body.find("</script") else {
            break;
        };
        if !tag.contains(" src=") && !tag.contains("\tsrc=") && !tag.contains("\nsrc=") {
            scripts.push(&body[..close]);
        }
        rest = &body[close..];
    }
    scripts
}

pub async fn guard(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let path = req.path().to_owned();
    let mut res = if crosses_sites(&req) {
        let response = ApiError::CrossSiteRequest.error_response_for(req.request());
        req.into_response(response)
    } else {
        next.call(req).await?.map_into_boxed_body()
    };
    let (name, value) = if path.starts_with("/api/docs") {
        (
            CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(DOCS_POLICY),
        )
    } else if path == "/api" || path.starts_with("/api/") {
        (CACHE_CONTROL, HeaderValue::from_static("no-store"))
    } else {
        let policy = res
            .request()
            .app_data::<web::Data<Policies>>()
            .map(|policies| policies.app.clone());
        match policy {
            Some(policy) => (CONTENT_SECURITY_POLICY, policy),
            None => return Ok(res),
        }
    };
    res.headers_mut().insert(name, value);
    Ok(res)
}

/// True for a request a page of another site may have made on the
/// strength of the browser's cookies.
fn crosses_sites(req: &ServiceRequest) -> bool {
    let unsafe_method = !matches!(
        *req.method(),
        Method::GET | Method::HEAD | Method::OPTIONS | Method::TRACE
    );
    if !unsafe_method || !req.path().starts_with("/api/") {
        return false;
    }
    if req
        .headers()
        .contains_key(actix_web::http::header::AUTHORIZATION)
    {
        return false;
    }
    let with_cookie = [ACCESS_COOKIE, REFRESH_COOKIE]
        .iter()
        .any(|name| req.cookie(name).is_some_and(|c| !c.value().is_empty()));
    let signing_in = SIGN_IN_PATHS.contains(&req.path());
    if !with_cookie && !signing_in {
        return false;
    }
    match origin_verdict(req) {
        Some(same) => !same,
        // Neither header: not a browser's request (browsers send Origin
        // on every unsafe request); a cookie still needs one.
        None => with_cookie,
    }
}

/// `Some(true)` when the browser says the request comes from this site,
/// `Some(false)` when it says otherwise, `None` when it says nothing.
fn origin_verdict(req: &ServiceRequest) -> Option<bool> {
    let header = |name: &HeaderName| {
        req.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
    };
    if let Some(site) = header(&SEC_FETCH_SITE) {
        return Some(site.eq_ignore_ascii_case("same-origin"));
    }
    let origin = header(&ORIGIN)?;
    let Some((scheme, authority)) = origin.split_once("://") else {
        return Some(false); // "null" and anything unreadable
    };
    let default_port = match scheme.to_ascii_lowercase().as_str() {
        "https" => ":443",
        "http" => ":80",
        _ => return Some(false),
    };
    let host = forwarded_host(req).or_else(|| header(&HOST).map(str::to_owned))?;
    let strip = |text: &str| {
        let text = text.to_ascii_lowercase();
        text.strip_suffix(default_port)
            .map(str::to_owned)
            .unwrap_or(text)
    };
    Some(strip(authority) == strip(&host))
}

/// The host a trusted proxy says the browser asked for.
fn forwarded_host(req: &ServiceRequest) -> Option<String> {
    let state = req.app_data::<web::Data<AppState>>()?;
    let peer = req.peer_addr()?.ip().to_canonical();
    if !state
        .auth
        .trusted_proxies
        .iter()
        .any(|net| net.contains(peer))
    {
        return None;
    }
    let value = req.headers().get(FORWARDED_HOST)?.to_str().ok()?;
    value
        .rsplit(',')
        .next()
        .map(|host| host.trim().to_owned())
        .filter(|host| !host.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_scripts_are_found_and_external_ones_skipped() {
        let html = r#"<head><script type="module">import init from '/a.js';</script>
<script src="/b.js"></script><script>
 window.x = 1;
</script></head>"#;
        assert_eq!(
            inline_scripts(html),
            vec!["import init from '/a.js';", "\n window.x = 1;\n"]
        );
    }
}
