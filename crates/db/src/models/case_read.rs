//! Cases read with what they refer to in the same statement: the team's
//! name, the mediators, and for one case its parties and history (as JSON
//! aggregated by PostgreSQL), so a page or a case costs one round trip.
//! Lists are scoped by the unit columns the database keeps on each case
//! (`province_id`, `district_id`, `commune_id`), each the head of an index
//! in newest-first order.

use chrono::NaiveDate;
use diesel::dsl::sql;
use diesel::prelude::*;
use diesel::sql_types::{Jsonb, Nullable};
use hgcs_domain::api::mediation::{CaseQuery, MediatorSummary};
use hgcs_domain::mediation::{CaseState, Sex, start_overdue_before};
use hgcs_domain::{MediatorId, UnitId, UnitLevel};
use serde::Deserialize;

use super::case::{CaseRow, EventRow, PartyRow};
use super::parse_word;
use crate::schema::{cases, mediation_teams};

/// Where a list looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Everywhere,
    /// Within the tree of a unit of the given level.
    Under(UnitId, UnitLevel),
}

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

/// Cases by id, each with its parties and history, in one statement, in
/// the order of `ids`.
pub fn records(conn: &mut PgConnection, ids: &[i64]) -> QueryResult<Vec<CaseRecord>> {
    let mut rows: Vec<Loaded> = cases::table
        .inner_join(mediation_teams::table)
        .filter(cases::id.eq_any(ids))
        .select((
            CaseRow::as_select(),
            mediation_teams::name,
            sql::<Jsonb>(MEDIATORS),
            sql::<Nullable<Jsonb>>(PARTIES),
            sql::<Nullable<Jsonb>>(EVENTS),
        ))
        .load(conn)?;
    rows.sort_by_key(|loaded| ids.iter().position(|id| *id == loaded.0.id));
    rows.into_iter().map(record).collect()
}

/// A page of cases newest first, after the `(received_on, id)` cursor,
/// with their teams and mediators (no parties, no history).
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
        .select((
            CaseRow::as_select(),
            mediation_teams::name,
            sql::<Jsonb>(MEDIATORS),
            sql::<Nullable<Jsonb>>("NULL"),
            sql::<Nullable<Jsonb>>("NULL"),
        ))
        .into_boxed();
    if let Scope::Under(unit, level) = scope {
        query = match level {
            UnitLevel::Province => query.filter(cases::province_id.eq(unit.0)),
            UnitLevel::District => query.filter(cases::district_id.eq(unit.0)),
            UnitLevel::Commune => query.filter(cases::commune_id.eq(unit.0)),
            UnitLevel::Village => query.filter(cases::unit_id.eq(unit.0)),
        };
    }
    if let Some(team) = filter.team_id {
        query = query.filter(cases::team_id.eq(team.0));
    }
    if let Some(kind) = filter.kind {
        query = query.filter(cases::kind.eq(kind.as_str()));
    }
    if let Some(state) = filter.state {
        query = query.filter(cases::state.eq(state.as_str()));
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
    let rows: Vec<Loaded> = query
        .order((cases::received_on.desc(), cases::id.desc()))
        .limit(limit)
        .load(conn)?;
    rows.into_iter().map(record).collect()
}
