use crate::access::readable_plan;
use actix_web::{HttpResponse, post, web};
use chrono::Datelike;
use hgcs_db::PgConnection;
use hgcs_db::models::audit;
use hgcs_db::models::plan::{self, PlanRow, PlanValues};
use hgcs_db::models::plan_task::{self, NewTaskRow};
use hgcs_db::models::task_party::{self, NewPartyRow};
use hgcs_db::views;
use hgcs_domain::PlanId;
use hgcs_domain::plan::{PlanStatus, title_next_year};
use hgcs_domain::policy::{self, Reach};
use hgcs_domain::schedule::a_year_later;
use hgcs_domain::time::today;
use serde_json::json;

use crate::audit::{Change, action};
use crate::auth::Authenticated;
use crate::db;
use crate::error::{ApiError, Text};
use crate::responses::{IdempotencyKey, WriteErrors};
use crate::state::AppState;

/// Copies a plan to the next year: its texts, tasks, leads and partners,
/// every schedule a year later. Progress, updates and evidence stay with
/// the old plan. The copy is a draft without a number until it is issued;
/// a plan is copied once (409 names the copy). A ward's plan is not
/// copied: the ward derives next year's from next year's city plan.
#[utoipa::path(
    tag = "plans",
    params(("id" = i64, Path, description = "The plan to copy"), IdempotencyKey),
    responses((status = 201, description = "Next year's plan, a draft", body = hgcs_domain::api::plans::Plan), WriteErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/plans/{id}/next-year")]
pub async fn copy_to_next_year(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let source_id = PlanId(id.into_inner());
    let created = db::transaction(&state.pool, move |conn| {
        let (source, _) = readable_plan(conn, &caller.actor, source_id)?;
        if !policy::can_manage_plan(&caller.actor, source.unit()) {
            return Err(ApiError::Forbidden);
        }
        if source.parent_plan_id.is_some() {
            return Err(ApiError::Conflict(Text::new(
                "Kế hoạch của phường, xã được lập từ kế hoạch năm sau của thành phố".to_owned(),
                "A ward's plan is made from the city's plan of the next year".to_owned(),
            )));
        }
        if let Some(copy) = plan::copy_of(conn, source_id)? {
            return Err(ApiError::Conflict(Text::new(
                format!("Kế hoạch này đã được sao sang năm sau (mã {})", copy.id),
                format!(
                    "This plan was already copied to the next year (id {})",
                    copy.id
                ),
            )));
        }
        let row = plan::insert(conn, source.unit(), None, &next_values(&source), None)?;
        plan::mark_copied(conn, row.plan_id(), source_id)?;
        let copied = copy_tasks(conn, &source, &row)?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::CREATE,
                entity: "plan",
                entity_id: row.id.to_string(),
                unit_id: Some(source.unit()),
                details: json!({ "copied_from": source_id, "tasks_copied": copied }),
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

/// The plan's texts a year later, as a draft not yet issued.
fn next_values(source: &PlanRow) -> PlanValues {
    PlanValues {
        doc_number: String::new(),
        doc_type: source.doc_type.clone(),
        doc_issuer: source.doc_issuer.clone(),
        issued_on: None,
        issued_place: source.issued_place.clone(),
        signer_name: source.signer_name.clone(),
        signer_title: source.signer_title.clone(),
        title: title_next_year(
            &source.title,
            source.period_start.year(),
            source.period_end.year(),
        ),
        period_start: a_year_later(source.period_start),
        period_end: a_year_later(source.period_end),
        purpose: source.purpose.clone(),
        requirements: source.requirements.clone(),
        funding: source.funding.clone(),
        legal_basis: source.legal_basis.clone(),
        duties: source.duties.clone(),
        status: PlanStatus::Draft.as_str().to_owned(),
    }
}

/// Copies every task with its parties, schedules a year later; returns
/// how many.
fn copy_tasks(
    conn: &mut PgConnection,
    source: &PlanRow,
    copy: &PlanRow,
) -> Result<usize, ApiError> {
    let originals = plan_task::for_plan(conn, source.plan_id())?;
    let ids: Vec<i64> = originals.iter().map(|t| t.id).collect();
    let parties = task_party::for_tasks(conn, &ids)?;
    for original in &originals {
        let mut new = NewTaskRow::new(
            copy.plan_id(),
            original.code.clone(),
            original.position,
            original.title.clone(),
            &original.schedule()?.next_year(),
        );
        new.description = original.description.clone();
        new.concerns_wards = original.concerns_wards;
        let task = plan_task::insert(conn, &new)?;
        let rows: Vec<NewPartyRow> = parties
            .iter()
            .filter(|(party, _)| party.task_id == original.id)
            .enumerate()
            .map(|(position, (party, _))| party.copied_to(task.id, position))
            .collect();
        task_party::insert_all(conn, &rows)?;
    }
    Ok(originals.len())
}
