use hgcs_db::models::plan::{self, PlanRow};
use hgcs_db::models::plan_task::{self, NewTaskRow, TaskRow};
use hgcs_db::models::task_party::NewPartyRow;
use hgcs_db::models::{organisation, unit};
use hgcs_db::{DbError, PgConnection};
use hgcs_domain::api::plans::TaskInput;
use hgcs_domain::policy::{self, Actor, Reach};
use hgcs_domain::validation::{Checker, Rule};
use hgcs_domain::{PlanId, TaskId, UnitId};

use super::{reach, unless};
use crate::error::{ApiError, Text};

/// The plan and where its unit stands for the caller.
pub fn readable_plan(
    conn: &mut PgConnection,
    actor: &Actor,
    id: PlanId,
) -> Result<(PlanRow, Reach), ApiError> {
    let row = plan::find(conn, id)?;
    let reach = reach(conn, actor, row.unit())?;
    unless(policy::can_read_plan(actor, reach))?;
    Ok((row, reach))
}

/// The task and its plan, if the caller may read the plan.
pub fn readable_task(
    conn: &mut PgConnection,
    actor: &Actor,
    id: TaskId,
) -> Result<(TaskRow, PlanRow, Reach), ApiError> {
    let task = plan_task::find(conn, id)?;
    let (plan, reach) = readable_plan(conn, actor, PlanId(task.plan_id))?;
    Ok((task, plan, reach))
}

/// A task as typed, cleaned and checked, with its parties: the schedule
/// must make sense and each organisation must sit in the plan's unit,
/// above it or below it; 422 naming every field at fault. The rows carry
/// `task_id` 0 until the task is written.
pub fn checked_task(
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

/// The answer to a second task coded like one the plan has.
pub fn duplicate_code(code: &str) -> ApiError {
    ApiError::Conflict(Text::new(
        format!("Kế hoạch đã có nhiệm vụ mã «{code}»"),
        format!("The plan already has a task coded \"{code}\""),
    ))
}
