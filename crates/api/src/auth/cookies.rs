//! Browser sessions ride on two HttpOnly, SameSite=Strict cookies: the
//! access token for the whole API and the refresh token only for the
//! auth endpoints. Scripts cannot read either.

use actix_web::cookie::time::Duration as CookieDuration;
use actix_web::cookie::{Cookie, SameSite};

pub const ACCESS_COOKIE: &str = "hgcs_access";
pub const REFRESH_COOKIE: &str = "hgcs_refresh";
const ACCESS_PATH: &str = "/api";
const REFRESH_PATH: &str = "/api/v1/auth";

fn build(
    name: &'static str,
    value: String,
    path: &'static str,
    max_age_secs: i64,
    secure: bool,
) -> Cookie<'static> {
    Cookie::build(name, value)
        .path(path)
        .http_only(true)
        .same_site(SameSite::Strict)
        .secure(secure)
        .max_age(CookieDuration::seconds(max_age_secs))
        .finish()
}

pub fn access(token: String, ttl_secs: i64, secure: bool) -> Cookie<'static> {
    build(ACCESS_COOKIE, token, ACCESS_PATH, ttl_secs, secure)
}

pub fn refresh(token: String, ttl_secs: i64, secure: bool) -> Cookie<'static> {
    build(REFRESH_COOKIE, token, REFRESH_PATH, ttl_secs, secure)
}

/// Cookies that make the browser forget both tokens.
pub fn cleared(secure: bool) -> [Cookie<'static>; 2] {
    [
        build(ACCESS_COOKIE, String::new(), ACCESS_PATH, 0, secure),
        build(REFRESH_COOKIE, String::new(), REFRESH_PATH, 0, secure),
    ]
}
