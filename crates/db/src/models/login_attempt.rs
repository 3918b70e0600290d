//! Sign-in attempts, kept to throttle password guessing per account and per
//! address.

use chrono::{DateTime, Utc};
use diesel::prelude::*;

use crate::schema::login_attempts;

pub fn record(
    conn: &mut PgConnection,
    username: &str,
    address: &str,
    succeeded: bool,
) -> QueryResult<usize> {
    diesel::insert_into(login_attempts::table)
        .values((
            login_attempts::username.eq(username),
            login_attempts::address.eq(address),
            login_attempts::succeeded.eq(succeeded),
        ))
        .execute(conn)
}

/// Times of the newest `limit` failures for the account since `since` and
/// since its last success, newest first.
pub fn account_failures(
    conn: &mut PgConnection,
    username: &str,
    since: DateTime<Utc>,
    limit: i64,
) -> QueryResult<Vec<DateTime<Utc>>> {
    let last_success: Option<DateTime<Utc>> = login_attempts::table
        .filter(login_attempts::username.eq(username))
        .filter(login_attempts::succeeded.eq(true))
        .filter(login_attempts::attempted_at.ge(since))
        .select(diesel::dsl::max(login_attempts::attempted_at))
        .first(conn)?;
    let since = last_success.map_or(since, |at| at.max(since));
    login_attempts::table
        .filter(login_attempts::username.eq(username))
        .filter(login_attempts::succeeded.eq(false))
        .filter(login_attempts::attempted_at.gt(since))
        .select(login_attempts::attempted_at)
        .order(login_attempts::attempted_at.desc())
        .limit(limit)
        .load(conn)
}

/// Times of the newest `limit` failures from the address since `since`,
/// newest first.
pub fn address_failures(
    conn: &mut PgConnection,
    address: &str,
    since: DateTime<Utc>,
    limit: i64,
) -> QueryResult<Vec<DateTime<Utc>>> {
    login_attempts::table
        .filter(login_attempts::address.eq(address))
        .filter(login_attempts::succeeded.eq(false))
        .filter(login_attempts::attempted_at.ge(since))
        .select(login_attempts::attempted_at)
        .order(login_attempts::attempted_at.desc())
        .limit(limit)
        .load(conn)
}

/// Drops attempts older than `before`; run now and then to keep the table small.
pub fn prune(conn: &mut PgConnection, before: DateTime<Utc>) -> QueryResult<usize> {
    diesel::delete(login_attempts::table.filter(login_attempts::attempted_at.lt(before)))
        .execute(conn)
}
