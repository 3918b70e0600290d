use crate::access::readable_mediator;
use actix_web::{get, web};
use hgcs_db::views;
use hgcs_domain::MediatorId;
use hgcs_domain::api::mediation::Mediator;

use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// A mediator's profile with the whole history.
#[utoipa::path(
    tag = "mediation",
    params(("id" = i64, Path, description = "Mediator id")),
    responses((status = 200, description = "The mediator", body = Mediator), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/mediators/{id}")]
pub async fn get_mediator(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<MediatorId>,
) -> Result<web::Json<Mediator>, ApiError> {
    let id = id.into_inner();
    let found = db::run(&state.pool, move |conn| {
        let (row, _, _) = readable_mediator(conn, &caller.actor, id)?;
        Ok(views::mediators::detail(conn, row)?)
    })
    .await?;
    Ok(web::Json(found))
}
