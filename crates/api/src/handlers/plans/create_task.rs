use crate::access::readable_plan;
use crate::preconditions::IfMatch;
use actix_web::{HttpResponse, post, web};
use hgcs_db::models::plan_task::{self, NewTaskRow};
use hgcs_db::models::task_party::{self, NewPartyRow};
use hgcs_db::models::version::Versioned;
use hgcs_db::models::{audit, organisation, unit};
use hgcs_db::views;
use hgcs_db::{DatabaseErrorKind, DbError, PgConnection};
use hgcs_domain::api::plans::{Task, TaskInput};
use hgcs_domain::policy;
use hgcs_domain::time::today;
use hgcs_domain::validation::{Checker, Rule};
use hgcs_domain::{PlanId, TaskId, UnitId};
use serde_json::json;

use crate::audit::{Change, action};
use crate::auth::Authenticated;
use crate::db;
use crate::error::{ApiError, Text};
use crate::json_body::JsonBody;
use crate::responses::{IdempotencyKey, IfMatchOptional, StaleErrors, WriteErrors};
use crate::state::AppState;

/// Adds a task to a plan the caller manages.
#[utoipa::path(
    tag = "plans",
    params(("id" = i64, Path, description = "Plan id"), IfMatchOptional, IdempotencyKey),
    request_body = TaskInput,
    responses((status = 201, description = "Created", body = Task), WriteErrors, StaleErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/plans/{id}/tasks")]
pub async fn create_task(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<i64>,
    if_match: IfMatch,
    body: JsonBody<TaskInput>,
) -> Result<HttpResponse, ApiError> {
    let plan_id = PlanId(id.into_inner());
    let input = body.into_inner();
    let created = db::transaction(&state.pool, move |conn| {
        let (plan, _) = readable_plan(conn, &caller.actor, plan_id)?;
        if !policy::can_manage_plan(&caller.actor, plan.unit()) {
            return Err(ApiError::Forbidden);
        }
        if_match.claim(conn, Versioned::Plan, plan_id.0)?;
        let position = plan_task::next_position(conn, plan_id)?;
        let (new, parties) = checked_task(conn, &input, plan_id, plan.unit(), position)?;
        let row = plan_task::insert(conn, &new).map_err(|error| match error {
            DbError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => {
                ApiError::Conflict(Text::new(
                    format!("Kế hoạch đã có nhiệm vụ mã «{}»", new.code),
                    format!("The plan already has a task coded \"{}\"", new.code),
                ))
            }
            other => other.into(),
        })?;
        let parties: Vec<NewPartyRow> = parties
            .into_iter()
            .map(|party| NewPartyRow {
                task_id: row.id,
                ..party
            })
            .collect();
        task_party::insert_all(conn, &parties)?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::CREATE,
                entity: "task",
                entity_id: row.id.to_string(),
                unit_id: Some(plan.unit()),
                details: json!({ "plan_id": plan_id, "code": row.code }),
            }),
        )?;
        let task = plan_task::find(conn, TaskId(row.id))?;
        Ok(views::plans::task(conn, task, today())?)
    })
    .await?;
    Ok(HttpResponse::Created().json(created))
}

/// Checks a task and its parties: the schedule must make sense and each
/// organisation must sit in the plan's unit, above it or below it.
fn checked_task(
    conn: &mut PgConnection,
    input: &TaskInput,
    plan: PlanId,
    plan_unit: UnitId,
    position: i32,
) -> Result<(NewTaskRow, Vec<NewPartyRow>), ApiError> {
    let mut check = Checker::new();
    let task = input.check(&mut check);
    let plan_path = unit::path(conn, plan_unit)?;
    let plan_subtree = unit::subtree(conn, plan_unit)?;
    let mut parties = Vec::with_capacity(input.parties.len());
    for (index, party) in input.parties.iter().enumerate() {
        let field = format!("parties[{index}]");
        let mut label = party
            .label
            .as_deref()
            .map(hgcs_domain::text::clean)
            .unwrap_or_default();
        if let Some(org_id) = party.organisation_id {
            match organisation::find(conn, org_id) {
                Ok(org)
                    if plan_path.contains(&UnitId(org.unit_id))
                        || plan_subtree.contains(&UnitId(org.unit_id)) =>
                {
                    if label.is_empty() {
                        label = org.name;
                    }
                }
                Ok(_) | Err(DbError::NotFound) => {
                    check.add(&format!("{field}.organisation_id"), Rule::UnknownReference)
                }
                Err(other) => return Err(other.into()),
            }
        } else if party.group.is_none() {
            check.add(&format!("{field}.organisation_id"), Rule::Required);
        }
        if label.is_empty() {
            check.add(&format!("{field}.label"), Rule::Required);
        }
        parties.push(NewPartyRow {
            task_id: 0,
            role: party.role.as_str().to_owned(),
            organisation_id: party.organisation_id.map(|id| id.0),
            party_group: party.group.map(|g| g.as_str().to_owned()),
            label,
            position: i32::try_from(index).unwrap_or(i32::MAX),
        });
    }
    check.finish()?;
    let mut new = NewTaskRow::new(plan, task.code, position, task.title, &input.schedule);
    new.description = task.description;
    new.concerns_wards = input.concerns_wards;
    Ok((new, parties))
}
