use hgcs_db::PgConnection;
use hgcs_db::models::unit;
use hgcs_domain::policy::{self, Actor};
use hgcs_domain::validation::{LevelRule, Rule};
use hgcs_domain::{UnitId, UnitLevel};

use super::reach;
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
