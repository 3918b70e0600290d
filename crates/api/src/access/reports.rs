use hgcs_db::PgConnection;
use hgcs_db::models::report::{self, ReportRow};
use hgcs_db::models::unit;
use hgcs_db::views::reports::ReportRights;
use hgcs_domain::policy::{self, Actor};
use hgcs_domain::reports::Period;
use hgcs_domain::validation::{LevelRule, Rule};
use hgcs_domain::{ReportId, UnitId, UnitLevel};

use super::{reach, unless};
use crate::error::ApiError;

/// The unit whose report figures the caller asks for: one they may read
/// (403 otherwise, as for a list filtered on a unit), a commune or ward
/// or a unit above (422 for a village).
pub fn report_unit(
    conn: &mut PgConnection,
    actor: &Actor,
    unit_id: UnitId,
) -> Result<UnitId, ApiError> {
    if !policy::can_read_indicators(actor, reach(conn, actor, unit_id)?) {
        return Err(ApiError::Forbidden);
    }
    let level = unit::summaries(conn, &[unit_id])?
        .first()
        .map(|unit| unit.level)
        .ok_or_else(|| ApiError::invalid("unit_id", Rule::UnknownReference))?;
    if level == UnitLevel::Village {
        return Err(ApiError::invalid(
            "unit_id",
            Rule::WrongLevel(LevelRule::ReportAboveVillage),
        ));
    }
    Ok(unit_id)
}

/// A report the caller may read, with its period and where its unit sits.
pub struct ReadableReport {
    pub row: ReportRow,
    pub period: Period,
    pub level: UnitLevel,
    /// The unit right above the report's: who reviews it.
    pub parent: Option<UnitId>,
}

impl ReadableReport {
    /// What the policy lets the caller do with it.
    pub fn rights(&self, actor: &Actor) -> ReportRights {
        ReportRights {
            edit: policy::can_prepare_report(actor, self.row.unit(), self.level),
            review: policy::can_review_report(actor, self.parent),
        }
    }
}

/// The report, if the caller may read its unit's figures (404 otherwise).
pub fn readable_report(
    conn: &mut PgConnection,
    actor: &Actor,
    id: ReportId,
) -> Result<ReadableReport, ApiError> {
    let row = report::find(conn, id)?;
    unless(policy::can_read_indicators(
        actor,
        reach(conn, actor, row.unit())?,
    ))?;
    let period = row.period()?;
    let path = unit::path(conn, row.unit())?;
    let level = unit::summaries(conn, &[row.unit()])?
        .first()
        .map(|unit| unit.level)
        .ok_or(ApiError::NotFound)?;
    Ok(ReadableReport {
        row,
        period,
        level,
        parent: path.get(1).copied(),
    })
}
