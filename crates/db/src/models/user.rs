use chrono::{DateTime, Utc};
use diesel::prelude::*;
use hgcs_domain::api::users::{User, UserQuery};
use hgcs_domain::text::search_key;
use hgcs_domain::{OrganisationId, Role, UnitId, UserId};

use super::parse_word;
use crate::schema::users;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = users, check_for_backend(diesel::pg::Pg))]
pub struct UserRow {
    pub id: i64,
    pub username: String,
    pub display_name: String,
    pub password_hash: String,
    pub role: String,
    pub unit_id: i64,
    pub organisation_id: Option<i64>,
    pub disabled_at: Option<DateTime<Utc>>,
    pub password_changed_at: DateTime<Utc>,
    pub created_at: DateTime<Utc>,
    pub email: Option<String>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = users)]
pub struct NewUserRow<'a> {
    pub username: &'a str,
    pub display_name: &'a str,
    pub password_hash: &'a str,
    pub role: &'a str,
    pub unit_id: i64,
    pub organisation_id: Option<i64>,
}

impl UserRow {
    pub fn role(&self) -> QueryResult<Role> {
        parse_word(&self.role, Role::parse)
    }

    pub fn is_disabled(&self) -> bool {
        self.disabled_at.is_some()
    }

    pub fn into_dto(self) -> QueryResult<User> {
        Ok(User {
            id: UserId(self.id),
            role: self.role()?,
            username: self.username,
            display_name: self.display_name,
            unit_id: UnitId(self.unit_id),
            organisation_id: self.organisation_id.map(OrganisationId),
            disabled_at: self.disabled_at,
            created_at: self.created_at,
        })
    }
}

pub fn insert(conn: &mut PgConnection, new: &NewUserRow<'_>) -> QueryResult<UserRow> {
    diesel::insert_into(users::table)
        .values(new)
        .returning(UserRow::as_returning())
        .get_result(conn)
}

pub fn find(conn: &mut PgConnection, id: UserId) -> QueryResult<UserRow> {
    users::table
        .find(id.0)
        .select(UserRow::as_select())
        .first(conn)
}

pub fn find_by_username(conn: &mut PgConnection, username: &str) -> QueryResult<Option<UserRow>> {
    users::table
        .filter(users::username.eq(username))
        .select(UserRow::as_select())
        .first(conn)
        .optional()
}

pub fn list(conn: &mut PgConnection, filter: &UserQuery) -> QueryResult<Vec<UserRow>> {
    let mut query = users::table.select(UserRow::as_select()).into_boxed();
    if let Some(role) = filter.role {
        query = query.filter(users::role.eq(role.as_str()));
    }
    if let Some(unit) = filter.unit_id {
        query = query.filter(users::unit_id.eq(unit.0));
    }
    match filter.disabled {
        Some(true) => query = query.filter(users::disabled_at.is_not_null()),
        Some(false) => query = query.filter(users::disabled_at.is_null()),
        None => {}
    }
    if let Some(text) = filter.q.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        // Display names are few per unit; folding them in SQL would need an
        // extension, so the accent-blind match runs over the loaded rows.
        let key = search_key(text);
        let rows: Vec<UserRow> = query.order(users::username.asc()).load(conn)?;
        return Ok(rows
            .into_iter()
            .filter(|row| {
                search_key(&row.display_name).contains(&key) || row.username.contains(&key)
            })
            .collect());
    }
    query.order(users::username.asc()).load(conn)
}

/// Sets or clears `disabled_at`; returns the updated row.
pub fn set_disabled(conn: &mut PgConnection, id: UserId, disabled: bool) -> QueryResult<UserRow> {
    let at: Option<DateTime<Utc>> = disabled.then(Utc::now);
    diesel::update(users::table.find(id.0))
        .set((users::disabled_at.eq(at), users::updated_at.eq(Utc::now())))
        .returning(UserRow::as_returning())
        .get_result(conn)
}

pub fn set_password_hash(conn: &mut PgConnection, id: UserId, hash: &str) -> QueryResult<UserRow> {
    let now = Utc::now();
    diesel::update(users::table.find(id.0))
        .set((
            users::password_hash.eq(hash),
            users::password_changed_at.eq(now),
            users::updated_at.eq(now),
        ))
        .returning(UserRow::as_returning())
        .get_result(conn)
}

pub fn count(conn: &mut PgConnection) -> QueryResult<i64> {
    users::table.count().get_result(conn)
}

/// Sets (or, with `None`, removes) the address the daily digest goes to.
pub fn set_email(conn: &mut PgConnection, id: UserId, email: Option<&str>) -> QueryResult<UserRow> {
    diesel::update(users::table.find(id.0))
        .set((users::email.eq(email), users::updated_at.eq(Utc::now())))
        .returning(UserRow::as_returning())
        .get_result(conn)
}
