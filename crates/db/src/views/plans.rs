//! Plans with their task counts, tasks with their parties, the plan page.

use std::collections::HashMap;

use chrono::NaiveDate;
use diesel::PgConnection;
use diesel::result::{Error, QueryResult};
use hgcs_domain::api::plans::{Party, Plan, PlanSummary, Task};
use hgcs_domain::plan::{DocumentRef, PlanStatus, is_overdue};
use hgcs_domain::policy::{self, Actor, Reach};
use hgcs_domain::{PlanId, TaskId};

use super::{Units, stored};
use crate::models::organisation::OrganisationRow;
use crate::models::plan::{self, PlanRow};
use crate::models::plan_task::{self, TaskRow};
use crate::models::task_party;

fn document_of(row: &PlanRow) -> DocumentRef {
    DocumentRef {
        number: row.doc_number.clone(),
        doc_type: row.doc_type.clone(),
        issuer: row.doc_issuer.clone(),
        issued_on: row.issued_on,
        title: None,
    }
}

/// Summaries with task counts and units, in the order given.
pub fn summaries(
    conn: &mut PgConnection,
    rows: &[PlanRow],
    today: NaiveDate,
) -> QueryResult<Vec<PlanSummary>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let stats = plan::stats(conn, &ids, today)?;
    let units = Units::load(conn, rows.iter().map(|r| r.unit_id))?;
    rows.iter()
        .map(|row| {
            let stat = stats.get(&row.id).copied().unwrap_or_default();
            Ok(PlanSummary {
                id: row.plan_id(),
                unit: units.get(row.unit_id)?,
                document: document_of(row),
                title: row.title.clone(),
                period_start: row.period_start,
                period_end: row.period_end,
                status: row.status()?,
                parent_plan_id: row.parent_plan_id.map(PlanId),
                task_count: stat.task_count,
                done_count: stat.done_count,
                overdue_count: stat.overdue_count,
                progress: stat.progress,
            })
        })
        .collect()
}

/// One plan's summary.
pub fn summary(
    conn: &mut PgConnection,
    row: &PlanRow,
    today: NaiveDate,
) -> QueryResult<PlanSummary> {
    summaries(conn, std::slice::from_ref(row), today)?
        .pop()
        .ok_or(Error::NotFound)
}

/// Tasks with their parties, loaded in one query for all of them.
pub fn tasks(
    conn: &mut PgConnection,
    rows: Vec<TaskRow>,
    today: NaiveDate,
) -> QueryResult<Vec<Task>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut parties: HashMap<i64, Vec<Party>> = HashMap::new();
    for (party, organisation) in task_party::for_tasks(conn, &ids)? {
        let organisation = organisation
            .as_ref()
            .map(OrganisationRow::summary)
            .transpose()?;
        parties.entry(party.task_id).or_default().push(Party {
            role: party.role()?,
            group: party.group()?,
            organisation,
            label: party.label,
        });
    }
    rows.into_iter()
        .map(|row| {
            let status = row.status()?;
            Ok(Task {
                id: TaskId(row.id),
                plan_id: PlanId(row.plan_id),
                schedule: row.schedule()?,
                overdue: is_overdue(status, row.due_on, today),
                parties: parties.remove(&row.id).unwrap_or_default(),
                code: row.code,
                title: row.title,
                description: row.description,
                starts_on: row.starts_on,
                due_on: row.due_on,
                status,
                progress: row.progress,
                concerns_wards: row.concerns_wards,
                origin_task_id: row.origin_task_id.map(TaskId),
                updated_at: row.updated_at,
                version: row.version,
            })
        })
        .collect()
}

/// One task with its parties.
pub fn task(conn: &mut PgConnection, row: TaskRow, today: NaiveDate) -> QueryResult<Task> {
    tasks(conn, vec![row], today)?.pop().ok_or(Error::NotFound)
}

/// The whole plan as the actor may act on it (`reach`: where its unit
/// stands for the actor).
pub fn detail(
    conn: &mut PgConnection,
    actor: &Actor,
    row: PlanRow,
    reach: Reach,
    today: NaiveDate,
) -> QueryResult<Plan> {
    let summary = summary(conn, &row, today)?;
    let task_rows = plan_task::for_plan(conn, row.plan_id())?;
    let tasks = tasks(conn, task_rows, today)?;
    let can_manage = policy::can_manage_plan(actor, row.unit());
    let ward_plan_id = if policy::makes_ward_plans(actor) {
        plan::derived(conn, row.plan_id(), actor.unit_id)?.map(|p| p.plan_id())
    } else {
        None
    };
    Ok(Plan {
        version: row.version,
        can_manage,
        can_derive_ward_plan: policy::can_derive_plan(actor, reach)
            && ward_plan_id.is_none()
            && row.status()? != PlanStatus::Draft,
        ward_plan_id,
        legal_basis: stored(row.legal_basis)?,
        duties: stored(row.duties)?,
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
