use diesel::prelude::*;
use hgcs_domain::api::pilots::PilotQuery;
use hgcs_domain::{PilotId, UnitId};

use crate::schema::{pilot_models, pilot_replications};

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = pilot_models, check_for_backend(diesel::pg::Pg))]
pub struct PilotRow {
    pub id: i64,
    pub unit_id: i64,
    pub year: i32,
    pub name: String,
    pub description: String,
    pub evaluation: Option<serde_json::Value>,
    pub version: i32,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = pilot_replications, check_for_backend(diesel::pg::Pg))]
pub struct ReplicationRow {
    pub pilot_id: i64,
    pub unit_id: i64,
    pub decision: serde_json::Value,
}

pub fn insert(
    conn: &mut PgConnection,
    unit: UnitId,
    year: i32,
    name: &str,
    description: &str,
) -> QueryResult<PilotRow> {
    diesel::insert_into(pilot_models::table)
        .values((
            pilot_models::unit_id.eq(unit.0),
            pilot_models::year.eq(year),
            pilot_models::name.eq(name),
            pilot_models::description.eq(description),
        ))
        .returning(PilotRow::as_returning())
        .get_result(conn)
}

pub fn find(conn: &mut PgConnection, id: PilotId) -> QueryResult<PilotRow> {
    pilot_models::table
        .find(id.0)
        .select(PilotRow::as_select())
        .first(conn)
}

pub fn list(
    conn: &mut PgConnection,
    filter: &PilotQuery,
    units: Option<&[UnitId]>,
) -> QueryResult<Vec<PilotRow>> {
    let mut query = pilot_models::table
        .select(PilotRow::as_select())
        .into_boxed();
    if let Some(ids) = units {
        query = query
            .filter(pilot_models::unit_id.eq_any(ids.iter().map(|id| id.0).collect::<Vec<_>>()));
    }
    if let Some(unit) = filter.unit_id {
        query = query.filter(pilot_models::unit_id.eq(unit.0));
    }
    if let Some(year) = filter.year {
        query = query.filter(pilot_models::year.eq(year));
    }
    query
        .order((
            pilot_models::year.asc(),
            pilot_models::unit_id.asc(),
            pilot_models::id.asc(),
        ))
        .load(conn)
}

pub fn set_evaluation(
    conn: &mut PgConnection,
    id: PilotId,
    evaluation: &serde_json::Value,
) -> QueryResult<PilotRow> {
    diesel::update(pilot_models::table.find(id.0))
        .set((
            pilot_models::evaluation.eq(Some(evaluation)),
            pilot_models::updated_at.eq(diesel::dsl::now),
        ))
        .returning(PilotRow::as_returning())
        .get_result(conn)
}

pub fn replications(conn: &mut PgConnection, pilots: &[i64]) -> QueryResult<Vec<ReplicationRow>> {
    pilot_replications::table
        .filter(pilot_replications::pilot_id.eq_any(pilots))
        .select(ReplicationRow::as_select())
        .order(pilot_replications::id.asc())
        .load(conn)
}

/// Records the decision for each unit; a unit already named keeps its first decision.
pub fn replicate(
    conn: &mut PgConnection,
    pilot: PilotId,
    units: &[UnitId],
    decision: &serde_json::Value,
) -> QueryResult<usize> {
    let rows: Vec<_> = units
        .iter()
        .map(|unit| {
            (
                pilot_replications::pilot_id.eq(pilot.0),
                pilot_replications::unit_id.eq(unit.0),
                pilot_replications::decision.eq(decision),
            )
        })
        .collect();
    diesel::insert_into(pilot_replications::table)
        .values(rows)
        .on_conflict((pilot_replications::pilot_id, pilot_replications::unit_id))
        .do_nothing()
        .execute(conn)
}
