use actix_web::{HttpResponse, get, web};
use hgcs_db::models::user;
use hgcs_db::models::version::{self, Versioned};
use hgcs_domain::UserId;
use hgcs_domain::api::users::User;

use crate::auth::AdminUser;
use crate::db;
use crate::error::ApiError;
use crate::preconditions::etag;
use crate::responses::ReadErrors;
use crate::state::AppState;

#[utoipa::path(
    tag = "admin",
    params(("id" = i64, Path, description = "User id")),
    responses(
        (status = 200, description = "The user", body = User,
            headers(("ETag" = String, description = "The record's version, for `If-Match`"))),
        ReadErrors
    ),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/admin/users/{id}")]
pub async fn get_user(
    _admin: AdminUser,
    state: web::Data<AppState>,
    id: web::Path<UserId>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let (found, version) = db::run(&state.pool, move |conn| {
        Ok((
            user::find(conn, id)?.into_dto()?,
            version::current(conn, Versioned::User, id.0)?,
        ))
    })
    .await?;
    Ok(HttpResponse::Ok().insert_header(etag(version)).json(found))
}
