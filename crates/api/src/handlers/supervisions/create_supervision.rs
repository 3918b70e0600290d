use actix_web::{HttpResponse, post, web};
use hgcs_db::models::audit;
use hgcs_db::models::supervision::{self, NewSupervisionRow};
use hgcs_db::views;
use hgcs_domain::SupervisionId;
use hgcs_domain::api::supervisions::{Supervision, SupervisionInput};
use hgcs_domain::policy::{self, Reach};
use hgcs_domain::time::today;
use hgcs_domain::validation::Checker;
use serde_json::json;

use crate::access;
use crate::audit::{Change, action};
use crate::auth::CurrentUser;
use crate::db;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::responses::{IdempotencyKey, WriteErrors};
use crate::state::AppState;

/// A member of the Fatherland Front records a supervision of a team, a
/// ward's work or a plan's task in its scope: findings and
/// recommendations, without parties' data.
#[utoipa::path(
    tag = "supervision",
    params(IdempotencyKey),
    request_body = SupervisionInput,
    responses((status = 201, description = "Recorded", body = Supervision), WriteErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/supervisions")]
pub async fn create_supervision(
    caller: CurrentUser,
    state: web::Data<AppState>,
    body: JsonBody<SupervisionInput>,
) -> Result<HttpResponse, ApiError> {
    if !policy::can_supervise(&caller.actor, Reach::Within) {
        return Err(ApiError::Forbidden);
    }
    let input = body.into_inner();
    let created = db::transaction(&state.pool, move |conn| {
        let mut check = Checker::new();
        let cleaned = input.check(&mut check, today());
        let found = access::supervised_unit(conn, &caller.actor, &input, &mut check)?;
        check.finish()?;
        let (unit, reach) = found.ok_or(ApiError::NotFound)?;
        if !policy::can_supervise(&caller.actor, reach) {
            return Err(ApiError::Forbidden);
        }
        let id = supervision::insert(
            conn,
            &NewSupervisionRow {
                unit_id: unit.0,
                subject: cleaned.subject.as_str().to_owned(),
                team_id: cleaned.team_id.map(|t| t.0),
                task_id: cleaned.task_id.map(|t| t.0),
                supervised_on: cleaned.supervised_on,
                findings: cleaned.findings,
                recommendations: cleaned.recommendations,
                recorded_by: caller.id.0,
                organisation_id: caller.actor.organisation_id.map(|o| o.0),
            },
        )?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::CREATE,
                entity: "supervision",
                entity_id: id.to_string(),
                unit_id: Some(unit),
                details: json!({ "subject": cleaned.subject.as_str() }),
            }),
        )?;
        let row = supervision::find(conn, SupervisionId(id))?;
        Ok(views::supervisions::supervision(conn, &caller.actor, row)?)
    })
    .await?;
    Ok(HttpResponse::Created().json(created))
}
