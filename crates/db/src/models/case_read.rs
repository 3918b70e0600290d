//! Cases read with what they refer to: one case with its team's name,
//! mediators, parties and history in one statement (JSON aggregated by
//! PostgreSQL); a page of cases with their teams' names in one statement
//! and the mediators of the whole page in a second. (Aggregating JSON per
//! row of a page costs PostgreSQL several times the page itself.) Every
//! statement here is prepared once per connection (`fixed_sql`).
//! Lists are scoped by the unit columns the database keeps on each case
//! (`province_id`, `district_id`, `commune_id`), each the head of an index
//! in newest-first order.

use std::collections::HashMap;

use chrono::NaiveDate;
use diesel::dsl::AsSelect;
use diesel::pg::Pg;
use diesel::prelude::*;
use diesel::sql_types::{Jsonb, Nullable, Text};
use hgcs_domain::api::mediation::{CaseQuery, MediatorSummary};
use hgcs_domain::mediation::{CaseKind, CaseState, Sex, start_overdue_before};
use hgcs_domain::{MediatorId, UnitId, UnitLevel};
use serde::Deserialize;

use super::case::{CaseRow, EventRow, PartyRow};
use super::fixed_sql::{FixedSql, fixed_sql};
use super::mediator::MediatorRow;
use super::parse_word;
use super::written_limit::WrittenLimit;
use crate::schema::{case_mediators, cases, mediation_teams, mediators};

/// Where a list looks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    Everywhere,
    /// Within the tree of a unit of the given level.
    Under(UnitId, UnitLevel),
    /// Within the trees of several units: a unit and those it took over
    /// in a reorganisation.
    Among(Vec<(UnitId, UnitLevel)>),
}

impl Scope {
    /// The ids of the roots of `level` (for `Among`).
    pub fn roots_of(roots: &[(UnitId, UnitLevel)], level: UnitLevel) -> Vec<i64> {
        roots
            .iter()
            .filter(|(_, l)| *l == level)
            .map(|(id, _)| id.0)
            .collect()
    }
}

/// A boxed query on `$table` (cases, pay_claims, questions: each carries
/// the scope columns of its unit) narrowed to `scope`: the scope column of
/// the root's level (each the head of an index), or nothing for everywhere.
macro_rules! within {
    ($query:expr, $scope:expr, $table:ident) => {
        match $scope {
            $crate::models::case_read::Scope::Everywhere => $query,
            $crate::models::case_read::Scope::Under(unit, level) => {
                use $crate::schema::$table;
                match level {
                    hgcs_domain::UnitLevel::Province => {
                        $query.filter($table::province_id.eq(unit.0))
                    }
                    hgcs_domain::UnitLevel::District => {
                        $query.filter($table::district_id.eq(unit.0))
                    }
                    hgcs_domain::UnitLevel::Commune => $query.filter($table::commune_id.eq(unit.0)),
                    hgcs_domain::UnitLevel::Village => $query.filter($table::unit_id.eq(unit.0)),
                }
            }
            $crate::models::case_read::Scope::Among(roots) => {
                use hgcs_domain::UnitLevel;
                use $crate::models::case_read::Scope;
                use $crate::schema::$table;
                // Roots of one level (a new ward and the communes merged
                // into it, a province and the one it took over) filter one
                // indexed column; mixed levels need every column.
                let first = roots.first().map(|(_, level)| *level);
                let one = roots.iter().all(|(_, level)| Some(*level) == first);
                let ids = |level| Scope::roots_of(&roots, level);
                match first {
                    Some(UnitLevel::Province) if one => {
                        $query.filter($table::province_id.eq_any(ids(UnitLevel::Province)))
                    }
                    Some(UnitLevel::District) if one => {
                        $query.filter($table::district_id.eq_any(ids(UnitLevel::District)))
                    }
                    Some(UnitLevel::Commune) if one => {
                        $query.filter($table::commune_id.eq_any(ids(UnitLevel::Commune)))
                    }
                    _ => $query.filter(
                        $table::province_id
                            .eq_any(ids(UnitLevel::Province))
                            .or($table::district_id.eq_any(ids(UnitLevel::District)))
                            .or($table::commune_id.eq_any(ids(UnitLevel::Commune)))
                            .or($table::unit_id.nullable().eq_any(ids(UnitLevel::Village))),
                    ),
                }
            }
        }
    };
}
pub(crate) use within;

/// A case with the rows it refers to.
#[derive(Debug, Clone)]
pub struct CaseRecord {
    pub row: CaseRow,
    pub team_name: String,
    pub mediators: Vec<MediatorSummary>,
    /// Loaded for single cases only.
    pub parties: Vec<PartyRow>,
    pub events: Vec<EventRow>,
}

const MEDIATORS: &str = "(SELECT COALESCE(jsonb_agg(jsonb_build_object(\
    'id', m.id, 'full_name', m.full_name, 'sex', m.sex, 'birth_year', m.birth_year, \
    'ethnicity', m.ethnicity, 'left_on', m.left_on, 'is_leader', m.is_leader) ORDER BY m.id), '[]'::jsonb) \
    FROM case_mediators cm JOIN mediators m ON m.id = cm.mediator_id WHERE cm.case_id = cases.id)";

const PARTIES: &str = "(SELECT COALESCE(jsonb_agg(jsonb_build_object(\
    'kind', p.kind, 'name', p.name, 'birth_year', p.birth_year, 'address', p.address) \
    ORDER BY p.position), '[]'::jsonb) FROM case_parties p WHERE p.case_id = cases.id)";

const EVENTS: &str = "(SELECT COALESCE(jsonb_agg(jsonb_build_object(\
    'action', e.action, 'state', e.state, 'occurred_on', e.occurred_on, 'note', e.note, \
    'by', u.display_name, 'at', e.created_at) ORDER BY e.id), '[]'::jsonb) \
    FROM case_events e JOIN users u ON u.id = e.by_user WHERE e.case_id = cases.id)";

type Loaded = (
    CaseRow,
    String,
    serde_json::Value,
    Option<serde_json::Value>,
    Option<serde_json::Value>,
);

/// A case as a list reads it: every column of `CaseRow` but the personal
/// ones (summary, proposer, invited, outcome, success record), which a
/// list never shows and which would cost their parsing on every row;
/// they come back empty, and the success record only says whether there
/// is one.
type Listed = (
    cases::id,
    cases::unit_id,
    cases::team_id,
    cases::entry_no,
    cases::received_on,
    cases::start_kind,
    FixedSql<Text>,
    cases::kind,
    FixedSql<Text>,
    FixedSql<Jsonb>,
    cases::public_session,
    cases::risk_of_violence,
    cases::signs_of_offence,
    cases::state,
    cases::assigned_on,
    cases::assigned_at,
    cases::closed_on,
    FixedSql<Text>,
    cases::execution,
    FixedSql<Nullable<Jsonb>>,
    cases::version,
);

const LISTED: Listed = (
    cases::id,
    cases::unit_id,
    cases::team_id,
    cases::entry_no,
    cases::received_on,
    cases::start_kind,
    fixed_sql("''"),
    cases::kind,
    fixed_sql("''"),
    fixed_sql("'[]'::jsonb"),
    cases::public_session,
    cases::risk_of_violence,
    cases::signs_of_offence,
    cases::state,
    cases::assigned_on,
    cases::assigned_at,
    cases::closed_on,
    fixed_sql("''"),
    cases::execution,
    fixed_sql("CASE WHEN cases.success_record IS NULL THEN NULL ELSE 'true'::jsonb END"),
    cases::version,
);

/// The mediator as the aggregate carries it.
#[derive(Deserialize)]
struct MediatorJson {
    id: i64,
    full_name: String,
    sex: String,
    birth_year: i32,
    ethnicity: String,
    left_on: Option<NaiveDate>,
    is_leader: bool,
}

impl MediatorJson {
    fn summary(self) -> QueryResult<MediatorSummary> {
        let active = self.left_on.is_none();
        Ok(MediatorSummary {
            id: MediatorId(self.id),
            full_name: self.full_name,
            sex: parse_word(&self.sex, Sex::parse)?,
            birth_year: self.birth_year,
            ethnicity: self.ethnicity,
            active,
            is_leader: self.is_leader && active,
        })
    }
}

fn decoded<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> QueryResult<T> {
    serde_json::from_value(value)
        .map_err(|e| diesel::result::Error::DeserializationError(Box::new(e)))
}

fn record(loaded: Loaded) -> QueryResult<CaseRecord> {
    let (row, team_name, mediators, parties, events) = loaded;
    Ok(CaseRecord {
        row,
        team_name,
        mediators: decoded::<Vec<MediatorJson>>(mediators)?
            .into_iter()
            .map(MediatorJson::summary)
            .collect::<QueryResult<_>>()?,
        parties: parties.map(decoded).transpose()?.unwrap_or_default(),
        events: events.map(decoded).transpose()?.unwrap_or_default(),
    })
}

type Detailed = (
    AsSelect<CaseRow, Pg>,
    mediation_teams::name,
    FixedSql<Jsonb>,
    FixedSql<Nullable<Jsonb>>,
    FixedSql<Nullable<Jsonb>>,
);

/// What a case is read with when it is read alone (or a few by id).
fn detailed() -> Detailed {
    (
        CaseRow::as_select(),
        mediation_teams::name,
        fixed_sql(MEDIATORS),
        fixed_sql(PARTIES),
        fixed_sql(EVENTS),
    )
}

/// One case with its parties and history, in one statement (`id = $1`,
/// so PostgreSQL keeps one generic plan for it).
pub fn record_of(conn: &mut PgConnection, id: i64) -> QueryResult<Option<CaseRecord>> {
    let row: Option<Loaded> = cases::table
        .inner_join(mediation_teams::table)
        .filter(cases::id.eq(id))
        .select(detailed())
        .first(conn)
        .optional()?;
    row.map(record).transpose()
}

/// Cases by id, each with its parties and history, in one statement, in
/// the order of `ids`.
pub fn records(conn: &mut PgConnection, ids: &[i64]) -> QueryResult<Vec<CaseRecord>> {
    let mut rows: Vec<Loaded> = cases::table
        .inner_join(mediation_teams::table)
        .filter(cases::id.eq_any(ids))
        .select(detailed())
        .load(conn)?;
    let order: HashMap<i64, usize> = ids.iter().enumerate().map(|(at, id)| (*id, at)).collect();
    rows.sort_by_key(|loaded| order.get(&loaded.0.id).copied());
    rows.into_iter().map(record).collect()
}

/// A page of cases newest first, after the `(received_on, id)` cursor,
/// with their teams and mediators (no parties, no history), in two
/// statements.
pub fn list(
    conn: &mut PgConnection,
    filter: &CaseQuery,
    scope: Scope,
    after: Option<(NaiveDate, i64)>,
    limit: i64,
    today: NaiveDate,
) -> QueryResult<Vec<CaseRecord>> {
    let mut query = cases::table
        .inner_join(mediation_teams::table)
        .select((LISTED, mediation_teams::name))
        .into_boxed();
    query = within!(query, scope, cases);
    if let Some(team) = filter.team_id {
        query = query.filter(cases::team_id.eq(team.0));
    }
    if let Some(kind) = filter.kind {
        query = query.filter(cases::kind.eq(kind.as_str()));
    }
    if let Some(state) = filter.state {
        query = query.filter(cases::state.eq(state.as_str()));
    }
    if let Some(group) = filter.group {
        let kinds: Vec<&str> = group.kinds().into_iter().map(CaseKind::as_str).collect();
        query = query.filter(cases::kind.eq_any(kinds));
    }
    if let Some(result) = filter.result {
        let states: Vec<&str> = result.states().into_iter().map(CaseState::as_str).collect();
        query = query.filter(cases::state.eq_any(states));
    }
    if let Some(from) = filter.from {
        query = query.filter(cases::received_on.ge(from));
    }
    if let Some(to) = filter.to {
        query = query.filter(cases::received_on.le(to));
    }
    if filter.overdue == Some(true) {
        query = query
            .filter(cases::state.eq(CaseState::Assigned.as_str()))
            .filter(cases::assigned_on.lt(start_overdue_before(today)));
    }
    if let Some((day, id)) = after {
        query = query.filter(
            cases::received_on
                .lt(day)
                .or(cases::received_on.eq(day).and(cases::id.lt(id))),
        );
    }
    let rows: Vec<(CaseRow, String)> = query
        .order((cases::received_on.desc(), cases::id.desc()))
        .written_limit(limit)
        .load(conn)?;
    let ids: Vec<i64> = rows.iter().map(|(row, _)| row.id).collect();
    let mut serving = mediators_of(conn, &ids)?;
    Ok(rows
        .into_iter()
        .map(|(row, team_name)| CaseRecord {
            mediators: serving.remove(&row.id).unwrap_or_default(),
            row,
            team_name,
            parties: Vec::new(),
            events: Vec::new(),
        })
        .collect())
}

/// The mediators of each case, in one statement.
fn mediators_of(
    conn: &mut PgConnection,
    ids: &[i64],
) -> QueryResult<HashMap<i64, Vec<MediatorSummary>>> {
    let rows: Vec<(i64, MediatorRow)> = case_mediators::table
        .inner_join(mediators::table)
        .filter(case_mediators::case_id.eq_any(ids))
        .select((case_mediators::case_id, MediatorRow::as_select()))
        .order((case_mediators::case_id, mediators::id))
        .load(conn)?;
    let mut by_case: HashMap<i64, Vec<MediatorSummary>> = HashMap::new();
    for (case_id, mediator) in rows {
        by_case
            .entry(case_id)
            .or_default()
            .push(mediator.summary()?);
    }
    Ok(by_case)
}
