use actix_web::{HttpResponse, post, web};
use hgcs_db::models::audit;
use hgcs_db::models::commendation::{self, NewCommendationRow};
use hgcs_db::views;
use hgcs_domain::api::pilots::{Commendation, CommendationInput};
use hgcs_domain::policy;
use serde_json::json;

use crate::audit::{Change, action};
use crate::auth::CurrentUser;
use crate::db;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::responses::{IdempotencyKey, WriteErrors};
use crate::state::AppState;

/// A nomination in the caller's own unit (a ward or the city).
#[utoipa::path(
    tag = "pilots",
    params(IdempotencyKey),
    request_body = CommendationInput,
    responses((status = 201, description = "Nominated", body = Commendation), WriteErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/commendations")]
pub async fn create_commendation(
    caller: CurrentUser,
    state: web::Data<AppState>,
    body: JsonBody<CommendationInput>,
) -> Result<HttpResponse, ApiError> {
    if !policy::can_nominate(&caller.actor) {
        return Err(ApiError::Forbidden);
    }
    let user = caller.id;
    let input = body.validate()?;
    let nominee_name = input.nominee_name.clone();
    let grounds = input.grounds.clone();
    let new = NewCommendationRow {
        year: input.year,
        unit_id: caller.actor.unit_id.0,
        nominee_kind: input.nominee_kind.as_str().to_owned(),
        nominee_name,
        grounds,
        proposed_level: input.proposed_level.as_str().to_owned(),
        nominated_by: user.0,
    };
    let created = db::transaction(&state.pool, move |conn| {
        let row = commendation::insert(conn, &new)?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::CREATE,
                entity: "commendation",
                entity_id: row.id.to_string(),
                unit_id: Some(caller.actor.unit_id),
                details: json!({ "year": row.year, "nominee": row.nominee_name, "level": row.proposed_level }),
            }),
        )?;
        Ok(views::commendations::commendation(conn, row)?)
    })
    .await?;
    Ok(HttpResponse::Created().json(created))
}
