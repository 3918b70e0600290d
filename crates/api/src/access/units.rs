use hgcs_db::PgConnection;
use hgcs_db::models::organisation::{self, OrganisationRow};
use hgcs_db::models::unit;
use hgcs_domain::policy::{self, Actor};
use hgcs_domain::{OrganisationId, UnitId};

use super::{reach, unless};
use crate::error::ApiError;

/// The units whose reference data the caller may read: their own subtree
/// (with the units it took over in a reorganisation)
/// and the units above them. `None` means all of them.
pub fn visible_units(
    conn: &mut PgConnection,
    actor: &Actor,
) -> Result<Option<Vec<UnitId>>, ApiError> {
    if policy::sees_every_unit(actor) {
        return Ok(None);
    }
    let mut ids = unit::held_units(conn, actor.unit_id)?;
    ids.extend(unit::path(conn, actor.unit_id)?.into_iter().skip(1));
    Ok(Some(ids))
}

/// The organisation, if the caller may read its unit.
pub fn readable_organisation(
    conn: &mut PgConnection,
    actor: &Actor,
    id: OrganisationId,
) -> Result<OrganisationRow, ApiError> {
    let row = organisation::find(conn, id)?;
    unless(policy::can_view_unit(
        actor,
        reach(conn, actor, UnitId(row.unit_id))?,
    ))?;
    Ok(row)
}
