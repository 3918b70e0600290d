//! Daily digests and the runs that made them.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use hgcs_domain::UserId;
use hgcs_domain::mediation::{ClaimStatus, QuestionStatus};
use hgcs_domain::supervision::SupervisionStatus;

use super::case_read::{Scope, within};
use super::written_limit::WrittenLimit;
use crate::schema::{digest_runs, digests, pay_claims, questions, supervisions, users};

/// Claims the run of `day`: `false` when it was already claimed (by an
/// earlier run, or by another server in a transaction still open, which
/// this one then waits for).
pub fn claim_run(conn: &mut PgConnection, day: NaiveDate) -> QueryResult<bool> {
    let claimed = diesel::insert_into(digest_runs::table)
        .values(digest_runs::day.eq(day))
        .on_conflict_do_nothing()
        .execute(conn)?;
    Ok(claimed == 1)
}

/// What the run of `day` made.
pub fn finish_run(conn: &mut PgConnection, day: NaiveDate, made: (i32, i32)) -> QueryResult<usize> {
    diesel::update(digest_runs::table.find(day))
        .set((digest_runs::users.eq(made.0), digest_runs::items.eq(made.1)))
        .execute(conn)
}

/// Someone a digest goes to.
#[derive(Debug, Clone, Queryable)]
pub struct Recipient {
    pub id: i64,
    pub role: String,
    pub unit_id: i64,
    pub organisation_id: Option<i64>,
}

/// The people a digest goes to: every account not disabled.
pub fn recipients(conn: &mut PgConnection) -> QueryResult<Vec<Recipient>> {
    users::table
        .filter(users::disabled_at.is_null())
        .select((
            users::id,
            users::role,
            users::unit_id,
            users::organisation_id,
        ))
        .order(users::id)
        .load(conn)
}

pub fn insert(
    conn: &mut PgConnection,
    user: UserId,
    day: NaiveDate,
    items: &serde_json::Value,
) -> QueryResult<usize> {
    diesel::insert_into(digests::table)
        .values((
            digests::user_id.eq(user.0),
            digests::day.eq(day),
            digests::items.eq(items),
        ))
        .on_conflict_do_nothing()
        .execute(conn)
}

/// A user's latest digests, newest first.
pub fn of_user(
    conn: &mut PgConnection,
    user: UserId,
    limit: i64,
) -> QueryResult<Vec<(NaiveDate, serde_json::Value, DateTime<Utc>)>> {
    digests::table
        .filter(digests::user_id.eq(user.0))
        .select((digests::day, digests::items, digests::created_at))
        .order(digests::day.desc())
        .written_limit(limit)
        .load(conn)
}

/// Pay claims in `scope` waiting for a decision.
pub fn claims_waiting(conn: &mut PgConnection, scope: Scope) -> QueryResult<i64> {
    let mut query = pay_claims::table
        .filter(pay_claims::status.eq(ClaimStatus::Claimed.as_str()))
        .count()
        .into_boxed();
    query = within!(query, scope, pay_claims);
    query.get_result(conn)
}

/// Open questions in `scope`.
pub fn questions_open(conn: &mut PgConnection, scope: Scope) -> QueryResult<i64> {
    let mut query = questions::table
        .filter(questions::status.eq(QuestionStatus::Open.as_str()))
        .count()
        .into_boxed();
    query = within!(query, scope, questions);
    query.get_result(conn)
}

/// Supervisions in `scope` not yet answered.
pub fn supervisions_open(conn: &mut PgConnection, scope: Scope) -> QueryResult<i64> {
    let mut query = supervisions::table
        .filter(supervisions::status.eq(SupervisionStatus::Open.as_str()))
        .count()
        .into_boxed();
    query = within!(query, scope, supervisions);
    query.get_result(conn)
}

#[derive(QueryableByName)]
struct Locked {
    #[diesel(sql_type = diesel::sql_types::Bool)]
    locked: bool,
}

/// The lock of the digest job, held until the transaction ends; `false`
/// when another connection holds it.
pub fn try_lock(conn: &mut PgConnection) -> QueryResult<bool> {
    // The job's fixed key: "HGCS", "DGST" read as ASCII.
    diesel::sql_query("SELECT pg_try_advisory_xact_lock(1212629843, 1145525076) AS locked")
        .get_result::<Locked>(conn)
        .map(|row| row.locked)
}

/// A digest waiting to be e-mailed, with where it goes.
#[derive(Debug, Clone, QueryableByName)]
pub struct ToMail {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub user_id: i64,
    #[diesel(sql_type = diesel::sql_types::Text)]
    pub email: String,
    #[diesel(sql_type = diesel::sql_types::Text)]
    pub display_name: String,
    #[diesel(sql_type = diesel::sql_types::Jsonb)]
    pub items: serde_json::Value,
}

/// At most this many tries to e-mail one digest.
pub const MAIL_ATTEMPTS: i32 = 3;

/// The next digest of `day` to e-mail (its user has an address and is
/// not disabled, it was not sent, it has tries left, its user is not in
/// `skip`), locked until the transaction ends; a digest another server is
/// sending is skipped.
pub fn next_to_mail(
    conn: &mut PgConnection,
    day: NaiveDate,
    skip: &[i64],
) -> QueryResult<Option<ToMail>> {
    diesel::sql_query(
        "SELECT d.user_id, u.email, u.display_name, d.items \
           FROM digests d JOIN users u ON u.id = d.user_id \
          WHERE d.day = $1 AND d.mailed_at IS NULL AND d.mail_attempts < $2 \
            AND u.email IS NOT NULL AND u.disabled_at IS NULL AND d.user_id <> ALL ($3) \
          ORDER BY d.user_id LIMIT 1 \
          FOR UPDATE OF d SKIP LOCKED",
    )
    .bind::<diesel::sql_types::Date, _>(day)
    .bind::<diesel::sql_types::Integer, _>(MAIL_ATTEMPTS)
    .bind::<diesel::sql_types::Array<diesel::sql_types::BigInt>, _>(skip)
    .get_result(conn)
    .optional()
}

/// Records a try to e-mail a digest: sent, or one more failure.
pub fn mailed(
    conn: &mut PgConnection,
    user: UserId,
    day: NaiveDate,
    sent: bool,
) -> QueryResult<usize> {
    let row = digests::table.find((user.0, day));
    if sent {
        diesel::update(row)
            .set((
                digests::mailed_at.eq(diesel::dsl::now),
                digests::mail_attempts.eq(digests::mail_attempts + 1),
            ))
            .execute(conn)
    } else {
        diesel::update(row)
            .set(digests::mail_attempts.eq(digests::mail_attempts + 1))
            .execute(conn)
    }
}
