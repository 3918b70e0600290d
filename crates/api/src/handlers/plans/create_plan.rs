use actix_web::{HttpResponse, post, web};
use hgcs_db::models::audit;
use hgcs_db::models::plan::{self, PlanValues};
use hgcs_db::views;
use hgcs_domain::api::plans::{Plan, PlanInput};
use hgcs_domain::policy::{self, Reach};
use hgcs_domain::time::today;
use serde_json::json;

use crate::audit::{Change, action};
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::responses::{IdempotencyKey, WriteErrors};
use crate::state::AppState;

/// A new plan of the caller's own unit (city Justice Office or ward official).
#[utoipa::path(
    tag = "plans",
    params(IdempotencyKey),
    request_body = PlanInput,
    responses((status = 201, description = "Created", body = Plan), WriteErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/plans")]
pub async fn create_plan(
    caller: Authenticated,
    state: web::Data<AppState>,
    body: JsonBody<PlanInput>,
) -> Result<HttpResponse, ApiError> {
    if !policy::can_manage_plan(&caller.actor, caller.actor.unit_id) {
        return Err(ApiError::Forbidden);
    }
    let values = PlanValues::from(&body.validate()?);
    let created = db::transaction(&state.pool, move |conn| {
        let row = plan::insert(conn, caller.actor.unit_id, None, &values, None)?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::CREATE,
                entity: "plan",
                entity_id: row.id.to_string(),
                unit_id: Some(row.unit()),
                details: json!({ "document": values.doc_number, "title": values.title }),
            }),
        )?;
        Ok(views::plans::detail(
            conn,
            &caller.actor,
            row,
            Reach::Within,
            today(),
        )?)
    })
    .await?;
    Ok(HttpResponse::Created().json(created))
}
