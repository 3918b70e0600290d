use actix_web::{get, web};
use hgcs_db::views;
use hgcs_domain::MaterialRunId;
use hgcs_domain::api::materials::MaterialRun;

use crate::access;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// A print run with its stock and the deliveries the caller sees.
#[utoipa::path(
    tag = "materials",
    params(("id" = i64, Path, description = "Print run id")),
    responses((status = 200, description = "The print run", body = MaterialRun), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/materials/{id}")]
pub async fn get_run(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<MaterialRunId>,
) -> Result<web::Json<MaterialRun>, ApiError> {
    let id = id.into_inner();
    let found = db::run(&state.pool, move |conn| {
        let (row, reader) = access::readable_run(conn, &caller.actor, id)?;
        Ok(views::materials::run(conn, row, &reader.view())?)
    })
    .await?;
    Ok(web::Json(found))
}
