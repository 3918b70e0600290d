pub mod change_password;
pub mod get_me;

use hgcs_db::PgConnection;
use hgcs_db::models::organisation;
use hgcs_db::models::unit;
use hgcs_db::models::user::UserRow;
use hgcs_domain::api::auth::Me;
use hgcs_domain::{OrganisationId, UnitId, UserId};

use crate::error::ApiError;

/// The signed-in user with their unit and organisation, as the SPA shows them.
pub fn me_of(conn: &mut PgConnection, row: UserRow) -> Result<Me, ApiError> {
    let unit = unit::find(conn, UnitId(row.unit_id))?.summary()?;
    let organisation = match row.organisation_id {
        Some(id) => Some(organisation::find(conn, OrganisationId(id))?.summary()?),
        None => None,
    };
    Ok(Me {
        id: UserId(row.id),
        role: row.role()?,
        username: row.username,
        display_name: row.display_name,
        unit,
        organisation,
    })
}
