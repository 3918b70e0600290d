use crate::access::{audit_personal_read, readable_case};
use actix_web::{HttpResponse, get, web};
use hgcs_db::views;
use hgcs_domain::CaseId;
use hgcs_domain::api::mediation::Case;
use hgcs_domain::policy;

use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::preconditions::etag;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// A case with its history. The team, the ward's officials and the city
/// Justice Office see the parties and facts, and each such read is written
/// to the audit log; everyone else gets the case without them.
#[utoipa::path(
    tag = "mediation",
    params(("id" = i64, Path, description = "Case id")),
    responses(
        (status = 200, description = "The case", body = Case,
            headers(("ETag" = String, description = "The record's version, for `If-Match`"))),
        ReadErrors
    ),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/cases/{id}")]
pub async fn get_case(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<CaseId>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let found = db::transaction(&state.pool, move |conn| {
        let (row, reach) = readable_case(conn, &caller.actor, id)?;
        let personal = policy::can_see_personal_data(&caller.actor, reach);
        if personal {
            audit_personal_read(conn, &caller, &[(row.id, row.unit_id)], "view")?;
        }
        let view = views::cases::CaseView {
            personal,
            history: true,
            manage: policy::can_manage_case(&caller.actor, reach),
        };
        Ok(views::cases::case(conn, row, view)?)
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(found.version))
        .json(found))
}
