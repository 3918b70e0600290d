use hgcs_db::models::organisation::{self, OrganisationRow};
use hgcs_db::models::unit;
use hgcs_db::{DbError, PgConnection};
use hgcs_domain::policy::{self, Actor};
use hgcs_domain::validation::Rule;
use hgcs_domain::{OrganisationId, UnitId};

use super::{reach, unless};
use crate::error::ApiError;

/// A unit a request names (`field`): 422 naming the field when there is
/// no such unit.
pub fn referenced_unit(
    conn: &mut PgConnection,
    id: UnitId,
    field: &str,
) -> Result<unit::UnitRow, ApiError> {
    match unit::find(conn, id) {
        Ok(row) => Ok(row),
        Err(DbError::NotFound) => Err(ApiError::invalid(field, Rule::UnknownReference)),
        Err(other) => Err(other.into()),
    }
}

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
