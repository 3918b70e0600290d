pub mod create_unit;
pub mod get_unit;
pub mod list_units;

use hgcs_db::PgConnection;
use hgcs_db::models::unit;
use hgcs_domain::UnitId;
use hgcs_domain::policy::Actor;

use crate::error::ApiError;

/// The units whose reference data the caller may read: their own subtree
/// and the units above them. `None` means all (administrators).
pub fn visible_units(
    conn: &mut PgConnection,
    actor: &Actor,
) -> Result<Option<Vec<UnitId>>, ApiError> {
    if actor.is_admin() {
        return Ok(None);
    }
    let mut ids = unit::subtree(conn, actor.unit_id)?;
    ids.extend(unit::path(conn, actor.unit_id)?.into_iter().skip(1));
    Ok(Some(ids))
}
