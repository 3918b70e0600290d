//! The `version` every updatable record carries. A database trigger bumps
//! it on every UPDATE of the row; [`claim`] checks and bumps it in one
//! statement, so a change made against an older version touches no row.

use diesel::prelude::*;
use diesel::sql_types::{Array, BigInt, Integer, Nullable};

/// The tables whose rows carry a version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Versioned {
    ApiClient,
    BudgetLine,
    Case,
    Commendation,
    FinalReview,
    Import,
    LibraryItem,
    Mediator,
    PayClaim,
    PayRate,
    Pilot,
    Plan,
    Question,
    Report,
    Supervision,
    Task,
    Team,
    Unit,
    User,
}

impl Versioned {
    /// The table's name, a constant of this crate (never caller text).
    fn table(self) -> &'static str {
        match self {
            Versioned::ApiClient => "api_clients",
            Versioned::BudgetLine => "budget_lines",
            Versioned::Case => "cases",
            Versioned::Commendation => "commendations",
            Versioned::FinalReview => "final_reviews",
            Versioned::Import => "imports",
            Versioned::LibraryItem => "library_items",
            Versioned::Mediator => "mediators",
            Versioned::PayClaim => "pay_claims",
            Versioned::PayRate => "pay_rates",
            Versioned::Pilot => "pilot_models",
            Versioned::Plan => "plans",
            Versioned::Question => "questions",
            Versioned::Report => "reports",
            Versioned::Supervision => "supervisions",
            Versioned::Task => "plan_tasks",
            Versioned::Team => "mediation_teams",
            Versioned::Unit => "units",
            Versioned::User => "users",
        }
    }
}

#[derive(QueryableByName)]
struct Found {
    #[diesel(sql_type = Integer)]
    version: i32,
}

/// The record's current version (`NotFound` when there is no such row).
pub fn current(conn: &mut PgConnection, kind: Versioned, id: i64) -> QueryResult<i32> {
    diesel::sql_query(format!(
        "SELECT version FROM {} WHERE id = $1",
        kind.table()
    ))
    .bind::<BigInt, _>(id)
    .get_result::<Found>(conn)
    .map(|found| found.version)
}

/// Starts a change of the record: bumps its version when it is one of
/// `expected` (any version when `None`) and holds the row's lock until the
/// transaction ends, so a concurrent change waits and then sees the new
/// version. `Ok(None)` when the record's version is not one of `expected`
/// (or there is no such row).
pub fn claim(
    conn: &mut PgConnection,
    kind: Versioned,
    id: i64,
    expected: Option<&[i32]>,
) -> QueryResult<Option<i32>> {
    diesel::sql_query(format!(
        "UPDATE {} SET version = version + 1 \
         WHERE id = $1 AND ($2::integer[] IS NULL OR version = ANY($2)) \
         RETURNING version",
        kind.table()
    ))
    .bind::<BigInt, _>(id)
    .bind::<Nullable<Array<Integer>>, _>(expected.map(<[i32]>::to_vec))
    .get_result::<Found>(conn)
    .optional()
    .map(|found| found.map(|found| found.version))
}
