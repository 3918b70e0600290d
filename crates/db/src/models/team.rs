use diesel::prelude::*;
use hgcs_domain::{TeamId, UnitId};

use crate::schema::mediation_teams;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = mediation_teams, check_for_backend(diesel::pg::Pg))]
pub struct TeamRow {
    pub id: i64,
    pub unit_id: i64,
    pub name: String,
    pub founded_by: Option<serde_json::Value>,
    pub version: i32,
}

pub fn insert(
    conn: &mut PgConnection,
    unit: UnitId,
    name: &str,
    founded_by: Option<&serde_json::Value>,
) -> QueryResult<TeamRow> {
    diesel::insert_into(mediation_teams::table)
        .values((
            mediation_teams::unit_id.eq(unit.0),
            mediation_teams::name.eq(name),
            mediation_teams::founded_by.eq(founded_by),
        ))
        .returning(TeamRow::as_returning())
        .get_result(conn)
}

pub fn find(conn: &mut PgConnection, id: TeamId) -> QueryResult<TeamRow> {
    mediation_teams::table
        .find(id.0)
        .select(TeamRow::as_select())
        .first(conn)
}

/// Locks the team row so that case numbers are handed out one at a time.
pub fn lock(conn: &mut PgConnection, id: TeamId) -> QueryResult<TeamRow> {
    mediation_teams::table
        .find(id.0)
        .select(TeamRow::as_select())
        .for_update()
        .first(conn)
}

pub fn list(conn: &mut PgConnection, units: Option<&[UnitId]>) -> QueryResult<Vec<TeamRow>> {
    let mut query = mediation_teams::table
        .select(TeamRow::as_select())
        .into_boxed();
    if let Some(ids) = units {
        query = query
            .filter(mediation_teams::unit_id.eq_any(ids.iter().map(|id| id.0).collect::<Vec<_>>()));
    }
    query
        .order((mediation_teams::unit_id.asc(), mediation_teams::name.asc()))
        .load(conn)
}

pub fn many(conn: &mut PgConnection, ids: &[i64]) -> QueryResult<Vec<TeamRow>> {
    mediation_teams::table
        .filter(mediation_teams::id.eq_any(ids))
        .select(TeamRow::as_select())
        .load(conn)
}
