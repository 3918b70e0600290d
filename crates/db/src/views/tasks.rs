//! A task's page: the task, its plan, its progress reports with evidence.

use std::collections::HashMap;

use chrono::NaiveDate;
use diesel::PgConnection;
use diesel::result::QueryResult;
use hgcs_domain::api::materials::TaskMaterials;
use hgcs_domain::api::plans::{Evidence, TaskDetail, TaskTrainings, TaskUpdate};
use hgcs_domain::policy::{self, Actor};
use hgcs_domain::{EvidenceId, TaskId, TaskUpdateId};

use super::{plans, stored};
use crate::models::organisation::OrganisationRow;
use crate::models::plan::PlanRow;
use crate::models::plan_task::TaskRow;
use crate::models::task_party;
use crate::models::task_update::{self, EvidenceRow};

/// The task page as the actor may act on it.
pub fn detail(
    conn: &mut PgConnection,
    actor: &Actor,
    task: TaskRow,
    plan: &PlanRow,
    trainings: TaskTrainings,
    materials: TaskMaterials,
    today: NaiveDate,
) -> QueryResult<TaskDetail> {
    let id = TaskId(task.id);
    let leads = task_party::lead_organisations(conn, id)?;
    Ok(TaskDetail {
        task: plans::task(conn, task, today)?,
        plan: plans::summary(conn, plan, today)?,
        updates: updates(conn, id)?,
        can_report: policy::can_report_on_task(actor, plan.unit(), &leads),
        can_manage: policy::can_manage_plan(actor, plan.unit()),
        trainings,
        materials,
        library: Default::default(),
    })
}

pub fn evidence(row: EvidenceRow) -> Evidence {
    Evidence {
        id: EvidenceId(row.id),
        file_name: row.file_name,
        content_type: row.content_type,
        size_bytes: row.size_bytes,
        sha256: row.sha256,
        uploaded_at: row.created_at,
    }
}

/// The task's progress reports, newest first, with their evidence.
pub fn updates(conn: &mut PgConnection, id: TaskId) -> QueryResult<Vec<TaskUpdate>> {
    let rows = task_update::for_task(conn, id)?;
    let ids: Vec<i64> = rows.iter().map(|(row, _, _)| row.id).collect();
    let mut files: HashMap<i64, Vec<Evidence>> = HashMap::new();
    for row in task_update::evidence_for(conn, &ids)? {
        files.entry(row.update_id).or_default().push(evidence(row));
    }
    rows.into_iter()
        .map(|(row, author_name, organisation)| {
            Ok(TaskUpdate {
                id: TaskUpdateId(row.id),
                task_id: TaskId(row.task_id),
                status: row.status()?,
                evidence: files.remove(&row.id).unwrap_or_default(),
                author_organisation: organisation
                    .as_ref()
                    .map(OrganisationRow::summary)
                    .transpose()?,
                figures: stored(row.figures)?,
                reported_on: row.reported_on,
                body: row.body,
                progress: row.progress,
                author_name,
                created_at: row.created_at,
            })
        })
        .collect()
}
