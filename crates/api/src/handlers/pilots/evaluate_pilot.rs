use crate::access::readable_pilot;
use crate::preconditions::IfMatch;
use actix_web::{put, web};
use chrono::Utc;
use hgcs_db::models::version::Versioned;
use hgcs_db::models::{audit, pilot};
use hgcs_db::views;
use hgcs_domain::PilotId;
use hgcs_domain::api::pilots::{Pilot, PilotEvaluation, PilotEvaluationInput};
use hgcs_domain::policy;
use serde_json::json;

use crate::audit::{Change, action};
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::responses::{IfMatchRequired, VersionErrors, WriteErrors};
use crate::state::AppState;

/// The city's evaluation of a pilot: criteria with scores, a conclusion and
/// whether to replicate. A new evaluation replaces the previous one.
#[utoipa::path(
    tag = "pilots",
    params(("id" = i64, Path, description = "Pilot id"), IfMatchRequired),
    request_body = PilotEvaluationInput,
    responses((status = 200, description = "Evaluated", body = Pilot), WriteErrors, VersionErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[put("/pilots/{id}/evaluation")]
pub async fn evaluate_pilot(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<PilotId>,
    if_match: IfMatch,
    body: JsonBody<PilotEvaluationInput>,
) -> Result<web::Json<Pilot>, ApiError> {
    let id = id.into_inner();
    let input = body.validate()?;
    let criteria = input.criteria.clone();
    let conclusion = input.conclusion.clone();
    let evaluation = PilotEvaluation {
        evaluated_on: input.evaluated_on,
        total: criteria.iter().map(|c| c.score).sum(),
        max_total: criteria.iter().map(|c| c.max_score).sum(),
        criteria,
        conclusion,
        recommend_replication: input.recommend_replication,
        evaluated_at: Utc::now(),
    };
    let updated = db::transaction(&state.pool, move |conn| {
        let (row, reach) = readable_pilot(conn, &caller.actor, id)?;
        if !policy::can_evaluate_pilot(&caller.actor, reach) {
            return Err(ApiError::Forbidden);
        }
        if_match.required()?.claim(conn, Versioned::Pilot, id.0)?;
        let stored =
            serde_json::to_value(&evaluation).map_err(|e| ApiError::Internal(e.to_string()))?;
        let updated = pilot::set_evaluation(conn, id, &stored)?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::UPDATE,
                entity: "pilot",
                entity_id: id.to_string(),
                unit_id: Some(hgcs_domain::UnitId(row.unit_id)),
                details: json!({ "total": evaluation.total, "max_total": evaluation.max_total,
                                 "recommend_replication": evaluation.recommend_replication }),
            }),
        )?;
        Ok(views::pilots::pilot(conn, updated)?)
    })
    .await?;
    Ok(web::Json(updated))
}
