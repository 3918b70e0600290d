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

/// A team's active members (not left) as the composition rules count
/// them: how many, how many women, and their ethnicities.
#[derive(Debug, Clone, QueryableByName)]
pub struct MembersRow {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub unit_id: i64,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub members: i64,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub women: i64,
    #[diesel(sql_type = diesel::sql_types::Array<diesel::sql_types::Text>)]
    pub ethnicities: Vec<String>,
}

/// The active members of every team of `units`, one row per team, in one
/// statement.
pub fn members_of_units(conn: &mut PgConnection, units: &[UnitId]) -> QueryResult<Vec<MembersRow>> {
    let ids: Vec<i64> = units.iter().map(|id| id.0).collect();
    diesel::sql_query(
        "SELECT t.unit_id, count(m.id) AS members, \
                count(m.id) FILTER (WHERE m.sex = 'female') AS women, \
                coalesce(array_agg(DISTINCT m.ethnicity) FILTER (WHERE m.id IS NOT NULL), '{}') AS ethnicities \
           FROM mediation_teams t \
           LEFT JOIN mediators m ON m.team_id = t.id AND m.left_on IS NULL \
          WHERE t.unit_id = ANY($1) \
          GROUP BY t.id",
    )
    .bind::<diesel::sql_types::Array<diesel::sql_types::BigInt>, _>(ids)
    .load(conn)
}
