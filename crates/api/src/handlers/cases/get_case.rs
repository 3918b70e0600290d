use crate::access::{audit_personal_read, readable_case_record};
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
    // A read and its audit entry, without a transaction around them: if
    // the entry cannot be written the case is not sent.
    let found = db::run(&state.pool, move |conn| {
        let (record, reach) = readable_case_record(conn, &caller.actor, id)?;
        let personal = policy::can_see_personal_data(&caller.actor, reach);
        if personal {
            audit_personal_read(
                conn,
                &caller,
                &[(record.row.id, record.row.unit_id)],
                "view",
            )?;
        }
        let view = views::cases::CaseView {
            personal,
            history: true,
            manage: policy::can_manage_case(&caller.actor, reach),
        };
        views::cases::records_as(conn, vec![record], view)?
            .pop()
            .ok_or(ApiError::NotFound)
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(found.version))
        .json(found))
}
