//! The signed-in user as the web app shows them.

use diesel::PgConnection;
use diesel::result::QueryResult;
use hgcs_domain::api::auth::Me;
use hgcs_domain::{OrganisationId, UnitId, UserId};

use crate::models::user::UserRow;
use crate::models::{organisation, unit};

/// The user with their unit and organisation.
pub fn me(conn: &mut PgConnection, row: UserRow) -> QueryResult<Me> {
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
        email: row.email,
    })
}
