use actix_web::{HttpRequest, HttpResponse, post, web};
use hgcs_db::models::{refresh_token, session};

use crate::auth::cookies::{self, REFRESH_COOKIE};
use crate::auth::extractors::token_of;
use crate::auth::tokens::{Subject, digest};
use crate::db;
use crate::error::ApiError;
use crate::responses::SessionErrors;
use crate::state::AppState;

/// Ends the session: the one of the refresh cookie and the one of the
/// access token (Bearer or cookie), whichever are sent. Its access tokens
/// stop working at once, its refresh tokens too, and both cookies are
/// cleared. Safe to call twice.
#[utoipa::path(
    tag = "auth",
    responses(
        (status = 204, description = "Signed out"),
        SessionErrors,
    )
)]
#[post("/auth/logout")]
pub async fn logout(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let refresh = req
        .cookie(REFRESH_COOKIE)
        .map(|c| c.value().to_owned())
        .filter(|v| !v.is_empty());
    let access = token_of(&req)
        .ok()
        .flatten()
        .and_then(|token| state.tokens.verify(&token).ok())
        .and_then(|subject| match subject {
            Subject::User { session, .. } => Some(session),
            Subject::Client { .. } => None,
        });
    if refresh.is_some() || access.is_some() {
        db::transaction(&state.pool, move |conn| {
            let by_cookie = match refresh {
                Some(token) => refresh_token::session_of(conn, &digest(&token))?,
                None => None,
            };
            for id in by_cookie.into_iter().chain(access) {
                session::revoke(conn, id)?;
            }
            Ok(())
        })
        .await?;
    }
    let mut response = HttpResponse::NoContent();
    for cookie in cookies::cleared(state.auth.cookie_secure) {
        response.cookie(cookie);
    }
    Ok(response.finish())
}
