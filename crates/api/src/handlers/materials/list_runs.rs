use actix_web::{get, web};
use hgcs_db::views;
use hgcs_domain::api::materials::{MaterialQuery, MaterialRun};

use crate::access;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::query::Query;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// Print runs of the caller's units and those with copies handed to
/// them, newest first; a ward sees its own deliveries only.
#[utoipa::path(
    tag = "materials",
    params(MaterialQuery),
    responses((status = 200, description = "Print runs", body = [MaterialRun]), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/materials")]
pub async fn list_runs(
    caller: Authenticated,
    state: web::Data<AppState>,
    query: Query<MaterialQuery>,
) -> Result<web::Json<Vec<MaterialRun>>, ApiError> {
    let query = query.into_inner();
    let runs = db::run(&state.pool, move |conn| {
        let tasks = query.task_id.map(|t| [t.0]);
        let (rows, reader) =
            access::listed_runs(conn, &caller.actor, tasks.as_ref().map(|t| &t[..]))?;
        Ok(views::materials::runs(conn, rows, &reader.view())?)
    })
    .await?;
    Ok(web::Json(runs))
}
