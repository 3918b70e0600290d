use std::collections::HashMap;

use actix_web::{get, web};
use hgcs_db::PgConnection;
use hgcs_db::models::organisation::OrganisationRow;
use hgcs_db::models::task_party;
use hgcs_db::models::task_update::{self, EvidenceRow};
use hgcs_domain::api::plans::{Evidence, Figure, TaskDetail, TaskUpdate};
use hgcs_domain::policy::{self, Actor};
use hgcs_domain::{EvidenceId, TaskId, TaskUpdateId};

use super::readable_task;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::handlers::plans::{summaries, tasks_of, today};
use crate::openapi::ReadErrors;
use crate::state::AppState;

/// The task page: the task, its plan, its reports with evidence.
pub fn task_detail(
    conn: &mut PgConnection,
    actor: &Actor,
    id: TaskId,
) -> Result<TaskDetail, ApiError> {
    let (task, plan, _) = readable_task(conn, actor, id)?;
    let today = today();
    let leads = task_party::lead_organisations(conn, id)?;
    let plan_unit = plan.unit();
    let summary = summaries(conn, std::slice::from_ref(&plan), today)?
        .pop()
        .ok_or(ApiError::NotFound)?;
    let task = tasks_of(conn, vec![task], today)?
        .pop()
        .ok_or(ApiError::NotFound)?;
    Ok(TaskDetail {
        task,
        plan: summary,
        updates: updates_of(conn, id)?,
        can_report: policy::can_report_on_task(actor, plan_unit, &leads),
        can_manage: policy::can_manage_plan(actor, plan_unit),
    })
}

pub fn evidence_dto(row: EvidenceRow) -> Evidence {
    Evidence {
        id: EvidenceId(row.id),
        file_name: row.file_name,
        content_type: row.content_type,
        size_bytes: row.size_bytes,
        sha256: row.sha256,
        uploaded_at: row.created_at,
    }
}

fn updates_of(conn: &mut PgConnection, id: TaskId) -> Result<Vec<TaskUpdate>, ApiError> {
    let rows = task_update::for_task(conn, id)?;
    let ids: Vec<i64> = rows.iter().map(|(row, _, _)| row.id).collect();
    let mut evidence: HashMap<i64, Vec<Evidence>> = HashMap::new();
    for row in task_update::evidence_for(conn, &ids)? {
        evidence
            .entry(row.update_id)
            .or_default()
            .push(evidence_dto(row));
    }
    rows.into_iter()
        .map(|(row, author_name, organisation)| {
            let figures: Vec<Figure> = serde_json::from_value(row.figures.clone())
                .map_err(|e| ApiError::Internal(e.to_string()))?;
            Ok(TaskUpdate {
                id: TaskUpdateId(row.id),
                task_id: TaskId(row.task_id),
                status: row.status()?,
                evidence: evidence.remove(&row.id).unwrap_or_default(),
                author_organisation: organisation
                    .as_ref()
                    .map(OrganisationRow::summary)
                    .transpose()?,
                reported_on: row.reported_on,
                body: row.body,
                figures,
                progress: row.progress,
                author_name,
                created_at: row.created_at,
            })
        })
        .collect()
}

#[utoipa::path(
    tag = "plans",
    params(("id" = i64, Path, description = "Task id")),
    responses((status = 200, description = "The task with its reports", body = TaskDetail), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/tasks/{id}")]
pub async fn get_task(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<i64>,
) -> Result<web::Json<TaskDetail>, ApiError> {
    let id = TaskId(id.into_inner());
    let detail = db::run(&state.pool, move |conn| {
        task_detail(conn, &caller.actor, id)
    })
    .await?;
    Ok(web::Json(detail))
}
