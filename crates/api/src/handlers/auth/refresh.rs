use actix_web::{HttpRequest, HttpResponse, post, web};
use hgcs_db::models::{refresh_token, user};
use hgcs_domain::UserId;
use hgcs_domain::api::auth::LoginResponse;

use crate::auth::cookies::REFRESH_COOKIE;
use crate::auth::session;
use crate::auth::tokens::digest;
use crate::db;
use crate::error::ApiError;
use crate::state::AppState;
use hgcs_db::views;

/// Trades the refresh cookie for a new access token and a new refresh
/// token (rotation: the old one stops working).
#[utoipa::path(
    tag = "auth",
    responses(
        (status = 200, description = "New tokens; cookies set", body = LoginResponse),
        (status = 401, description = "No live refresh token", body = hgcs_domain::api::problem::Problem,
            content_type = "application/problem+json"),
    )
)]
#[post("/auth/refresh")]
pub async fn refresh(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let token = req
        .cookie(REFRESH_COOKIE)
        .map(|c| c.value().to_owned())
        .filter(|v| !v.is_empty())
        .ok_or(ApiError::Unauthenticated)?;
    let app = state.clone();
    let (started, me) = db::transaction(&state.pool, move |conn| {
        let live = refresh_token::find_live_for_update(conn, &digest(&token))?
            .ok_or(ApiError::Unauthenticated)?;
        refresh_token::revoke(conn, live.id)?;
        let user_id = UserId(live.user_id);
        let started = session::start(conn, &app, user_id)?;
        let row = user::find(conn, user_id)?;
        let me = views::users::me(conn, row)?;
        Ok((started, me))
    })
    .await?;
    Ok(session::respond(&state, started, me))
}
