use actix_web::{HttpResponse, post, web};
use hgcs_db::models::{audit, material};
use hgcs_domain::api::materials::{MaterialRun, MaterialRunInput};
use hgcs_domain::policy;
use hgcs_domain::time::today;
use hgcs_domain::validation::{Checker, Rule};
use serde_json::json;

use crate::access;
use crate::audit::{Change, action};
use crate::auth::CurrentUser;
use crate::db;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::responses::{IdempotencyKey, WriteErrors};
use crate::state::AppState;

/// Records a print run of a material set: the Justice Office, for its
/// city.
#[utoipa::path(
    tag = "materials",
    params(IdempotencyKey),
    request_body = MaterialRunInput,
    responses((status = 201, description = "Created", body = MaterialRun), WriteErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/materials")]
pub async fn create_run(
    caller: CurrentUser,
    state: web::Data<AppState>,
    body: JsonBody<MaterialRunInput>,
) -> Result<HttpResponse, ApiError> {
    let input = body.into_inner();
    let created = db::transaction(&state.pool, move |conn| {
        let level = access::referenced_unit(conn, input.unit_id, "unit_id")?.level()?;
        let reach = access::reach(conn, &caller.actor, input.unit_id)?;
        if !policy::can_print_materials(&caller.actor, reach, level) {
            return Err(ApiError::Forbidden);
        }
        let mut check = Checker::new();
        let run = input.check(&mut check, today());
        if let Some(task) = input.task_id {
            let known = access::readable_task(conn, &caller.actor, task);
            check.unless(known.is_ok(), "task_id", Rule::UnknownReference);
        }
        check.finish()?;
        let row = material::insert_run(conn, &run, caller.id)?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::CREATE,
                entity: "material_run",
                entity_id: row.id.to_string(),
                unit_id: Some(input.unit_id),
                details: json!({ "title": row.title, "quantity": row.quantity }),
            }),
        )?;
        let (row, reader) =
            access::readable_run(conn, &caller.actor, hgcs_domain::MaterialRunId(row.id))?;
        Ok(hgcs_db::views::materials::run(conn, row, &reader.view())?)
    })
    .await?;
    Ok(HttpResponse::Created().json(created))
}
