use actix_web::{HttpRequest, HttpResponse, post, web};
use hgcs_db::models::refresh_token;

use crate::auth::cookies::{self, REFRESH_COOKIE};
use crate::auth::tokens::digest;
use crate::db;
use crate::error::ApiError;
use crate::state::AppState;

/// Ends the browser session: the refresh token is revoked and both cookies
/// are cleared. Safe to call twice.
#[utoipa::path(tag = "auth", responses((status = 204, description = "Signed out")))]
#[post("/auth/logout")]
pub async fn logout(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    if let Some(token) = req.cookie(REFRESH_COOKIE).map(|c| c.value().to_owned()) {
        db::run(&state.pool, move |conn| {
            Ok(refresh_token::revoke_by_hash(conn, &digest(&token))?)
        })
        .await?;
    }
    let mut response = HttpResponse::NoContent();
    for cookie in cookies::cleared(state.auth.cookie_secure) {
        response.cookie(cookie);
    }
    Ok(response.finish())
}
