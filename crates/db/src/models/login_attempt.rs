//! Sign-in attempts, kept to throttle password guessing per account and
//! address, per address, and per account.
//!
//! An attempt is written before its password is checked, as a failure
//! (`reserve`), under a lock on its address (`lock_address`) taken in the
//! same transaction as the count, so concurrent guesses cannot all pass
//! the count; a right password then marks it `succeeded`.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel::sql_types::Text;

use super::written_limit::WrittenLimit;
use crate::schema::login_attempts;

/// Serialises, until the end of the transaction, the attempts from one
/// address (a PostgreSQL advisory lock keyed by it).
pub fn lock_address(conn: &mut PgConnection, address: &str) -> QueryResult<()> {
    diesel::sql_query("SELECT pg_advisory_xact_lock(hashtextextended('login_attempts:' || $1, 0))")
        .bind::<Text, _>(address)
        .execute(conn)
        .map(drop)
}

/// Records an attempt as failed before its password is checked; returns
/// its id for [`mark_succeeded`].
pub fn reserve(conn: &mut PgConnection, username: &str, address: &str) -> QueryResult<i64> {
    diesel::insert_into(login_attempts::table)
        .values((
            login_attempts::username.eq(username),
            login_attempts::address.eq(address),
            login_attempts::succeeded.eq(false),
        ))
        .returning(login_attempts::id)
        .get_result(conn)
}

pub fn mark_succeeded(conn: &mut PgConnection, id: i64) -> QueryResult<usize> {
    diesel::update(login_attempts::table.find(id))
        .set(login_attempts::succeeded.eq(true))
        .execute(conn)
}

/// Times of the newest `limit` failures of the account from the address
/// since `since` and since the last success of that pair, newest first.
pub fn pair_failures(
    conn: &mut PgConnection,
    username: &str,
    address: &str,
    since: DateTime<Utc>,
    limit: i64,
) -> QueryResult<Vec<DateTime<Utc>>> {
    let last_success: Option<DateTime<Utc>> = login_attempts::table
        .filter(login_attempts::username.eq(username))
        .filter(login_attempts::address.eq(address))
        .filter(login_attempts::succeeded.eq(true))
        .filter(login_attempts::attempted_at.ge(since))
        .select(diesel::dsl::max(login_attempts::attempted_at))
        .first(conn)?;
    let since = last_success.map_or(since, |at| at.max(since));
    login_attempts::table
        .filter(login_attempts::username.eq(username))
        .filter(login_attempts::address.eq(address))
        .filter(login_attempts::succeeded.eq(false))
        .filter(login_attempts::attempted_at.gt(since))
        .select(login_attempts::attempted_at)
        .order(login_attempts::attempted_at.desc())
        .written_limit(limit)
        .load(conn)
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
        .written_limit(limit)
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
        .written_limit(limit)
        .load(conn)
}

/// Drops attempts older than `before`; run now and then to keep the table small.
pub fn prune(conn: &mut PgConnection, before: DateTime<Utc>) -> QueryResult<usize> {
    diesel::delete(login_attempts::table.filter(login_attempts::attempted_at.lt(before)))
        .execute(conn)
}
