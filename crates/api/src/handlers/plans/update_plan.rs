use crate::access::readable_plan;
use actix_web::{HttpResponse, put, web};
use hgcs_db::models::audit;
use hgcs_db::models::plan::{self, PlanValues};
use hgcs_db::models::version::Versioned;
use hgcs_db::views;
use hgcs_domain::PlanId;
use hgcs_domain::api::plans::{Plan, PlanInput};
use hgcs_domain::policy;
use hgcs_domain::time::today;
use serde_json::json;

use crate::audit::{Change, action};
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::preconditions::{IfMatch, etag};
use crate::responses::{IfMatchRequired, VersionErrors, WriteErrors};
use crate::state::AppState;

/// Rewrites a plan's document fields (not its tasks). Needs the plan's
/// `ETag` in `If-Match`: a plan someone changed since answers 412.
#[utoipa::path(
    tag = "plans",
    params(("id" = i64, Path, description = "Plan id"), IfMatchRequired),
    request_body = PlanInput,
    responses(
        (status = 200, description = "Updated", body = Plan,
            headers(("ETag" = String, description = "The plan's new version"))),
        WriteErrors,
        VersionErrors
    ),
    security(("bearer" = []), ("cookie" = []))
)]
#[put("/plans/{id}")]
pub async fn update_plan(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<PlanId>,
    if_match: IfMatch,
    body: JsonBody<PlanInput>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let values = PlanValues::from(&body.validate()?);
    let updated = db::transaction(&state.pool, move |conn| {
        let (row, reach) = readable_plan(conn, &caller.actor, id)?;
        if !policy::can_manage_plan(&caller.actor, row.unit()) {
            return Err(ApiError::Forbidden);
        }
        if_match.required()?.claim(conn, Versioned::Plan, id.0)?;
        let row = plan::update(conn, id, &values)?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::UPDATE,
                entity: "plan",
                entity_id: id.to_string(),
                unit_id: Some(row.unit()),
                details: json!({ "status": values.status, "title": values.title }),
            }),
        )?;
        Ok(views::plans::detail(
            conn,
            &caller.actor,
            row,
            reach,
            today(),
        )?)
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(updated.version))
        .json(updated))
}
