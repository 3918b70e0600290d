use hgcs_db::PgConnection;
use hgcs_db::models::indicator;
use hgcs_db::views;
use hgcs_domain::api::dashboard::{Dashboard, DashboardQuery};
use hgcs_domain::policy::Actor;
use hgcs_domain::reports::current_period;
use hgcs_domain::time::today;
use hgcs_domain::validation::Rule;

use super::report_unit;
use crate::error::ApiError;

/// The dashboard of the unit asked for (the caller's by default), if the
/// caller may read its figures (403 otherwise): the year asked for or
/// this one, the period asked for or the year's latest ended.
pub fn readable_dashboard(
    conn: &mut PgConnection,
    actor: &Actor,
    query: DashboardQuery,
) -> Result<Dashboard, ApiError> {
    let today = today();
    let root = report_unit(conn, actor, query.unit_id.unwrap_or(actor.unit_id))?;
    let year = query.year.unwrap_or_else(|| chrono::Datelike::year(&today));
    let period = match &query.period {
        Some(code) => indicator::period(conn, code, year)?,
        None => current_period(indicator::periods(conn, year)?, today),
    }
    .ok_or_else(|| ApiError::invalid("period", Rule::UnknownReference))?;
    Ok(views::dashboard::dashboard(
        conn, root, year, period, today,
    )?)
}
