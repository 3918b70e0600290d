use actix_web::{HttpResponse, post, web};
use hgcs_db::models::session;

use crate::auth::CurrentUser;
use crate::auth::cookies;
use crate::db;
use crate::error::ApiError;
use crate::responses::SessionErrors;
use crate::state::AppState;

/// Ends every session of the caller's account, on every device: all its
/// access tokens stop working at once and its refresh tokens with them.
/// This browser's cookies are cleared.
#[utoipa::path(
    tag = "auth",
    responses(
        (status = 204, description = "Signed out everywhere"),
        (status = 401, description = "Not signed in, or the token is expired or invalid",
            body = hgcs_domain::api::problem::Problem, content_type = "application/problem+json"),
        SessionErrors,
    ),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/auth/logout-everywhere")]
pub async fn logout_everywhere(
    caller: CurrentUser,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let id = caller.id;
    db::run(&state.pool, move |conn| Ok(session::revoke_all(conn, id)?)).await?;
    let mut response = HttpResponse::NoContent();
    for cookie in cookies::cleared(state.auth.cookie_secure) {
        response.cookie(cookie);
    }
    Ok(response.finish())
}
