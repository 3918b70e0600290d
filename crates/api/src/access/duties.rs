use hgcs_db::PgConnection;
use hgcs_db::models::unit;
use hgcs_db::views::duties::{self, Owed};
use hgcs_domain::UnitId;
use hgcs_domain::api::plans::DueReport;
use hgcs_domain::policy::{self, Actor};

use crate::error::ApiError;
use chrono::NaiveDate;

/// The periodic reports the caller owes (when it prepares its unit's) and,
/// for a reviewer (the Justice Office, the province), the late ones of the
/// units that report to it, split into overdue and
/// due by `until`; only those of units in `among` when a due list is
/// narrowed to a unit's tree.
pub fn owed_reports(
    conn: &mut PgConnection,
    actor: &Actor,
    among: Option<&[UnitId]>,
    today: NaiveDate,
    until: NaiveDate,
) -> Result<(Vec<DueReport>, Vec<DueReport>), ApiError> {
    let level = unit::level_of(conn, actor.unit_id)?;
    let owed = Owed {
        own: policy::can_prepare_report(actor, actor.unit_id, level).then_some(actor.unit_id),
        below: policy::follows_reports_below(actor).then_some(actor.unit_id),
    };
    let mut reports = duties::due_reports(conn, owed, today, until)?;
    if let Some(units) = among {
        reports.retain(|due| units.contains(&due.unit.id));
    }
    Ok(reports.into_iter().partition(|due| due.due_on < today))
}
