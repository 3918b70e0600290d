use actix_web::{HttpResponse, post, web};
use hgcs_db::models::audit;
use hgcs_db::models::partner_support::{self, NewSupportRow};
use hgcs_db::views;
use hgcs_domain::api::supervisions::{Support, SupportInput};
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

/// The court, the procuracy or the Lawyers' Association records trainers
/// it sent or materials it gave to the mediators of a unit in its scope.
#[utoipa::path(
    tag = "supervision",
    params(IdempotencyKey),
    request_body = SupportInput,
    responses((status = 201, description = "Recorded", body = Support), WriteErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/partner-support")]
pub async fn record_support(
    caller: CurrentUser,
    state: web::Data<AppState>,
    body: JsonBody<SupportInput>,
) -> Result<HttpResponse, ApiError> {
    if !policy::can_record_support(&caller.actor, Reach::Within) {
        return Err(ApiError::Forbidden);
    }
    let input = body.into_inner();
    let created = db::transaction(&state.pool, move |conn| {
        let mut check = Checker::new();
        let cleaned = input.check(&mut check, today());
        let reach = access::supported_unit(conn, &caller.actor, &input, &mut check)?;
        check.finish()?;
        if !policy::can_record_support(&caller.actor, reach.ok_or(ApiError::NotFound)?) {
            return Err(ApiError::Forbidden);
        }
        let made = partner_support::insert(
            conn,
            &NewSupportRow {
                unit_id: cleaned.unit_id.0,
                kind: cleaned.kind.as_str().to_owned(),
                course_id: cleaned.course_id.map(|c| c.0),
                supplied_on: cleaned.supplied_on,
                description: cleaned.description,
                quantity: cleaned.quantity,
                recorded_by: caller.id.0,
                organisation_id: caller.actor.organisation_id.map(|o| o.0),
            },
        )?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::CREATE,
                entity: "partner_support",
                entity_id: made.row.id.to_string(),
                unit_id: Some(cleaned.unit_id),
                details: json!({ "kind": cleaned.kind.as_str(), "quantity": cleaned.quantity }),
            }),
        )?;
        let mut shown = views::supervisions::support(conn, vec![made])?;
        shown.pop().ok_or(ApiError::NotFound)
    })
    .await?;
    Ok(HttpResponse::Created().json(created))
}
