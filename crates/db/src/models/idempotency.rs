//! `idempotency_keys`: the first answer to a request sent with an
//! `Idempotency-Key`, kept 24 hours for its retries.

use chrono::{DateTime, Utc};
use diesel::prelude::*;

use crate::schema::idempotency_keys;

/// How long a key is remembered.
pub const KEPT_HOURS: i64 = 24;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = idempotency_keys, check_for_backend(diesel::pg::Pg))]
pub struct IdempotencyRow {
    pub caller: String,
    pub key: String,
    pub route: String,
    pub request_hash: Vec<u8>,
    /// `None` while the first request is still running.
    pub status: Option<i16>,
    pub content_type: Option<String>,
    pub response_body: Option<Vec<u8>>,
    pub created_at: DateTime<Utc>,
}

fn expired() -> DateTime<Utc> {
    Utc::now() - chrono::Duration::hours(KEPT_HOURS)
}

/// Reserves `key` for this request; false when the caller already used it
/// (the row, kept or running, is then read with [`find`]). Keys past
/// their 24 hours are forgotten first.
pub fn reserve(
    conn: &mut PgConnection,
    caller: &str,
    key: &str,
    route: &str,
    request_hash: &[u8],
) -> QueryResult<bool> {
    diesel::delete(idempotency_keys::table.filter(idempotency_keys::created_at.lt(expired())))
        .execute(conn)?;
    let inserted = diesel::insert_into(idempotency_keys::table)
        .values((
            idempotency_keys::caller.eq(caller),
            idempotency_keys::key.eq(key),
            idempotency_keys::route.eq(route),
            idempotency_keys::request_hash.eq(request_hash),
        ))
        .on_conflict_do_nothing()
        .execute(conn)?;
    Ok(inserted == 1)
}

pub fn find(
    conn: &mut PgConnection,
    caller: &str,
    key: &str,
) -> QueryResult<Option<IdempotencyRow>> {
    idempotency_keys::table
        .find((caller, key))
        .select(IdempotencyRow::as_select())
        .first(conn)
        .optional()
}

/// Keeps the answer of the request that reserved the key.
pub fn complete(
    conn: &mut PgConnection,
    caller: &str,
    key: &str,
    status: i16,
    content_type: Option<&str>,
    body: &[u8],
) -> QueryResult<usize> {
    diesel::update(idempotency_keys::table.find((caller, key)))
        .set((
            idempotency_keys::status.eq(status),
            idempotency_keys::content_type.eq(content_type),
            idempotency_keys::response_body.eq(body),
        ))
        .execute(conn)
}

/// Forgets a reservation whose request failed, so a retry runs again.
pub fn release(conn: &mut PgConnection, caller: &str, key: &str) -> QueryResult<usize> {
    diesel::delete(
        idempotency_keys::table
            .find((caller, key))
            .filter(idempotency_keys::status.is_null()),
    )
    .execute(conn)
}

/// Forgets a reservation left running since before `before` (its server
/// stopped mid-request), so it can be taken again.
pub fn release_abandoned(
    conn: &mut PgConnection,
    caller: &str,
    key: &str,
    before: DateTime<Utc>,
) -> QueryResult<usize> {
    diesel::delete(
        idempotency_keys::table
            .find((caller, key))
            .filter(idempotency_keys::status.is_null())
            .filter(idempotency_keys::created_at.lt(before)),
    )
    .execute(conn)
}
