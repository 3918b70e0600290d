//! Server-side refresh tokens. Only a SHA-256 digest of each token is kept;
//! a token is usable while it is neither expired nor revoked and its user
//! is not disabled.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use hgcs_domain::UserId;

use crate::schema::{refresh_tokens, users};

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = refresh_tokens, check_for_backend(diesel::pg::Pg))]
pub struct RefreshTokenRow {
    pub id: i64,
    pub user_id: i64,
    pub expires_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
}

pub fn insert(
    conn: &mut PgConnection,
    user: UserId,
    token_hash: &[u8],
    expires_at: DateTime<Utc>,
) -> QueryResult<RefreshTokenRow> {
    diesel::insert_into(refresh_tokens::table)
        .values((
            refresh_tokens::user_id.eq(user.0),
            refresh_tokens::token_hash.eq(token_hash),
            refresh_tokens::expires_at.eq(expires_at),
        ))
        .returning(RefreshTokenRow::as_returning())
        .get_result(conn)
}

/// The live token with this digest, locked for update so that two
/// concurrent refreshes cannot both rotate it.
pub fn find_live_for_update(
    conn: &mut PgConnection,
    token_hash: &[u8],
) -> QueryResult<Option<RefreshTokenRow>> {
    refresh_tokens::table
        .inner_join(users::table)
        .filter(refresh_tokens::token_hash.eq(token_hash))
        .filter(refresh_tokens::revoked_at.is_null())
        .filter(refresh_tokens::expires_at.gt(Utc::now()))
        .filter(users::disabled_at.is_null())
        .select(RefreshTokenRow::as_select())
        .for_update()
        .first(conn)
        .optional()
}

pub fn revoke(conn: &mut PgConnection, id: i64) -> QueryResult<usize> {
    diesel::update(
        refresh_tokens::table
            .find(id)
            .filter(refresh_tokens::revoked_at.is_null()),
    )
    .set(refresh_tokens::revoked_at.eq(Utc::now()))
    .execute(conn)
}

pub fn revoke_by_hash(conn: &mut PgConnection, token_hash: &[u8]) -> QueryResult<usize> {
    diesel::update(
        refresh_tokens::table
            .filter(refresh_tokens::token_hash.eq(token_hash))
            .filter(refresh_tokens::revoked_at.is_null()),
    )
    .set(refresh_tokens::revoked_at.eq(Utc::now()))
    .execute(conn)
}

/// Ends every session of a user (disabling, password reset).
pub fn revoke_all(conn: &mut PgConnection, user: UserId) -> QueryResult<usize> {
    diesel::update(
        refresh_tokens::table
            .filter(refresh_tokens::user_id.eq(user.0))
            .filter(refresh_tokens::revoked_at.is_null()),
    )
    .set(refresh_tokens::revoked_at.eq(Utc::now()))
    .execute(conn)
}
