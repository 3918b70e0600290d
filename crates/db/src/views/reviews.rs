//! A plan's final review: what was written, beside the registers'
//! figures over the plan's period, the tasks as they stand with their
//! evidence and the commendations approved, all read now.

use std::collections::HashMap;

use chrono::Datelike;
use diesel::PgConnection;
use diesel::result::{Error, QueryResult};
use hgcs_domain::PlanId;
use hgcs_domain::api::reports::ReportPeriod;
use hgcs_domain::api::reviews::{FinalReview, ReviewedTask};
use hgcs_domain::plan::document_label;
use hgcs_domain::time::today;

use super::commendations::commendations;
use super::reports::{from_registers, tasks_with_evidence};
use crate::models::plan::PlanRow;
use crate::models::{commendation, final_review, unit};

/// The plan's period as a reporting period, its figures counted up to
/// its end or today, whichever comes first.
fn plan_period(plan: &PlanRow) -> ReportPeriod {
    let (from, to) = (plan.period_start, plan.period_end);
    let span = |day: chrono::NaiveDate| day.format("%d/%m/%Y").to_string();
    ReportPeriod {
        code: "plan".to_owned(),
        year: from.year(),
        name_vi: format!("Từ ngày {} đến ngày {}", span(from), span(to)),
        name_en: format!("From {} to {}", span(from), span(to)),
        starts_on: from,
        ends_on: to,
        actual_until: to.min(today()).max(from),
        ward_due_on: to,
        city_due_on: to,
    }
}

pub fn final_review(
    conn: &mut PgConnection,
    plan: &PlanRow,
    can_edit: bool,
) -> QueryResult<FinalReview> {
    let period = plan_period(plan);
    let (lines, predecessors) = from_registers(conn, plan.unit(), &period)?;
    let written = final_review::of_plan(conn, PlanId(plan.id))?;
    let mut assessments: HashMap<String, String> = match &written {
        Some((row, _)) => serde_json::from_value(row.assessments.clone())
            .map_err(|e| Error::DeserializationError(Box::new(e)))?,
        None => HashMap::new(),
    };
    let tasks = tasks_with_evidence(conn, &[plan.id])?
        .into_iter()
        .map(|task| ReviewedTask {
            assessment: assessments
                .remove(&task.task_id.0.to_string())
                .unwrap_or_default(),
            task,
        })
        .collect();
    let held = unit::held_units(conn, plan.unit())?;
    let years = plan.period_start.year()..=plan.period_end.year();
    let rows = commendation::approved_in(conn, &held, years)?;
    let unit = unit::summaries(conn, &[plan.unit()])?
        .pop()
        .ok_or(Error::NotFound)?;
    let (row, writer) = match written {
        Some((row, writer)) => (Some(row), Some(writer)),
        None => (None, None),
    };
    Ok(FinalReview {
        plan_id: PlanId(plan.id),
        plan_title: plan.title.clone(),
        plan_number: document_label(&plan.doc_number, &plan.doc_type, &plan.doc_issuer),
        unit,
        period_start: period.starts_on,
        period_end: period.ends_on,
        figures_until: period.actual_until,
        lines,
        predecessors,
        tasks,
        commendations: commendations(conn, rows)?,
        summary: row.as_ref().map(|r| r.summary.clone()).unwrap_or_default(),
        lessons: row.as_ref().map(|r| r.lessons.clone()).unwrap_or_default(),
        proposals: row
            .as_ref()
            .map(|r| r.proposals.clone())
            .unwrap_or_default(),
        written_by_name: writer,
        written_at: row.as_ref().map(|r| r.updated_at),
        can_edit,
        version: row.as_ref().map_or(0, |r| r.version),
    })
}
