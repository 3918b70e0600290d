use chrono::{DateTime, Utc};
use diesel::prelude::*;
use hgcs_domain::api::users::ApiClient;
use hgcs_domain::{ApiClientId, Role, UnitId};

use super::parse_word;
use crate::schema::{api_client_calls, api_clients};

#[derive(Debug, Clone, Queryable, QueryableByName, Selectable, Identifiable)]
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

    /// The client as the API shows it, with when it last called.
    pub fn into_dto(self, last_called_at: Option<DateTime<Utc>>) -> QueryResult<ApiClient> {
        Ok(ApiClient {
            last_called_at,
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

/// The client, noting in the same statement that it called now (at most
/// once a minute per client).
pub fn find_noting_call(conn: &mut PgConnection, id: ApiClientId) -> QueryResult<ApiClientRow> {
    diesel::sql_query(
        "WITH noted AS ( \
             INSERT INTO api_client_calls (client_id, last_called_at) \
             SELECT id, now() FROM api_clients WHERE id = $1 \
             ON CONFLICT (client_id) DO UPDATE SET last_called_at = EXCLUDED.last_called_at \
             WHERE api_client_calls.last_called_at < EXCLUDED.last_called_at - interval '1 minute' \
         ) \
         SELECT id, client_id, name, secret_hash, role, unit_id, disabled_at, created_at \
         FROM api_clients WHERE id = $1",
    )
    .bind::<diesel::sql_types::BigInt, _>(id.0)
    .get_result(conn)
}

/// When each client last called.
pub fn last_calls(conn: &mut PgConnection) -> QueryResult<Vec<(i64, DateTime<Utc>)>> {
    api_client_calls::table
        .select((
            api_client_calls::client_id,
            api_client_calls::last_called_at,
        ))
        .load(conn)
}

/// When the client last called, if it ever did.
pub fn last_call(conn: &mut PgConnection, id: ApiClientId) -> QueryResult<Option<DateTime<Utc>>> {
    api_client_calls::table
        .find(id.0)
        .select(api_client_calls::last_called_at)
        .first(conn)
        .optional()
}
