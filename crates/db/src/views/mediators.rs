//! A mediator's profile with the whole history, and mediators in a list.

use std::collections::HashMap;

use diesel::PgConnection;
use diesel::result::QueryResult;
use hgcs_domain::api::mediation::{Mediator, MediatorEvent};
use hgcs_domain::api::mediators::{MediatorListItem, TeamRef};
use hgcs_domain::recorded::mark_late_recognitions;
use hgcs_domain::{MediatorId, TeamId, UnitId, UnitLevel};
use serde::de::DeserializeOwned;

use super::Units;
use crate::models::mediator::{self, Listed, MediatorRow};
use crate::models::unit;

pub fn detail(conn: &mut PgConnection, row: MediatorRow) -> QueryResult<Mediator> {
    fn field(details: &serde_json::Value, name: &str) -> serde_json::Value {
        details.get(name).cloned().unwrap_or_default()
    }
    fn parse<T: DeserializeOwned>(details: &serde_json::Value, name: &str) -> Option<T> {
        serde_json::from_value(field(details, name)).ok()
    }
    let mut history = mediator::events(conn, MediatorId(row.id))?
        .into_iter()
        .map(|event| {
            Ok(MediatorEvent {
                kind: event.kind()?,
                occurred_on: event.occurred_on,
                method: parse(&event.details, "method"),
                percent: field(&event.details, "percent").as_f64(),
                decision: parse(&event.details, "decision"),
                reason: parse(&event.details, "reason"),
                note: field(&event.details, "note")
                    .as_str()
                    .unwrap_or_default()
                    .to_owned(),
                late: field(&event.details, "late").as_bool().unwrap_or(false),
                recorded_at: event.created_at,
            })
        })
        .collect::<QueryResult<Vec<_>>>()?;
    mark_late_recognitions(&mut history);
    Ok(Mediator {
        summary: row.summary()?,
        version: row.version,
        team_id: row.team_id.map(TeamId),
        education: row.education()?,
        occupation: row.occupation,
        phone: row.phone,
        history,
    })
}

/// Mediators found by `mediator::list`, each with its team, the team's
/// unit and the commune or ward above it (units from the tree in memory).
pub fn listed(conn: &mut PgConnection, rows: Vec<Listed>) -> QueryResult<Vec<MediatorListItem>> {
    let mut paths: HashMap<i64, Vec<UnitId>> = HashMap::new();
    for (_, _, unit_id) in &rows {
        if !paths.contains_key(unit_id) {
            paths.insert(*unit_id, unit::path(conn, UnitId(*unit_id))?);
        }
    }
    let units = Units::load(conn, paths.values().flatten().map(|u| u.0))?;
    rows.into_iter()
        .map(|(row, team_name, unit_id)| {
            let commune = paths
                .get(&unit_id)
                .into_iter()
                .flatten()
                .filter_map(|id| units.get(id.0).ok())
                .find(|u| u.level == UnitLevel::Commune);
            Ok(MediatorListItem {
                summary: row.summary()?,
                education: row.education()?,
                team: TeamRef {
                    id: TeamId(row.team_id.unwrap_or_default()),
                    name: team_name,
                },
                unit: units.get(unit_id)?,
                commune,
            })
        })
        .collect()
}
