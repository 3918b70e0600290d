use actix_web::{HttpRequest, HttpResponse, post, web};
use hgcs_db::models::refresh_token::{self, Presented};
use hgcs_db::models::{session as sessions, user};
use hgcs_domain::UserId;
use hgcs_domain::api::auth::LoginResponse;

use crate::auth::cookies::REFRESH_COOKIE;
use crate::auth::session;
use crate::auth::tokens::digest;
use crate::db;
use crate::error::ApiError;
use crate::responses::SessionErrors;
use crate::state::AppState;
use hgcs_db::views;

/// Trades the refresh cookie for a new access token and a new refresh
/// token of the same session (rotation: the old one stops working). A
/// refresh token used a second time means a copy is abroad: the whole
/// session ends, its access tokens and its newer refresh tokens with it.
#[utoipa::path(
    tag = "auth",
    responses(
        (status = 200, description = "New tokens; cookies set", body = LoginResponse),
        (status = 401, description = "No live refresh token", body = hgcs_domain::api::problem::Problem,
            content_type = "application/problem+json"),
        SessionErrors,
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
    let renewed = db::transaction(
        &state.pool,
        move |conn| match refresh_token::find_for_update(conn, &digest(&token))? {
            Presented::Live(live) => {
                refresh_token::revoke(conn, live.id)?;
                let user_id = UserId(live.user_id);
                let row = user::find(conn, user_id)?;
                let renewed = session::renew(conn, &app, &row, live.session_id)?;
                let me = views::users::me(conn, row)?;
                Ok(Some((renewed, me)))
            }
            Presented::Reused(spent) => {
                sessions::revoke(conn, spent.session_id)?;
                tracing::warn!(
                    session = spent.session_id,
                    user = spent.user_id,
                    "a spent refresh token was presented again; the session is ended"
                );
                Ok(None)
            }
            Presented::Dead | Presented::Unknown => Err(ApiError::Unauthenticated),
        },
    )
    .await?;
    let (renewed, me) = renewed.ok_or(ApiError::Unauthenticated)?;
    Ok(session::respond(&state, renewed, me))
}
