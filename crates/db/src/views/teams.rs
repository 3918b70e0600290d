//! Teams with their members, units and the rules they fall short of.

use std::collections::HashMap;

use diesel::PgConnection;
use diesel::result::{Error, QueryResult};
use hgcs_domain::api::mediation::Team;
use hgcs_domain::mediation::{is_minority, team_shortfalls};
use hgcs_domain::{TeamId, UnitId};

use super::{Units, stored};
use crate::models::mediator::{self, MediatorRow};
use crate::models::team::TeamRow;
use crate::models::unit;

/// Teams in the order given, in a fixed number of queries plus one per
/// distinct unit for the minority-area rule.
pub fn teams(conn: &mut PgConnection, rows: Vec<TeamRow>) -> QueryResult<Vec<Team>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut members: HashMap<i64, Vec<MediatorRow>> = HashMap::new();
    for row in mediator::for_teams(conn, &ids)? {
        if let Some(team) = row.team_id {
            members.entry(team).or_default().push(row);
        }
    }
    let units = Units::load(conn, rows.iter().map(|r| r.unit_id))?;
    let mut minority: HashMap<i64, bool> = HashMap::new();
    let mut teams = Vec::with_capacity(rows.len());
    for row in rows {
        let area = match minority.get(&row.unit_id) {
            Some(area) => *area,
            None => {
                let area = unit::in_minority_area(conn, UnitId(row.unit_id))?;
                minority.insert(row.unit_id, area);
                area
            }
        };
        let mine = members.remove(&row.id).unwrap_or_default();
        let active: Vec<_> = mine
            .iter()
            .filter(|m| m.active())
            .map(|m| Ok((m.sex()?, is_minority(&m.ethnicity))))
            .collect::<QueryResult<_>>()?;
        teams.push(Team {
            id: TeamId(row.id),
            version: row.version,
            unit: units.get(row.unit_id)?,
            shortfalls: team_shortfalls(&active, area),
            founded_by: row.founded_by.map(stored).transpose()?,
            name: row.name,
            members: mine
                .iter()
                .map(MediatorRow::summary)
                .collect::<QueryResult<_>>()?,
        });
    }
    Ok(teams)
}

/// One team.
pub fn team(conn: &mut PgConnection, row: TeamRow) -> QueryResult<Team> {
    teams(conn, vec![row])?.pop().ok_or(Error::NotFound)
}
