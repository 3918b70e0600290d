//! Plans and their tasks: shared loading, access and conversion.

pub mod create_plan;
pub mod create_task;
pub mod derive_ward_plan;
pub mod get_plan;
pub mod list_plans;
pub mod update_plan;

use std::collections::HashMap;

use chrono::{NaiveDate, Utc};
use hgcs_db::PgConnection;
use hgcs_db::models::organisation::OrganisationRow;
use hgcs_db::models::plan::{self, PlanRow, PlanValues};
use hgcs_db::models::plan_task::TaskRow;
use hgcs_db::models::{task_party, unit};
use hgcs_domain::api::plans::{Duty, Party, PlanInput, PlanSummary, Task};
use hgcs_domain::plan::{DocumentRef, is_overdue};
use hgcs_domain::policy::{self, Actor, Reach};
use hgcs_domain::text::clean;
use hgcs_domain::validation::{Checker, Rule};
use hgcs_domain::{PlanId, TaskId, UnitId};

use crate::error::ApiError;

/// Today in Vietnam (UTC+7, no daylight saving): due days are Vietnamese days.
pub fn today() -> NaiveDate {
    (Utc::now() + chrono::Duration::hours(7)).date_naive()
}

/// Where the plan's unit stands for the caller.
pub fn reach_of(
    conn: &mut PgConnection,
    actor: &Actor,
    unit_id: UnitId,
) -> Result<Reach, ApiError> {
    let target = unit::path(conn, unit_id)?;
    let own = unit::path(conn, actor.unit_id)?;
    Ok(actor.reach(&target, &own))
}

/// The plan if the caller may read it: 404 when missing, 403 when outside
/// their scope.
pub fn readable_plan(
    conn: &mut PgConnection,
    actor: &Actor,
    id: PlanId,
) -> Result<(PlanRow, Reach), ApiError> {
    let row = plan::find(conn, id)?;
    let reach = reach_of(conn, actor, row.unit())?;
    if !policy::can_read_plan(actor, reach) {
        return Err(ApiError::Forbidden);
    }
    Ok((row, reach))
}

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
) -> Result<Vec<PlanSummary>, ApiError> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let stats = plan::stats(conn, &ids, today)?;
    let unit_ids: Vec<UnitId> = rows.iter().map(PlanRow::unit).collect();
    let units: HashMap<UnitId, _> = unit::summaries(conn, &unit_ids)?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();
    rows.iter()
        .map(|row| {
            let stat = stats.get(&row.id).copied().unwrap_or_default();
            Ok(PlanSummary {
                id: row.plan_id(),
                unit: units.get(&row.unit()).cloned().ok_or(ApiError::NotFound)?,
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

/// Tasks with their parties, loaded in one query for all of them.
pub fn tasks_of(
    conn: &mut PgConnection,
    rows: Vec<TaskRow>,
    today: NaiveDate,
) -> Result<Vec<Task>, ApiError> {
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
            })
        })
        .collect()
}

pub fn legal_basis_of(row: &PlanRow) -> Result<Vec<DocumentRef>, ApiError> {
    serde_json::from_value(row.legal_basis.clone()).map_err(|e| ApiError::Internal(e.to_string()))
}

pub fn duties_of(row: &PlanRow) -> Result<Vec<Duty>, ApiError> {
    serde_json::from_value(row.duties.clone()).map_err(|e| ApiError::Internal(e.to_string()))
}

fn document(
    check: &mut Checker,
    field: &str,
    doc: &DocumentRef,
    number_required: bool,
) -> DocumentRef {
    DocumentRef {
        number: check.text(
            &format!("{field}.number"),
            &doc.number,
            usize::from(number_required),
            30,
        ),
        doc_type: check.text(&format!("{field}.doc_type"), &doc.doc_type, 1, 20),
        issuer: check.text(&format!("{field}.issuer"), &doc.issuer, 1, 60),
        issued_on: doc.issued_on,
        title: doc.title.as_deref().map(clean).filter(|t| !t.is_empty()),
    }
}

/// Checks a plan as typed and turns it into stored values.
pub fn checked_plan(input: &PlanInput) -> Result<PlanValues, ApiError> {
    let mut check = Checker::new();
    let doc = document(&mut check, "document", &input.document, false);
    let title = check.text("title", &input.title, 1, 1000);
    if input.period_end < input.period_start {
        check.add(
            "period_end",
            Rule::Custom {
                code: "before_start",
                vi: "Ngày kết thúc trước ngày bắt đầu".into(),
                en: "The period ends before it starts".into(),
            },
        );
    }
    let legal_basis: Vec<DocumentRef> = input
        .legal_basis
        .iter()
        .enumerate()
        .map(|(i, doc)| document(&mut check, &format!("legal_basis[{i}]"), doc, true))
        .collect();
    let duties: Vec<Duty> = input
        .duties
        .iter()
        .enumerate()
        .map(|(i, duty)| Duty {
            heading: check.text(&format!("duties[{i}].heading"), &duty.heading, 1, 500),
            body: check.text(&format!("duties[{i}].body"), &duty.body, 0, 20_000),
        })
        .collect();
    let values = PlanValues {
        doc_number: doc.number,
        doc_type: doc.doc_type,
        doc_issuer: doc.issuer,
        issued_on: doc.issued_on,
        issued_place: check.text("issued_place", &input.issued_place, 0, 200),
        signer_name: check.text("signer_name", &input.signer_name, 0, 200),
        signer_title: check.text("signer_title", &input.signer_title, 0, 200),
        title,
        period_start: input.period_start,
        period_end: input.period_end,
        purpose: check.text("purpose", &input.purpose, 0, 20_000),
        requirements: check.text("requirements", &input.requirements, 0, 20_000),
        funding: check.text("funding", &input.funding, 0, 5_000),
        legal_basis: serde_json::to_value(&legal_basis).unwrap_or_default(),
        duties: serde_json::to_value(&duties).unwrap_or_default(),
        status: input.status.as_str().to_owned(),
    };
    check.finish().map_err(ApiError::Validation)?;
    Ok(values)
}
