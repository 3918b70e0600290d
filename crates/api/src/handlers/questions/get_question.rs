use actix_web::{get, web};
use hgcs_domain::api::records::Question;

use super::{questions_of, readable_question};
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::openapi::ReadErrors;
use crate::state::AppState;

#[utoipa::path(
    tag = "mediation",
    params(("id" = i64, Path, description = "Question id")),
    responses((status = 200, description = "The thread", body = Question), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/questions/{id}")]
pub async fn get_question(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<i64>,
) -> Result<web::Json<Question>, ApiError> {
    let id = id.into_inner();
    let found = db::run(&state.pool, move |conn| {
        let (row, _) = readable_question(conn, &caller.actor, id)?;
        questions_of(conn, &caller.actor, vec![row])?
            .pop()
            .ok_or(ApiError::NotFound)
    })
    .await?;
    Ok(web::Json(found))
}
