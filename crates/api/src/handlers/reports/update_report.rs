use actix_web::{HttpResponse, put, web};
use hgcs_db::models::version::Versioned;
use hgcs_db::models::{audit, indicator, report};
use hgcs_db::views;
use hgcs_domain::ReportId;
use hgcs_domain::api::reports::{Report, ReportInput};
use serde_json::json;

use crate::access::readable_report;
use crate::audit::{Change, action};
use crate::auth::CurrentUser;
use crate::db;
use crate::error::{ApiError, Text};
use crate::json_body::JsonBody;
use crate::preconditions::{IfMatch, etag};
use crate::responses::{IfMatchRequired, VersionErrors, WriteErrors};
use crate::state::AppState;

/// The preparer writes the report's number, commentary and estimates
/// (for the days after the cut-off) while it is a draft or returned.
#[utoipa::path(
    tag = "reports",
    params(("id" = i64, Path, description = "Report id"), IfMatchRequired),
    request_body = ReportInput,
    responses(
        (status = 200, description = "Written", body = Report,
            headers(("ETag" = String, description = "The report's new version"))),
        WriteErrors,
        VersionErrors
    ),
    security(("bearer" = []), ("cookie" = []))
)]
#[put("/reports/{id}")]
pub async fn update_report(
    caller: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<ReportId>,
    if_match: IfMatch,
    body: JsonBody<ReportInput>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let input = body.into_inner();
    let updated = db::transaction(&state.pool, move |conn| {
        let found = readable_report(conn, &caller.actor, id)?;
        let rights = found.rights(&caller.actor);
        if !rights.edit {
            return Err(ApiError::Forbidden);
        }
        let estimable = views::reports::takes_estimates(conn, found.row.unit(), &found.period)?;
        let indicators = indicator::indicators(conn)?;
        let known: Vec<&str> = indicators.iter().map(|i| i.code.as_str()).collect();
        let may_estimate: Vec<&str> = indicators
            .iter()
            .filter(|i| estimable && i.takes_estimate())
            .map(|i| i.code.as_str())
            .collect();
        let input = input.check(&known, &may_estimate)?;
        if_match.required()?.claim(conn, Versioned::Report, id.0)?;
        // Read again under the claim's lock: a submission may have come first.
        if !report::find(conn, id)?.status()?.is_open() {
            return Err(ApiError::Conflict(Text::new(
                "Báo cáo đã gửi hoặc đã được chấp nhận; chỉ sửa được khi cấp trên trả lại",
                "The report was submitted or accepted; it can be changed only once returned",
            )));
        }
        let estimates = json!(input.estimates);
        let row = report::write(conn, id, &input.number, &input.commentary, &estimates)?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::UPDATE,
                entity: "report",
                entity_id: id.to_string(),
                unit_id: Some(row.unit()),
                details: json!({ "number": input.number, "estimates": estimates }),
            }),
        )?;
        Ok(views::reports::report(conn, row, found.period, rights)?)
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(updated.version))
        .json(updated))
}
