use chrono::{NaiveDate, Utc};
use diesel::prelude::*;
use hgcs_domain::UnitId;
use hgcs_domain::mediation::ClaimStatus;

use super::case_read::{Scope, within};
use super::written_limit::WrittenLimit;
use crate::schema::{cases, mediation_teams, pay_claims, pay_rates};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = pay_rates, check_for_backend(diesel::pg::Pg))]
pub struct RateRow {
    pub id: i64,
    pub unit_id: i64,
    pub amount_vnd: i64,
    pub effective_from: NaiveDate,
    pub basis: String,
}

pub fn insert_rate(
    conn: &mut PgConnection,
    unit: UnitId,
    amount: i64,
    from: NaiveDate,
    basis: &str,
) -> QueryResult<RateRow> {
    diesel::insert_into(pay_rates::table)
        .values((
            pay_rates::unit_id.eq(unit.0),
            pay_rates::amount_vnd.eq(amount),
            pay_rates::effective_from.eq(from),
            pay_rates::basis.eq(basis),
        ))
        .returning(RateRow::as_returning())
        .get_result(conn)
}

pub fn rates(conn: &mut PgConnection, units: Option<&[UnitId]>) -> QueryResult<Vec<RateRow>> {
    let mut query = pay_rates::table.select(RateRow::as_select()).into_boxed();
    if let Some(ids) = units {
        query =
            query.filter(pay_rates::unit_id.eq_any(ids.iter().map(|u| u.0).collect::<Vec<_>>()));
    }
    query
        .order((pay_rates::unit_id.asc(), pay_rates::effective_from.desc()))
        .load(conn)
}

/// The rate in force on `day` in the nearest of `path` (a unit and the
/// units above it, nearest first) that has one.
pub fn rate_on(
    conn: &mut PgConnection,
    path: &[UnitId],
    day: NaiveDate,
) -> QueryResult<Option<RateRow>> {
    for unit in path {
        let found = pay_rates::table
            .filter(pay_rates::unit_id.eq(unit.0))
            .filter(pay_rates::effective_from.le(day))
            .select(RateRow::as_select())
            .order(pay_rates::effective_from.desc())
            .first(conn)
            .optional()?;
        if found.is_some() {
            return Ok(found);
        }
    }
    Ok(None)
}

pub fn find_rate(conn: &mut PgConnection, id: i64) -> QueryResult<RateRow> {
    pay_rates::table
        .find(id)
        .select(RateRow::as_select())
        .first(conn)
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = pay_claims, check_for_backend(diesel::pg::Pg))]
pub struct ClaimRow {
    pub id: i64,
    pub case_id: i64,
    pub rate_id: i64,
    pub amount_vnd: i64,
    pub claimed_on: NaiveDate,
    pub status: String,
    pub decided_on: Option<NaiveDate>,
    pub reason: String,
    pub paid_on: Option<NaiveDate>,
    pub version: i32,
}

pub fn insert_claim(
    conn: &mut PgConnection,
    case: i64,
    rate: &RateRow,
    on: NaiveDate,
    by: i64,
) -> QueryResult<ClaimRow> {
    diesel::insert_into(pay_claims::table)
        .values((
            pay_claims::case_id.eq(case),
            pay_claims::rate_id.eq(rate.id),
            pay_claims::amount_vnd.eq(rate.amount_vnd),
            pay_claims::claimed_on.eq(on),
            pay_claims::claimed_by.eq(by),
        ))
        .returning(ClaimRow::as_returning())
        .get_result(conn)
}

pub fn find_claim(conn: &mut PgConnection, id: i64) -> QueryResult<ClaimRow> {
    pay_claims::table
        .find(id)
        .select(ClaimRow::as_select())
        .first(conn)
}

/// A claim with its rate's first day, its case's entry number, team id
/// and team name.
pub type ClaimWithCase = (ClaimRow, NaiveDate, i32, i64, String);

/// What a page of claims is narrowed to besides its scope.
#[derive(Debug, Clone, Copy, Default)]
pub struct ClaimFilter {
    pub status: Option<ClaimStatus>,
    /// Paid within these days (either bound optional).
    pub paid_from: Option<NaiveDate>,
    pub paid_to: Option<NaiveDate>,
}

/// A page of claims within `scope`, newest first (claimed day, then id),
/// after the cursor `after`, narrowed by `filter`.
pub fn claims(
    conn: &mut PgConnection,
    scope: Scope,
    filter: ClaimFilter,
    after: Option<(NaiveDate, i64)>,
    limit: i64,
) -> QueryResult<Vec<ClaimWithCase>> {
    let mut query = pay_claims::table
        .inner_join(cases::table.on(cases::id.eq(pay_claims::case_id)))
        .inner_join(mediation_teams::table.on(mediation_teams::id.eq(cases::team_id)))
        .inner_join(pay_rates::table.on(pay_rates::id.eq(pay_claims::rate_id)))
        .select((
            ClaimRow::as_select(),
            pay_rates::effective_from,
            cases::entry_no,
            cases::team_id,
            mediation_teams::name,
        ))
        .into_boxed();
    query = within!(query, scope, pay_claims);
    if let Some(status) = filter.status {
        query = query.filter(pay_claims::status.eq(status.as_str()));
    }
    if let Some(from) = filter.paid_from {
        query = query.filter(pay_claims::paid_on.ge(from));
    }
    if let Some(to) = filter.paid_to {
        query = query.filter(pay_claims::paid_on.le(to));
    }
    if let Some((day, id)) = after {
        query = query.filter(
            pay_claims::claimed_on
                .lt(day)
                .or(pay_claims::claimed_on.eq(day).and(pay_claims::id.lt(id))),
        );
    }
    query
        .order((pay_claims::claimed_on.desc(), pay_claims::id.desc()))
        .written_limit(limit)
        .load(conn)
}

/// Moves a claim from `from` to `to`; `None` when it was not in `from`.
pub fn decide(
    conn: &mut PgConnection,
    id: i64,
    from: ClaimStatus,
    to: ClaimStatus,
    on: NaiveDate,
    reason: &str,
    by: i64,
) -> QueryResult<Option<ClaimRow>> {
    let paid_on = (to == ClaimStatus::Paid).then_some(on);
    let target = pay_claims::table
        .find(id)
        .filter(pay_claims::status.eq(from.as_str()));
    if to == ClaimStatus::Paid {
        return diesel::update(target)
            .set((
                pay_claims::status.eq(to.as_str()),
                pay_claims::paid_on.eq(paid_on),
                pay_claims::updated_at.eq(Utc::now()),
            ))
            .returning(ClaimRow::as_returning())
            .get_result(conn)
            .optional();
    }
    diesel::update(target)
        .set((
            pay_claims::status.eq(to.as_str()),
            pay_claims::decided_on.eq(Some(on)),
            pay_claims::decided_by.eq(Some(by)),
            pay_claims::reason.eq(reason),
            pay_claims::updated_at.eq(Utc::now()),
        ))
        .returning(ClaimRow::as_returning())
        .get_result(conn)
        .optional()
}
