use hgcs_db::PgConnection;
use hgcs_db::models::import::{self, ImportRowRecord};
use hgcs_domain::UnitId;
use hgcs_domain::policy::{self, Actor};

use super::unless;
use crate::error::ApiError;

/// The import, if it is the caller's ward's and the caller keeps its teams.
pub fn own_import(
    conn: &mut PgConnection,
    actor: &Actor,
    id: i64,
) -> Result<ImportRowRecord, ApiError> {
    let row = import::find(conn, id)?;
    unless(policy::can_use_import(actor, UnitId(row.unit_id)))?;
    Ok(row)
}
