//! Sessions: one per sign-in. Access tokens name theirs in the `sid`
//! claim and are checked against it on every request; the refresh tokens
//! that rotate within a session (its family) point to it. Revoking a
//! session ends its access tokens and refresh tokens at once.

use chrono::Utc;
use diesel::prelude::*;
use hgcs_domain::UserId;

use super::user::UserRow;
use crate::schema::{refresh_tokens, sessions, users};

pub fn insert(conn: &mut PgConnection, user: UserId) -> QueryResult<i64> {
    diesel::insert_into(sessions::table)
        .values(sessions::user_id.eq(user.0))
        .returning(sessions::id)
        .get_result(conn)
}

/// The account and whether session `sid` of it is live, in one indexed
/// query: the user row is loaded on every request anyway, the session
/// rides along. `None` when the account does not exist.
pub fn user_with_session(
    conn: &mut PgConnection,
    user: UserId,
    sid: i64,
) -> QueryResult<Option<(UserRow, bool)>> {
    let found: Option<(UserRow, Option<i64>)> = users::table
        .left_join(
            sessions::table.on(sessions::id
                .eq(sid)
                .and(sessions::user_id.eq(users::id))
                .and(sessions::revoked_at.is_null())),
        )
        .filter(users::id.eq(user.0))
        .select((UserRow::as_select(), sessions::id.nullable()))
        .first(conn)
        .optional()?;
    Ok(found.map(|(row, live)| (row, live.is_some())))
}

/// Ends one session and every refresh token of its family. Returns
/// whether it was live.
pub fn revoke(conn: &mut PgConnection, id: i64) -> QueryResult<bool> {
    let now = Utc::now();
    diesel::update(
        refresh_tokens::table
            .filter(refresh_tokens::session_id.eq(id))
            .filter(refresh_tokens::revoked_at.is_null()),
    )
    .set(refresh_tokens::revoked_at.eq(now))
    .execute(conn)?;
    let ended = diesel::update(
        sessions::table
            .find(id)
            .filter(sessions::revoked_at.is_null()),
    )
    .set(sessions::revoked_at.eq(now))
    .execute(conn)?;
    Ok(ended > 0)
}

/// Ends every session of a user ("sign out everywhere", disabling, a
/// password change or reset) with their refresh tokens.
pub fn revoke_all(conn: &mut PgConnection, user: UserId) -> QueryResult<usize> {
    let now = Utc::now();
    diesel::update(
        refresh_tokens::table
            .filter(refresh_tokens::user_id.eq(user.0))
            .filter(refresh_tokens::revoked_at.is_null()),
    )
    .set(refresh_tokens::revoked_at.eq(now))
    .execute(conn)?;
    diesel::update(
        sessions::table
            .filter(sessions::user_id.eq(user.0))
            .filter(sessions::revoked_at.is_null()),
    )
    .set(sessions::revoked_at.eq(now))
    .execute(conn)
}
