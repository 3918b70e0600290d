//! Server-side refresh tokens. Only a SHA-256 digest of each token is kept;
//! a token is usable while it is neither expired nor revoked, its session
//! is live and its user is not disabled. Each belongs to a session (its
//! family); rotation revokes the token used and issues the next one in the
//! same session.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use hgcs_domain::UserId;

use crate::schema::{refresh_tokens, sessions, users};

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = refresh_tokens, check_for_backend(diesel::pg::Pg))]
pub struct RefreshTokenRow {
    pub id: i64,
    pub user_id: i64,
    pub session_id: i64,
    pub expires_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
}

pub fn insert(
    conn: &mut PgConnection,
    user: UserId,
    session: i64,
    token_hash: &[u8],
    expires_at: DateTime<Utc>,
) -> QueryResult<RefreshTokenRow> {
    diesel::insert_into(refresh_tokens::table)
        .values((
            refresh_tokens::user_id.eq(user.0),
            refresh_tokens::session_id.eq(session),
            refresh_tokens::token_hash.eq(token_hash),
            refresh_tokens::expires_at.eq(expires_at),
        ))
        .returning(RefreshTokenRow::as_returning())
        .get_result(conn)
}

/// What a presented refresh token turns out to be.
#[derive(Debug, Clone)]
pub enum Presented {
    /// Live: unexpired, unrevoked, in a live session of an enabled user.
    Live(RefreshTokenRow),
    /// Already revoked (rotated or signed out) while its session may still
    /// be live: a copy is being replayed.
    Reused(RefreshTokenRow),
    /// Expired, or its session or user is gone or disabled.
    Dead,
    Unknown,
}

/// The token with this digest, whatever its state, locked for update so
/// that two concurrent refreshes cannot both rotate it.
pub fn find_for_update(conn: &mut PgConnection, token_hash: &[u8]) -> QueryResult<Presented> {
    // The token, when its session was revoked, when its user was disabled.
    type Found = (
        RefreshTokenRow,
        Option<DateTime<Utc>>,
        Option<DateTime<Utc>>,
    );
    let found: Option<Found> = refresh_tokens::table
        .inner_join(users::table)
        .inner_join(sessions::table)
        .filter(refresh_tokens::token_hash.eq(token_hash))
        .select((
            RefreshTokenRow::as_select(),
            sessions::revoked_at,
            users::disabled_at,
        ))
        .for_update()
        .first(conn)
        .optional()?;
    Ok(match found {
        None => Presented::Unknown,
        Some((row, _, _)) if row.revoked_at.is_some() => Presented::Reused(row),
        Some((row, session_revoked, disabled))
            if session_revoked.is_none() && disabled.is_none() && row.expires_at > Utc::now() =>
        {
            Presented::Live(row)
        }
        Some(_) => Presented::Dead,
    })
}

/// The user whose live session this token belongs to, if any (a browser
/// that is signed in sends it with its sign-in requests).
pub fn live_owner(conn: &mut PgConnection, token_hash: &[u8]) -> QueryResult<Option<UserId>> {
    refresh_tokens::table
        .inner_join(sessions::table)
        .filter(refresh_tokens::token_hash.eq(token_hash))
        .filter(refresh_tokens::revoked_at.is_null())
        .filter(refresh_tokens::expires_at.gt(Utc::now()))
        .filter(sessions::revoked_at.is_null())
        .select(refresh_tokens::user_id)
        .first(conn)
        .optional()
        .map(|id| id.map(UserId))
}

/// The session of the token with this digest, live or not.
pub fn session_of(conn: &mut PgConnection, token_hash: &[u8]) -> QueryResult<Option<i64>> {
    refresh_tokens::table
        .filter(refresh_tokens::token_hash.eq(token_hash))
        .select(refresh_tokens::session_id)
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
