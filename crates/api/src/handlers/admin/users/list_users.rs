use actix_web::{get, web};
use hgcs_db::models::user;
use hgcs_domain::api::users::{User, UserQuery};

use crate::auth::AdminUser;
use crate::db;
use crate::error::ApiError;
use crate::query::Query;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// All accounts, filtered, by username.
#[utoipa::path(
    tag = "admin",
    params(UserQuery),
    responses((status = 200, description = "Matching users", body = [User]), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/admin/users")]
pub async fn list_users(
    _admin: AdminUser,
    state: web::Data<AppState>,
    query: Query<UserQuery>,
) -> Result<web::Json<Vec<User>>, ApiError> {
    let query = query.into_inner();
    let users = db::run(&state.pool, move |conn| {
        let rows = user::list(conn, &query)?;
        Ok(rows
            .into_iter()
            .map(|row| row.into_dto())
            .collect::<Result<Vec<_>, _>>()?)
    })
    .await?;
    Ok(web::Json(users))
}
