use hgcs_db::PgConnection;
use hgcs_db::models::pilot::{self, PilotRow};
use hgcs_domain::policy::{self, Actor, Reach};
use hgcs_domain::{PilotId, UnitId};

use super::{reach, unless};
use crate::error::ApiError;

/// The pilot and where its unit stands for the caller.
pub fn readable_pilot(
    conn: &mut PgConnection,
    actor: &Actor,
    id: PilotId,
) -> Result<(PilotRow, Reach), ApiError> {
    let row = pilot::find(conn, id)?;
    let reach = reach(conn, actor, UnitId(row.unit_id))?;
    unless(policy::can_read_pilot(actor, reach))?;
    Ok((row, reach))
}
