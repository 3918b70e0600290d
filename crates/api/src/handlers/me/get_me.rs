use actix_web::{get, web};
use hgcs_db::models::user;
use hgcs_domain::api::auth::Me;

use crate::auth::CurrentUser;
use crate::db;
use crate::error::ApiError;
use crate::responses::ReadErrors;
use crate::state::AppState;
use hgcs_db::views;

/// The signed-in user. Machine clients have no user and get 403.
#[utoipa::path(
    tag = "me",
    responses((status = 200, description = "The signed-in user", body = Me), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/me")]
pub async fn get_me(
    caller: CurrentUser,
    state: web::Data<AppState>,
) -> Result<web::Json<Me>, ApiError> {
    let id = caller.id;
    let me = db::run(&state.pool, move |conn| {
        let row = user::find(conn, id)?;
        Ok(views::users::me(conn, row)?)
    })
    .await?;
    Ok(web::Json(me))
}
