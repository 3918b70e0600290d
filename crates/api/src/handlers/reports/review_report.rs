use actix_web::{HttpResponse, post, web};
use hgcs_db::models::version::Versioned;
use hgcs_db::models::{audit, report};
use hgcs_db::views;
use hgcs_domain::ReportId;
use hgcs_domain::api::reports::{Report, ReviewInput};
use hgcs_domain::reports::{ReportStatus, ReviewOutcome};
use hgcs_domain::validation::Checker;
use serde_json::json;

use crate::access::readable_report;
use crate::audit::{Change, action};
use crate::auth::CurrentUser;
use crate::db;
use crate::error::{ApiError, Text};
use crate::json_body::JsonBody;
use crate::preconditions::{IfMatch, etag};
use crate::responses::{IdempotencyKey, IfMatchOptional, StaleErrors, WriteErrors};
use crate::state::AppState;

/// The unit above accepts a submitted report, or returns it with
/// comments so its unit can revise and submit it again.
#[utoipa::path(
    tag = "reports",
    params(("id" = i64, Path, description = "Report id"), IfMatchOptional, IdempotencyKey),
    request_body = ReviewInput,
    responses(
        (status = 200, description = "Reviewed", body = Report,
            headers(("ETag" = String, description = "The report's new version"))),
        WriteErrors,
        StaleErrors
    ),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/reports/{id}/review")]
pub async fn review_report(
    caller: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<ReportId>,
    if_match: IfMatch,
    body: JsonBody<ReviewInput>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let input = body.into_inner();
    let reviewed = db::transaction(&state.pool, move |conn| {
        let found = readable_report(conn, &caller.actor, id)?;
        let rights = found.rights(&caller.actor);
        if !rights.review {
            return Err(ApiError::Forbidden);
        }
        let mut check = Checker::new();
        let comment = check.text(
            "comment",
            &input.comment,
            usize::from(!input.accepted),
            5_000,
        );
        check.finish()?;
        if_match.claim(conn, Versioned::Report, id.0)?;
        let (outcome, status) = if input.accepted {
            (ReviewOutcome::Accepted, ReportStatus::Accepted)
        } else {
            (ReviewOutcome::Returned, ReportStatus::Returned)
        };
        let row = report::move_status(conn, id, &[ReportStatus::Submitted], status)?.ok_or_else(
            || {
                ApiError::Conflict(Text::new(
                    "Báo cáo không ở trạng thái chờ duyệt",
                    "The report is not waiting for review",
                ))
            },
        )?;
        if report::review(conn, id, outcome, &comment, caller.id)? != 1 {
            return Err(ApiError::Internal(format!(
                "report {id} was submitted but has no submission waiting for review"
            )));
        }
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::UPDATE,
                entity: "report",
                entity_id: id.to_string(),
                unit_id: Some(row.unit()),
                details: json!({ "status": status, "comment": comment }),
            }),
        )?;
        Ok(views::reports::report(conn, row, found.period, rights)?)
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(reviewed.version))
        .json(reviewed))
}
