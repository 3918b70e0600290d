use actix_web::{HttpResponse, post, web};
use hgcs_db::models::{audit, indicator, report, unit};
use hgcs_db::views;
use hgcs_domain::api::reports::{NewReport, Report};
use hgcs_domain::policy;
use hgcs_domain::validation::Rule;
use serde_json::json;

use crate::access;
use crate::audit::{Change, action};
use crate::auth::CurrentUser;
use crate::db;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::preconditions::etag;
use crate::responses::{IdempotencyKey, WriteErrors};
use crate::state::AppState;

/// Starts the caller's unit's report for a period (a draft, figures
/// prefilled from the registers or from the accepted reports below). A
/// unit has one report per period: a second answers 409.
#[utoipa::path(
    tag = "reports",
    params(IdempotencyKey),
    request_body = NewReport,
    responses(
        (status = 201, description = "Started", body = Report,
            headers(("ETag" = String, description = "The report's version, for `If-Match`"))),
        WriteErrors
    ),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/reports")]
pub async fn create_report(
    caller: CurrentUser,
    state: web::Data<AppState>,
    body: JsonBody<NewReport>,
) -> Result<HttpResponse, ApiError> {
    let input = body.into_inner();
    let created = db::transaction(&state.pool, move |conn| {
        let root = input.unit_id.unwrap_or(caller.actor.unit_id);
        let root = access::report_unit(conn, &caller.actor, root)?;
        let level = unit::summaries(conn, &[root])?
            .first()
            .map(|u| u.level)
            .ok_or(ApiError::NotFound)?;
        if !policy::can_prepare_report(&caller.actor, root, level) {
            return Err(ApiError::Forbidden);
        }
        let period = indicator::period(conn, &input.period, input.year)?
            .ok_or_else(|| ApiError::invalid("period", Rule::UnknownReference))?;
        let row = report::insert(conn, root, &period, caller.id)?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::CREATE,
                entity: "report",
                entity_id: row.id.to_string(),
                unit_id: Some(root),
                details: json!({ "year": input.year, "period": period.code }),
            }),
        )?;
        let rights = views::reports::ReportRights {
            edit: true,
            review: false,
        };
        Ok(views::reports::report(conn, row, period, rights)?)
    })
    .await?;
    Ok(HttpResponse::Created()
        .insert_header(etag(created.version))
        .json(created))
}
