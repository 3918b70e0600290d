//! Indicator tables and reports: the indicator list in force with each
//! line's figures, from the registers (a ward) or summed from the accepted
//! reports of the units below (a city).

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, NaiveDate, Utc};
use diesel::PgConnection;
use diesel::result::{Error, QueryResult};
use hgcs_domain::api::plans::PlanQuery;
use hgcs_domain::api::reports::{
    IndicatorTable, Report, ReportChange, ReportContent, ReportEvidence, ReportLine,
    ReportOverview, ReportSource, ReportSubmission, ReportTask, UnitReportStatus,
};
use hgcs_domain::api::units::UnitSummary;
use hgcs_domain::reports::{
    Figures, Measure, Period, ReportStatus, ReviewOutcome, sum_lines, with_estimates,
};
use hgcs_domain::text::ascii_alnum;
use hgcs_domain::{EvidenceId, PlanId, ReportId, TaskId, UnitId, UnitLevel};

use super::stored;
use crate::models::indicator::{self, IndicatorRow};
use crate::models::report::{self, ReportRow};
use crate::models::unit::UnitRow;
use crate::models::{parse_word, plan, plan_task, task_update, unit};

/// The indicators in force as report lines without figures.
fn template(rows: Vec<IndicatorRow>) -> QueryResult<Vec<ReportLine>> {
    rows.into_iter()
        .map(|row| {
            Ok(ReportLine {
                measure: parse_word(&row.measure, Measure::parse)?,
                code: row.code,
                section_vi: row.section_vi,
                section_en: row.section_en,
                label_vi: row.label_vi,
                label_en: row.label_en,
                unit_vi: row.unit_vi,
                unit_en: row.unit_en,
                actual: None,
                estimate: None,
                total: None,
            })
        })
        .collect()
}

fn summary(conn: &mut PgConnection, id: UnitId) -> QueryResult<UnitSummary> {
    unit::summaries(conn, &[id])?.pop().ok_or(Error::NotFound)
}

/// The registers' figures of `root`'s tree (and the units it took over)
/// as lines, with the former units counted.
pub(crate) fn from_registers(
    conn: &mut PgConnection,
    root: UnitId,
    period: &Period,
) -> QueryResult<(Vec<ReportLine>, Vec<UnitSummary>)> {
    let counted = indicator::counted_units(conn, root, period.ends_on)?;
    let figures: Figures = indicator::figures(conn, &counted, period)?;
    let mut lines = template(indicator::indicators(conn)?)?;
    for line in &mut lines {
        line.actual = figures.value(line.measure);
        line.total = line.actual;
    }
    Ok((lines, unit::summaries(conn, &counted.former)?))
}

pub fn indicator_table(
    conn: &mut PgConnection,
    root: UnitId,
    period: Period,
) -> QueryResult<IndicatorTable> {
    let (rows, predecessors) = from_registers(conn, root, &period)?;
    Ok(IndicatorTable {
        unit: summary(conn, root)?,
        period,
        predecessors,
        computed_at: Utc::now(),
        rows,
    })
}

/// The units that report to `root` for `period`: its children that are
/// communes or districts and exist at the period's end. A unit with none
/// reports from its registers; one with some sums their reports.
pub fn reporting_units(
    conn: &mut PgConnection,
    root: UnitId,
    period: &Period,
) -> QueryResult<Vec<UnitSummary>> {
    reporting_among(&unit::children(conn, root)?, period)
}

/// Of a unit's `children`, those that report to it for `period`.
pub fn reporting_among(children: &[UnitRow], period: &Period) -> QueryResult<Vec<UnitSummary>> {
    let mut found = Vec::new();
    for child in children {
        let level = child.level()?;
        // Units that ended before the period did (communes merged in 2025)
        // report no more: their successors count their records.
        if matches!(level, UnitLevel::Commune | UnitLevel::District) && exists_at_end(child, period)
        {
            found.push(child.summary()?);
        }
    }
    Ok(found)
}

/// Whether `unit` exists at the end of `period`.
pub fn exists_at_end(unit: &UnitRow, period: &Period) -> bool {
    unit.valid_from.is_none_or(|from| from <= period.ends_on)
        && unit.valid_to.is_none_or(|to| to >= period.ends_on)
}

/// Whether a report of `root` takes estimates: it counts its registers
/// and its period has days after the cut-off.
pub fn takes_estimates(
    conn: &mut PgConnection,
    root: UnitId,
    period: &Period,
) -> QueryResult<bool> {
    Ok(period.actual_until < period.ends_on && reporting_units(conn, root, period)?.is_empty())
}

/// The day a unit's report is due at the unit above.
pub fn due_on(level: UnitLevel, period: &Period) -> NaiveDate {
    if level == UnitLevel::Commune {
        period.ward_due_on
    } else {
        period.city_due_on
    }
}

/// The tasks of `unit`'s plans for `year`, with their evidence files.
fn plan_tasks(conn: &mut PgConnection, unit: UnitId, year: i32) -> QueryResult<Vec<ReportTask>> {
    let filter = PlanQuery {
        unit_id: Some(unit),
        year: Some(year),
        ..PlanQuery::default()
    };
    let plans: Vec<i64> = plan::list(conn, &filter, None)?
        .iter()
        .map(|p| p.id)
        .collect();
    if plans.is_empty() {
        return Ok(Vec::new());
    }
    tasks_with_evidence(conn, &plans)
}

/// The tasks of `plans` in their order, with their evidence files.
pub(crate) fn tasks_with_evidence(
    conn: &mut PgConnection,
    plans: &[i64],
) -> QueryResult<Vec<ReportTask>> {
    let tasks = plan_task::for_plans(conn, plans)?;
    let ids: Vec<i64> = tasks.iter().map(|t| t.id).collect();
    let mut evidence: HashMap<i64, Vec<ReportEvidence>> = HashMap::new();
    for (task, file) in task_update::evidence_of_tasks(conn, &ids)? {
        evidence.entry(task).or_default().push(ReportEvidence {
            id: EvidenceId(file.id),
            file_name: file.file_name,
        });
    }
    tasks
        .into_iter()
        .map(|task| {
            Ok(ReportTask {
                task_id: TaskId(task.id),
                plan_id: PlanId(task.plan_id),
                status: task.status()?,
                evidence: evidence.remove(&task.id).unwrap_or_default(),
                code: task.code,
                title: task.title,
                progress: task.progress,
                due_on: task.due_on,
            })
        })
        .collect()
}

/// The report as it reads now: the registers' figures with the
/// estimates, or the sum of the accepted reports below.
pub fn live_content(
    conn: &mut PgConnection,
    row: &ReportRow,
    period: Period,
) -> QueryResult<ReportContent> {
    let below = reporting_units(conn, row.unit(), &period)?;
    let (lines, predecessors, sources) = if below.is_empty() {
        let (mut lines, former) = from_registers(conn, row.unit(), &period)?;
        let estimates: BTreeMap<String, i64> = stored(row.estimates.clone())?;
        with_estimates(&mut lines, &estimates);
        (lines, former, Vec::new())
    } else {
        let ids: Vec<UnitId> = below.iter().map(|u| u.id).collect();
        let accepted = report::accepted(conn, &ids, row.year, &row.period_code)?;
        let mut contents = Vec::with_capacity(accepted.len());
        let mut sources = Vec::with_capacity(accepted.len());
        for (report_id, unit_id, number, content) in accepted {
            let content: ReportContent = stored(content)?;
            sources.push(ReportSource {
                report_id: ReportId(report_id),
                unit: below
                    .iter()
                    .find(|u| u.id.0 == unit_id)
                    .cloned()
                    .ok_or(Error::NotFound)?,
                version: number,
            });
            contents.push(content);
        }
        let mut lines = template(indicator::indicators(conn)?)?;
        let summed: Vec<&[ReportLine]> = contents.iter().map(|c| c.lines.as_slice()).collect();
        sum_lines(&mut lines, &summed);
        (lines, Vec::new(), sources)
    };
    Ok(ReportContent {
        unit: summary(conn, row.unit())?,
        period,
        number: row.number.clone(),
        commentary: row.commentary.clone(),
        predecessors,
        sources,
        computed_at: Utc::now(),
        lines,
        tasks: plan_tasks(conn, row.unit(), row.year)?,
    })
}

/// What the caller may do with a report.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReportRights {
    pub edit: bool,
    pub review: bool,
}

/// The report with its submissions: the last one's content once frozen,
/// the live figures while open.
pub fn report(
    conn: &mut PgConnection,
    row: ReportRow,
    period: Period,
    rights: ReportRights,
) -> QueryResult<Report> {
    let status = row.status()?;
    let rows = report::submissions(conn, ReportId(row.id))?;
    let level = summary(conn, row.unit())?.level;
    let due_on = due_on(level, &period);
    let takes_estimates = takes_estimates(conn, row.unit(), &period)?;
    let content = match rows.last() {
        Some((last, ..)) if status.is_frozen() => stored(last.content.clone())?,
        _ => live_content(conn, &row, period)?,
    };
    let submissions = rows
        .into_iter()
        .map(|(sub, submitted_by, reviewed_by)| {
            Ok(ReportSubmission {
                number: sub.number,
                submitted_at: sub.submitted_at,
                submitted_by,
                outcome: parse_word(&sub.outcome, ReviewOutcome::parse)?,
                comment: sub.comment,
                reviewed_at: sub.reviewed_at,
                reviewed_by,
            })
        })
        .collect::<QueryResult<_>>()?;
    Ok(Report {
        id: ReportId(row.id),
        status,
        version: row.version,
        content,
        submissions,
        due_on,
        may_edit: rights.edit && status.is_open(),
        may_review: rights.review && status == ReportStatus::Submitted,
        takes_estimates,
    })
}

/// Where the reports of `root` and of the units reporting to it stand.
pub fn overview(
    conn: &mut PgConnection,
    root: UnitId,
    period: Period,
    today: NaiveDate,
) -> QueryResult<ReportOverview> {
    let own = summary(conn, root)?;
    let below = reporting_units(conn, root, &period)?;
    let ids: Vec<UnitId> = std::iter::once(root)
        .chain(below.iter().map(|u| u.id))
        .collect();
    let rows = report::of_units(conn, &ids, period.year, &period.code)?;
    let report_ids: Vec<ReportId> = rows.iter().map(|r| ReportId(r.id)).collect();
    let first: HashMap<i64, DateTime<Utc>> = report::first_submitted(conn, &report_ids)?
        .into_iter()
        .collect();
    let status_of = |unit: UnitSummary| -> QueryResult<UnitReportStatus> {
        let due_on = due_on(unit.level, &period);
        let row = rows.iter().find(|r| r.unit_id == unit.id.0);
        let submitted_at = row.and_then(|r| first.get(&r.id).copied());
        let late = match submitted_at {
            Some(at) => hgcs_domain::time::day_in_vietnam(at) > due_on,
            None => today > due_on,
        };
        Ok(UnitReportStatus {
            unit,
            report_id: row.map(|r| ReportId(r.id)),
            status: row.map(ReportRow::status).transpose()?,
            submitted_at,
            due_on,
            late,
        })
    };
    let own = status_of(own)?;
    let reporting = below
        .into_iter()
        .map(status_of)
        .collect::<QueryResult<_>>()?;
    Ok(ReportOverview {
        period,
        own,
        reporting,
    })
}

/// A file name for the report: "bao-cao-<unit code>-<year>-<period>.<ext>",
/// ASCII only so every browser keeps it.
pub fn file_name(content: &ReportContent, ext: &str) -> String {
    format!(
        "bao-cao-{}-{}-{}.{ext}",
        ascii_alnum(&content.unit.code),
        content.period.year,
        content.period.code
    )
}

/// Changed reports as the feed shows them, their units from the tree.
pub fn changes(
    conn: &mut PgConnection,
    rows: Vec<(ReportRow, Option<i32>)>,
) -> QueryResult<Vec<ReportChange>> {
    let ids: Vec<UnitId> = rows.iter().map(|(row, _)| row.unit()).collect();
    let units = unit::summaries(conn, &ids)?;
    rows.into_iter()
        .map(|(row, submission)| {
            Ok(ReportChange {
                id: ReportId(row.id),
                unit: units
                    .iter()
                    .find(|u| u.id == row.unit())
                    .cloned()
                    .ok_or(Error::NotFound)?,
                year: row.year,
                status: row.status()?,
                period: row.period_code,
                version: row.version,
                submission,
                updated_at: row.updated_at,
            })
        })
        .collect()
}
