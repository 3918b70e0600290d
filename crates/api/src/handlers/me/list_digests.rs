use actix_web::{get, web};
use hgcs_db::views;
use hgcs_domain::api::digests::Digest;

use crate::auth::CurrentUser;
use crate::db;
use crate::error::ApiError;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// The caller's daily digests of the last two weeks, newest first: what
/// became due or overdue in their scope, each item a code with its
/// parameters (the web app words them in the reader's language).
#[utoipa::path(
    tag = "me",
    responses((status = 200, description = "Newest first, at most 14", body = [Digest]), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/me/digests")]
pub async fn list_digests(
    caller: CurrentUser,
    state: web::Data<AppState>,
) -> Result<web::Json<Vec<Digest>>, ApiError> {
    let user = caller.id;
    let found = db::run(&state.pool, move |conn| {
        Ok(views::digests::of_user(conn, user, 14)?)
    })
    .await?;
    Ok(web::Json(found))
}
