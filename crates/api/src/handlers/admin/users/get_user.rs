use actix_web::{get, web};
use hgcs_db::models::user;
use hgcs_domain::UserId;
use hgcs_domain::api::users::User;

use crate::auth::AdminUser;
use crate::db;
use crate::error::ApiError;
use crate::responses::ReadErrors;
use crate::state::AppState;

#[utoipa::path(
    tag = "admin",
    params(("id" = i64, Path, description = "User id")),
    responses((status = 200, description = "The user", body = User), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/admin/users/{id}")]
pub async fn get_user(
    _admin: AdminUser,
    state: web::Data<AppState>,
    id: web::Path<UserId>,
) -> Result<web::Json<User>, ApiError> {
    let id = id.into_inner();
    let found = db::run(&state.pool, move |conn| {
        Ok(user::find(conn, id)?.into_dto()?)
    })
    .await?;
    Ok(web::Json(found))
}
