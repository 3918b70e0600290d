//! The periodic reports owed by rhythm, for due lists: section III's
//! duties that have a deadline every period.

use chrono::{Datelike, NaiveDate};
use diesel::PgConnection;
use diesel::result::QueryResult;
use hgcs_domain::ReportId;
use hgcs_domain::api::plans::DueReport;
use hgcs_domain::api::units::UnitSummary;
use hgcs_domain::reports::ReportStatus;

use super::reports::{due_on, exists_at_end, reporting_among};
use crate::models::unit;
use crate::models::{indicator, report};

/// Whose reports a due list follows.
#[derive(Debug, Clone, Copy, Default)]
pub struct Owed {
    /// The unit the caller prepares reports for.
    pub own: Option<hgcs_domain::UnitId>,
    /// The unit whose reporting units' late reports the caller follows
    /// (a city's wards; a province's cities and the wards under it).
    pub below: Option<hgcs_domain::UnitId>,
}

/// The reports of the periods of last year and this one that `owed`
/// names, due by `until` (the caller's own) or before `today` (those
/// followed), and not yet submitted or accepted; soonest due first.
pub fn due_reports(
    conn: &mut PgConnection,
    owed: Owed,
    today: NaiveDate,
    until: NaiveDate,
) -> QueryResult<Vec<DueReport>> {
    let own = match owed.own {
        Some(id) => Some(unit::find(conn, id)?),
        None => None,
    };
    // The units below, read once for every period.
    let children = match owed.below {
        Some(above) => unit::children(conn, above)?,
        None => Vec::new(),
    };
    let mut found = Vec::new();
    for year in [today.year() - 1, today.year()] {
        for period in indicator::periods(conn, year)? {
            let mut candidates: Vec<(UnitSummary, NaiveDate, bool)> = Vec::new();
            if let Some(own) = own.as_ref().filter(|u| exists_at_end(u, &period)) {
                let due = due_on(own.level()?, &period);
                if due <= until {
                    candidates.push((own.summary()?, due, true));
                }
            }
            for child in reporting_among(&children, &period)? {
                let due = due_on(child.level, &period);
                if due < today {
                    candidates.push((child, due, false));
                }
            }
            if candidates.is_empty() {
                continue;
            }
            let ids: Vec<_> = candidates.iter().map(|(u, ..)| u.id).collect();
            let started = report::of_units(conn, &ids, year, &period.code)?;
            for (unit, due_on, own) in candidates {
                let row = started.iter().find(|r| r.unit_id == unit.id.0);
                let status = row.map(|r| r.status()).transpose()?;
                if matches!(
                    status,
                    Some(ReportStatus::Submitted | ReportStatus::Accepted)
                ) {
                    continue;
                }
                found.push(DueReport {
                    unit,
                    period: period.clone(),
                    due_on,
                    report_id: row.map(|r| ReportId(r.id)),
                    status,
                    own,
                });
            }
        }
    }
    found.sort_by_key(|due| (due.due_on, !due.own, due.unit.name.clone()));
    Ok(found)
}
