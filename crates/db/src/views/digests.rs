//! A user's daily digests as the API shows them.

use diesel::PgConnection;
use diesel::result::QueryResult;
use hgcs_domain::UserId;
use hgcs_domain::api::digests::Digest;

use super::stored;
use crate::models::digest;

/// The user's latest `limit` digests, newest first.
pub fn of_user(conn: &mut PgConnection, user: UserId, limit: i64) -> QueryResult<Vec<Digest>> {
    digest::of_user(conn, user, limit)?
        .into_iter()
        .map(|(day, items, created_at)| {
            Ok(Digest {
                day,
                items: stored(items)?,
                created_at,
            })
        })
        .collect()
}
