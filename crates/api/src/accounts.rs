//! Creating accounts, shared by the admin API, `hgcs create-user` and the
//! first-start administrator.

use hgcs_db::PgConnection;
use hgcs_db::models::user::{NewUserRow, UserRow};
use hgcs_db::models::{organisation, unit, user};
use hgcs_db::{DatabaseErrorKind, DbError};
use hgcs_domain::api::users::NewUser;
use hgcs_domain::validation::{Checker, LevelRule, Rule};
use hgcs_domain::{OrganisationId, Role, UnitId};

use crate::error::ApiError;

/// A new account whose fields passed every rule.
#[derive(Debug, Clone)]
pub struct CheckedUser {
    pub username: String,
    pub display_name: String,
    pub role: Role,
    pub unit_id: UnitId,
    pub organisation_id: Option<OrganisationId>,
}

/// Checks the fields, that the unit exists and suits the role, and that the
/// organisation sits in that unit or above it.
pub fn check_new_user(conn: &mut PgConnection, new: &NewUser) -> Result<CheckedUser, ApiError> {
    let mut check = Checker::new();
    let username = check.username("username", &new.username);
    let display_name = check.text("display_name", &new.display_name, 1, 200);
    check.password("password", &new.password, &username);
    let path = unit::path(conn, new.unit_id)?;
    match path.first() {
        None => check.add("unit_id", Rule::UnknownReference),
        Some(&unit_id) => {
            let level = unit::find(conn, unit_id)?.level()?;
            if !new.role.allowed_levels().contains(&level) {
                check.add(
                    "unit_id",
                    Rule::WrongLevel(LevelRule::Role(new.role, level)),
                );
            }
        }
    }
    if let Some(org_id) = new.organisation_id {
        match organisation::find(conn, org_id) {
            Ok(org) if path.contains(&UnitId(org.unit_id)) => {}
            Ok(_) => check.add("organisation_id", Rule::OrganisationOutsideUnit),
            Err(DbError::NotFound) => check.add("organisation_id", Rule::UnknownReference),
            Err(other) => return Err(other.into()),
        }
    }
    check.finish()?;
    Ok(CheckedUser {
        username,
        display_name,
        role: new.role,
        unit_id: new.unit_id,
        organisation_id: new.organisation_id,
    })
}

/// Inserts the account; a taken username is a 409 that names it.
pub fn insert_user(
    conn: &mut PgConnection,
    checked: &CheckedUser,
    password_hash: &str,
) -> Result<UserRow, ApiError> {
    let row = NewUserRow {
        username: &checked.username,
        display_name: &checked.display_name,
        password_hash,
        role: checked.role.as_str(),
        unit_id: checked.unit_id.0,
        organisation_id: checked.organisation_id.map(|id| id.0),
    };
    user::insert(conn, &row).map_err(|error| match error {
        DbError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => {
            ApiError::Conflict(crate::error::Text::new(
                format!("Tên đăng nhập «{}» đã được dùng", checked.username),
                format!("The username \"{}\" is already taken", checked.username),
            ))
        }
        other => other.into(),
    })
}
