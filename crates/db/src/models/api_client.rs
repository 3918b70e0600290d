use chrono::{DateTime, Utc};
use diesel::prelude::*;
use hgcs_domain::api::users::ApiClient;
use hgcs_domain::{ApiClientId, Role, UnitId};

use super::parse_word;
use crate::schema::api_clients;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = api_clients, check_for_backend(diesel::pg::Pg))]
pub struct ApiClientRow {
    pub id: i64,
    pub client_id: String,
    pub name: String,
    pub secret_hash: String,
    pub role: String,
    pub unit_id: i64,
    pub disabled_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = api_clients)]
pub struct NewApiClientRow<'a> {
    pub client_id: &'a str,
    pub name: &'a str,
    pub secret_hash: &'a str,
    pub unit_id: i64,
}

impl ApiClientRow {
    pub fn role(&self) -> QueryResult<Role> {
        parse_word(&self.role, Role::parse)
    }

    pub fn into_dto(self) -> QueryResult<ApiClient> {
        Ok(ApiClient {
            id: ApiClientId(self.id),
            role: self.role()?,
            client_id: self.client_id,
            name: self.name,
            unit_id: UnitId(self.unit_id),
            disabled_at: self.disabled_at,
            created_at: self.created_at,
        })
    }
}

pub fn insert(conn: &mut PgConnection, new: &NewApiClientRow<'_>) -> QueryResult<ApiClientRow> {
    diesel::insert_into(api_clients::table)
        .values(new)
        .returning(ApiClientRow::as_returning())
        .get_result(conn)
}

pub fn find(conn: &mut PgConnection, id: ApiClientId) -> QueryResult<ApiClientRow> {
    api_clients::table
        .find(id.0)
        .select(ApiClientRow::as_select())
        .first(conn)
}

pub fn find_by_client_id(
    conn: &mut PgConnection,
    client_id: &str,
) -> QueryResult<Option<ApiClientRow>> {
    api_clients::table
        .filter(api_clients::client_id.eq(client_id))
        .select(ApiClientRow::as_select())
        .first(conn)
        .optional()
}

pub fn list(conn: &mut PgConnection) -> QueryResult<Vec<ApiClientRow>> {
    api_clients::table
        .select(ApiClientRow::as_select())
        .order(api_clients::id.asc())
        .load(conn)
}

pub fn set_disabled(
    conn: &mut PgConnection,
    id: ApiClientId,
    disabled: bool,
) -> QueryResult<ApiClientRow> {
    let at: Option<DateTime<Utc>> = disabled.then(Utc::now);
    diesel::update(api_clients::table.find(id.0))
        .set((
            api_clients::disabled_at.eq(at),
            api_clients::updated_at.eq(Utc::now()),
        ))
        .returning(ApiClientRow::as_returning())
        .get_result(conn)
}
