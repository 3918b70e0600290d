use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool, Text};
use hgcs_domain::api::mediation::CaseParty;
use hgcs_domain::mediation::{CaseKind, CaseStart, CaseState, PartyKind, start_overdue_before};
use hgcs_domain::{CaseId, TeamId, UnitId};

use super::case_read::{Scope, within};
use super::fixed_sql::fixed_sql;
use super::parse_word;
use crate::schema::{case_counts, case_events, case_mediators, case_parties, cases};

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = cases, check_for_backend(diesel::pg::Pg))]
pub struct CaseRow {
    pub id: i64,
    pub unit_id: i64,
    pub team_id: i64,
    pub entry_no: i32,
    pub received_on: NaiveDate,
    pub start_kind: String,
    pub proposed_by: String,
    pub kind: String,
    pub summary: String,
    pub invited: serde_json::Value,
    pub public_session: bool,
    pub risk_of_violence: bool,
    pub signs_of_offence: bool,
    pub state: String,
    /// The day recorded for the latest assignment; the 3-day rule counts from it.
    pub assigned_on: Option<NaiveDate>,
    /// When that assignment was written down.
    pub assigned_at: Option<DateTime<Utc>>,
    pub closed_on: Option<NaiveDate>,
    pub outcome: String,
    pub execution: Option<String>,
    pub success_record: Option<serde_json::Value>,
    pub version: i32,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = cases)]
pub struct NewCaseRow {
    pub unit_id: i64,
    pub team_id: i64,
    pub entry_year: i32,
    pub entry_no: i32,
    pub received_on: NaiveDate,
    pub start_kind: String,
    pub proposed_by: String,
    pub kind: String,
    pub summary: String,
    pub invited: serde_json::Value,
    pub public_session: bool,
    pub risk_of_violence: bool,
    pub signs_of_offence: bool,
    pub created_by: i64,
}

impl CaseRow {
    pub fn state(&self) -> QueryResult<CaseState> {
        parse_word(&self.state, CaseState::parse)
    }

    pub fn kind(&self) -> QueryResult<CaseKind> {
        parse_word(&self.kind, CaseKind::parse)
    }

    pub fn start(&self) -> QueryResult<CaseStart> {
        parse_word(&self.start_kind, CaseStart::parse)
    }
}

#[derive(Debug, Clone, Queryable, Selectable, serde::Deserialize)]
#[diesel(table_name = case_parties, check_for_backend(diesel::pg::Pg))]
pub struct PartyRow {
    #[serde(default)]
    pub case_id: i64,
    pub kind: String,
    pub name: String,
    pub birth_year: Option<i32>,
    pub address: String,
}

impl PartyRow {
    pub fn kind(&self) -> QueryResult<PartyKind> {
        parse_word(&self.kind, PartyKind::parse)
    }
}

/// The next logbook number of a team for a year (the team row must be locked).
pub fn next_entry_no(conn: &mut PgConnection, team: TeamId, year: i32) -> QueryResult<i32> {
    let max: Option<i32> = cases::table
        .filter(cases::team_id.eq(team.0))
        .filter(cases::entry_year.eq(year))
        .select(diesel::dsl::max(cases::entry_no))
        .first(conn)?;
    Ok(max.unwrap_or(0) + 1)
}

pub fn insert(conn: &mut PgConnection, new: &NewCaseRow) -> QueryResult<CaseRow> {
    diesel::insert_into(cases::table)
        .values(new)
        .returning(CaseRow::as_returning())
        .get_result(conn)
}

pub fn insert_parties(
    conn: &mut PgConnection,
    case: CaseId,
    parties: &[CaseParty],
) -> QueryResult<usize> {
    let rows: Vec<_> = parties
        .iter()
        .enumerate()
        .map(|(position, party)| {
            (
                case_parties::case_id.eq(case.0),
                case_parties::kind.eq(party.kind.as_str()),
                case_parties::name.eq(&party.name),
                case_parties::birth_year.eq(party.birth_year),
                case_parties::address.eq(&party.address),
                case_parties::position.eq(i32::try_from(position).unwrap_or(i32::MAX)),
            )
        })
        .collect();
    diesel::insert_into(case_parties::table)
        .values(rows)
        .execute(conn)
}

pub fn find(conn: &mut PgConnection, id: CaseId) -> QueryResult<CaseRow> {
    cases::table
        .find(id.0)
        .select(CaseRow::as_select())
        .first(conn)
}

pub fn parties(conn: &mut PgConnection, ids: &[i64]) -> QueryResult<Vec<PartyRow>> {
    case_parties::table
        .filter(case_parties::case_id.eq_any(ids))
        .select(PartyRow::as_select())
        .order((case_parties::case_id.asc(), case_parties::position.asc()))
        .load(conn)
}

pub fn mediators(conn: &mut PgConnection, ids: &[i64]) -> QueryResult<Vec<(i64, i64)>> {
    case_mediators::table
        .filter(case_mediators::case_id.eq_any(ids))
        .select((case_mediators::case_id, case_mediators::mediator_id))
        .order((
            case_mediators::case_id.asc(),
            case_mediators::mediator_id.asc(),
        ))
        .load(conn)
}

pub fn set_mediators(
    conn: &mut PgConnection,
    case: CaseId,
    mediators: &[i64],
) -> QueryResult<usize> {
    diesel::delete(case_mediators::table.filter(case_mediators::case_id.eq(case.0)))
        .execute(conn)?;
    let rows: Vec<_> = mediators
        .iter()
        .map(|m| {
            (
                case_mediators::case_id.eq(case.0),
                case_mediators::mediator_id.eq(*m),
            )
        })
        .collect();
    diesel::insert_into(case_mediators::table)
        .values(rows)
        .execute(conn)
}

/// Moves a case to `state`; `None` when it was not in `from` any more
/// (someone else moved it first). `assigned` is an assignment's recorded
/// day and the moment it is written down.
#[expect(clippy::too_many_arguments, reason = "one statement writing one row")]
pub fn transition(
    conn: &mut PgConnection,
    id: CaseId,
    from: CaseState,
    state: CaseState,
    assigned: Option<(NaiveDate, DateTime<Utc>)>,
    closed_on: Option<NaiveDate>,
    outcome: Option<&str>,
    now: DateTime<Utc>,
) -> QueryResult<Option<CaseRow>> {
    let row = find(conn, id)?;
    diesel::update(
        cases::table
            .find(id.0)
            .filter(cases::state.eq(from.as_str())),
    )
    .set((
        cases::state.eq(state.as_str()),
        cases::assigned_on.eq(assigned.map(|(on, _)| on).or(row.assigned_on)),
        cases::assigned_at.eq(assigned.map(|(_, at)| at).or(row.assigned_at)),
        cases::closed_on.eq(closed_on),
        cases::outcome.eq(outcome.unwrap_or(&row.outcome)),
        cases::updated_at.eq(now),
    ))
    .returning(CaseRow::as_returning())
    .get_result(conn)
    .optional()
}

pub fn record_event(
    conn: &mut PgConnection,
    case: CaseId,
    action: &str,
    state: CaseState,
    on: NaiveDate,
    note: &str,
    by: i64,
) -> QueryResult<usize> {
    diesel::insert_into(case_events::table)
        .values((
            case_events::case_id.eq(case.0),
            case_events::action.eq(action),
            case_events::state.eq(state.as_str()),
            case_events::occurred_on.eq(on),
            case_events::note.eq(note),
            case_events::by_user.eq(by),
        ))
        .execute(conn)
}

#[derive(Debug, Clone, Queryable, serde::Deserialize)]
pub struct EventRow {
    pub action: String,
    pub state: String,
    pub occurred_on: NaiveDate,
    pub note: String,
    pub by: String,
    pub at: DateTime<Utc>,
}

/// What the dashboard counts, in one statement: the cases per state among
/// `units` (all when `None`) from `case_counts`, and how many of the
/// assigned ones in `scope` (the same units) are past the 3-day rule.
/// Those are the assigned total less the cases assigned within the last
/// three days (or with no day recorded), which the index of assigned
/// cases gives as two short ranges: the work grows with the assignments of
/// the last days, not with the cases left waiting for years.
pub fn count_for_dashboard(
    conn: &mut PgConnection,
    units: Option<&[UnitId]>,
    scope: Scope,
    today: NaiveDate,
) -> QueryResult<StateCounts> {
    // Two ranges of the index of assigned cases: from the limit, and
    // without a day (an `OR` of the two would read the whole index). The
    // range is closed by tomorrow (no step is recorded after its day; a
    // day of slack for a server whose clock is behind) so that, its two
    // ends being parameters, PostgreSQL estimates it as a short range and
    // keeps one generic plan; from the limit alone, it estimated a third
    // of the assigned cases and planned the statement on every request.
    let recently = || {
        cases::table
            .filter(fixed_sql::<Bool>("cases.state = 'assigned'"))
            .select((
                fixed_sql::<Text>("'recently assigned'"),
                diesel::dsl::count_star(),
            ))
            .into_boxed()
    };
    let mut recent = recently().filter(
        cases::assigned_on.between(start_overdue_before(today), today + chrono::Days::new(1)),
    );
    recent = within!(recent, scope.clone(), cases);
    let mut undated = recently().filter(cases::assigned_on.is_null());
    undated = within!(undated, scope, cases);
    let mut by_state = case_counts::table
        .group_by(case_counts::state)
        .select((case_counts::state, fixed_sql::<BigInt>("sum(n)::bigint")))
        .into_boxed();
    if let Some(ids) = units {
        by_state = by_state
            .filter(case_counts::unit_id.eq_any(ids.iter().map(|id| id.0).collect::<Vec<_>>()));
    }
    let rows: Vec<(String, i64)> = by_state.union_all(recent).union_all(undated).load(conn)?;
    let count = |state: &str| {
        rows.iter()
            .filter(|(s, _)| s == state)
            .map(|(_, n)| *n)
            .sum::<i64>()
    };
    let overdue = (count(CaseState::Assigned.as_str()) - count(RECENT)).max(0);
    let by_state = rows
        .into_iter()
        .filter(|(state, _)| state != RECENT)
        .collect();
    Ok(StateCounts { by_state, overdue })
}

/// The label of the recent assignments' rows, as the statement writes it.
const RECENT: &str = "recently assigned";

/// Cases per state, and the assigned ones past the 3-day rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StateCounts {
    pub by_state: Vec<(String, i64)>,
    pub overdue: i64,
}

/// Cases in `scope` assigned before the 3-day limit, counted from the day
/// recorded for the assignment, and not started (from the index of
/// assigned cases). For any `today`, as the digest of a given day needs;
/// the dashboard's count for the present day is `count_for_dashboard`.
pub fn count_start_overdue(
    conn: &mut PgConnection,
    scope: Scope,
    today: NaiveDate,
) -> QueryResult<i64> {
    // The state as a literal, so PostgreSQL may use the partial index of
    // assigned cases in the plan it keeps.
    let mut query = cases::table
        .filter(fixed_sql::<Bool>("cases.state = 'assigned'"))
        .filter(cases::assigned_on.lt(start_overdue_before(today)))
        .count()
        .into_boxed();
    query = within!(query, scope, cases);
    query.get_result(conn)
}

/// The day of the latest step in a case's history (the intake at least).
pub fn last_step_on(conn: &mut PgConnection, case: CaseId) -> QueryResult<Option<NaiveDate>> {
    case_events::table
        .filter(case_events::case_id.eq(case.0))
        .select(diesel::dsl::max(case_events::occurred_on))
        .first(conn)
}

/// All cases of a team received in a year, in logbook order.
pub fn logbook(conn: &mut PgConnection, team: TeamId, year: i32) -> QueryResult<Vec<CaseRow>> {
    cases::table
        .filter(cases::team_id.eq(team.0))
        .filter(cases::entry_year.eq(year))
        .select(CaseRow::as_select())
        .order(cases::entry_no.asc())
        .load(conn)
}

pub fn set_success_record(
    conn: &mut PgConnection,
    id: CaseId,
    record: &serde_json::Value,
) -> QueryResult<usize> {
    diesel::update(cases::table.find(id.0))
        .set((
            cases::success_record.eq(Some(record)),
            cases::updated_at.eq(Utc::now()),
        ))
        .execute(conn)
}

pub fn set_execution(conn: &mut PgConnection, id: CaseId, execution: &str) -> QueryResult<usize> {
    diesel::update(cases::table.find(id.0))
        .set((
            cases::execution.eq(Some(execution)),
            cases::updated_at.eq(Utc::now()),
        ))
        .execute(conn)
}
