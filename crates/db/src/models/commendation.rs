use chrono::{DateTime, Utc};
use diesel::prelude::*;
use hgcs_domain::api::pilots::CommendationQuery;
use hgcs_domain::plan::{CommendationLevel, CommendationStatus, NomineeKind};
use hgcs_domain::{CommendationId, UnitId, UserId};

use super::parse_word;
use crate::schema::commendations;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = commendations, check_for_backend(diesel::pg::Pg))]
pub struct CommendationRow {
    pub id: i64,
    pub year: i32,
    pub unit_id: i64,
    pub nominee_kind: String,
    pub nominee_name: String,
    pub grounds: String,
    pub proposed_level: String,
    pub status: String,
    pub decision: Option<serde_json::Value>,
    pub decision_note: String,
    pub created_at: DateTime<Utc>,
    pub version: i32,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = commendations)]
pub struct NewCommendationRow {
    pub year: i32,
    pub unit_id: i64,
    pub nominee_kind: String,
    pub nominee_name: String,
    pub grounds: String,
    pub proposed_level: String,
    pub nominated_by: i64,
}

impl CommendationRow {
    pub fn kind(&self) -> QueryResult<NomineeKind> {
        parse_word(&self.nominee_kind, NomineeKind::parse)
    }

    pub fn level(&self) -> QueryResult<CommendationLevel> {
        parse_word(&self.proposed_level, CommendationLevel::parse)
    }

    pub fn status(&self) -> QueryResult<CommendationStatus> {
        parse_word(&self.status, CommendationStatus::parse)
    }
}

pub fn insert(conn: &mut PgConnection, new: &NewCommendationRow) -> QueryResult<CommendationRow> {
    diesel::insert_into(commendations::table)
        .values(new)
        .returning(CommendationRow::as_returning())
        .get_result(conn)
}

pub fn find(conn: &mut PgConnection, id: CommendationId) -> QueryResult<CommendationRow> {
    commendations::table
        .find(id.0)
        .select(CommendationRow::as_select())
        .first(conn)
}

pub fn list(
    conn: &mut PgConnection,
    filter: &CommendationQuery,
    units: Option<&[UnitId]>,
) -> QueryResult<Vec<CommendationRow>> {
    let mut query = commendations::table
        .select(CommendationRow::as_select())
        .into_boxed();
    if let Some(ids) = units {
        query = query
            .filter(commendations::unit_id.eq_any(ids.iter().map(|id| id.0).collect::<Vec<_>>()));
    }
    if let Some(year) = filter.year {
        query = query.filter(commendations::year.eq(year));
    }
    if let Some(status) = filter.status {
        query = query.filter(commendations::status.eq(status.as_str()));
    }
    if let Some(unit) = filter.unit_id {
        query = query.filter(commendations::unit_id.eq(unit.0));
    }
    query
        .order((commendations::year.desc(), commendations::id.asc()))
        .load(conn)
}

/// The commendations approved for `units` in `years`, in the order of
/// [`list`].
pub fn approved_in(
    conn: &mut PgConnection,
    units: &[UnitId],
    years: std::ops::RangeInclusive<i32>,
) -> QueryResult<Vec<CommendationRow>> {
    commendations::table
        .filter(commendations::unit_id.eq_any(units.iter().map(|id| id.0).collect::<Vec<_>>()))
        .filter(commendations::year.between(*years.start(), *years.end()))
        .filter(commendations::status.eq(CommendationStatus::Approved.as_str()))
        .select(CommendationRow::as_select())
        .order((commendations::year.desc(), commendations::id.asc()))
        .load(conn)
}

/// Records the decision on a nomination that is still open; `None` when
/// it was decided already.
pub fn decide(
    conn: &mut PgConnection,
    id: CommendationId,
    status: CommendationStatus,
    decision: Option<&serde_json::Value>,
    note: &str,
    by: UserId,
) -> QueryResult<Option<CommendationRow>> {
    diesel::update(
        commendations::table
            .find(id.0)
            .filter(commendations::status.eq(CommendationStatus::Proposed.as_str())),
    )
    .set((
        commendations::status.eq(status.as_str()),
        commendations::decision.eq(decision),
        commendations::decision_note.eq(note),
        commendations::decided_by.eq(by.0),
        commendations::updated_at.eq(Utc::now()),
    ))
    .returning(CommendationRow::as_returning())
    .get_result(conn)
    .optional()
}
