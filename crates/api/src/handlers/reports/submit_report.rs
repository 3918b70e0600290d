use actix_web::{HttpResponse, post, web};
use hgcs_db::models::version::Versioned;
use hgcs_db::models::{audit, report};
use hgcs_db::views;
use hgcs_domain::ReportId;
use hgcs_domain::api::reports::Report;
use hgcs_domain::reports::ReportStatus;
use serde_json::json;

use crate::access::readable_report;
use crate::audit::{Change, action};
use crate::auth::CurrentUser;
use crate::db;
use crate::error::{ApiError, Text};
use crate::preconditions::{IfMatch, etag};
use crate::responses::{IdempotencyKey, IfMatchOptional, StaleErrors, WriteErrors};
use crate::state::AppState;

/// Sends the report to the unit above. What it says now is frozen as a
/// new submission: later changes of cases or mediators change the live
/// indicators, never the submitted report.
#[utoipa::path(
    tag = "reports",
    params(("id" = i64, Path, description = "Report id"), IfMatchOptional, IdempotencyKey),
    responses(
        (status = 200, description = "Submitted", body = Report,
            headers(("ETag" = String, description = "The report's new version"))),
        WriteErrors,
        StaleErrors
    ),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/reports/{id}/submit")]
pub async fn submit_report(
    caller: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<ReportId>,
    if_match: IfMatch,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let submitted = db::transaction(&state.pool, move |conn| {
        let found = readable_report(conn, &caller.actor, id)?;
        let rights = found.rights(&caller.actor);
        if !rights.edit {
            return Err(ApiError::Forbidden);
        }
        if_match.claim(conn, Versioned::Report, id.0)?;
        // What is frozen is the report as it is under the claim's lock, not
        // as it was read before a change that committed meanwhile.
        let current = report::find(conn, id)?;
        let content = views::reports::live_content(conn, &current, found.period.clone())?;
        let row = report::move_status(
            conn,
            id,
            &[ReportStatus::Draft, ReportStatus::Returned],
            ReportStatus::Submitted,
        )?
        .ok_or_else(|| {
            ApiError::Conflict(Text::new(
                "Báo cáo đã được gửi",
                "The report has already been submitted",
            ))
        })?;
        let content = serde_json::to_value(&content)
            .map_err(|error| ApiError::Internal(format!("report content: {error}")))?;
        let number = report::submit(conn, id, &content, caller.id)?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::UPDATE,
                entity: "report",
                entity_id: id.to_string(),
                unit_id: Some(row.unit()),
                details: json!({ "status": ReportStatus::Submitted, "submission": number }),
            }),
        )?;
        Ok(views::reports::report(conn, row, found.period, rights)?)
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(submitted.version))
        .json(submitted))
}
