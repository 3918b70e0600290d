use actix_web::{get, web};
use hgcs_db::PgConnection;
use hgcs_db::models::plan::{self, PlanRow};
use hgcs_db::models::plan_task;
use hgcs_domain::api::plans::Plan;
use hgcs_domain::policy::{self, Actor, Reach};
use hgcs_domain::{PlanId, Role};

use super::{duties_of, legal_basis_of, readable_plan, summaries, tasks_of, today};
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::openapi::ReadErrors;
use crate::state::AppState;

/// The whole plan as the caller may act on it.
pub fn plan_detail(
    conn: &mut PgConnection,
    actor: &Actor,
    row: PlanRow,
    reach: Reach,
) -> Result<Plan, ApiError> {
    let today = today();
    let summary = summaries(conn, std::slice::from_ref(&row), today)?
        .pop()
        .ok_or(ApiError::NotFound)?;
    let rows = plan_task::for_plan(conn, row.plan_id())?;
    let tasks = tasks_of(conn, rows, today)?;
    let ward_plan_id = if actor.role == Role::WardOfficial {
        plan::derived(conn, row.plan_id(), actor.unit_id)?.map(|p| p.plan_id())
    } else {
        None
    };
    Ok(Plan {
        can_manage: policy::can_manage_plan(actor, row.unit()),
        can_derive_ward_plan: policy::can_derive_plan(actor, reach) && ward_plan_id.is_none(),
        ward_plan_id,
        legal_basis: legal_basis_of(&row)?,
        duties: duties_of(&row)?,
        summary,
        issued_place: row.issued_place,
        signer_name: row.signer_name,
        signer_title: row.signer_title,
        purpose: row.purpose,
        requirements: row.requirements,
        funding: row.funding,
        tasks,
    })
}

/// A plan with its document header, tasks, duties and what the caller may do.
#[utoipa::path(
    tag = "plans",
    params(("id" = i64, Path, description = "Plan id")),
    responses((status = 200, description = "The plan", body = Plan), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/plans/{id}")]
pub async fn get_plan(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<i64>,
) -> Result<web::Json<Plan>, ApiError> {
    let id = PlanId(id.into_inner());
    let plan = db::run(&state.pool, move |conn| {
        let (row, reach) = readable_plan(conn, &caller.actor, id)?;
        plan_detail(conn, &caller.actor, row, reach)
    })
    .await?;
    Ok(web::Json(plan))
}
