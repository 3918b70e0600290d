use crate::access::readable_mediator;
use actix_web::{HttpResponse, get, web};
use hgcs_db::models::version::{self, Versioned};
use hgcs_db::views;
use hgcs_domain::MediatorId;
use hgcs_domain::api::mediation::Mediator;

use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::preconditions::etag;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// A mediator's profile with the whole history.
#[utoipa::path(
    tag = "mediation",
    params(("id" = i64, Path, description = "Mediator id")),
    responses(
        (status = 200, description = "The mediator", body = Mediator,
            headers(("ETag" = String, description = "The record's version, for `If-Match`"))),
        ReadErrors
    ),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/mediators/{id}")]
pub async fn get_mediator(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<MediatorId>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let (found, version) = db::run(&state.pool, move |conn| {
        let (row, _, _) = readable_mediator(conn, &caller.actor, id)?;
        Ok((
            views::mediators::detail(conn, row)?,
            version::current(conn, Versioned::Mediator, id.0)?,
        ))
    })
    .await?;
    Ok(HttpResponse::Ok().insert_header(etag(version)).json(found))
}
