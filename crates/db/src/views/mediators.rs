//! A mediator's profile with the whole history, and mediators in a list.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use diesel::PgConnection;
use diesel::result::QueryResult;
use hgcs_domain::api::mediation::{Mediator, MediatorEvent};
use hgcs_domain::api::mediators::{MediatorListItem, TeamRef};
use hgcs_domain::api::trainings::MediatorTraining;
use hgcs_domain::api::units::UnitSummary;
use hgcs_domain::recorded::mark_late_recognitions;
use hgcs_domain::{CourseId, MediatorId, TeamId, UnitId, UnitLevel};
use serde::de::DeserializeOwned;

use super::Units;
use crate::models::course;
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
        trainings: course::trainings_of(conn, row.id)?
            .into_iter()
            .map(|row| MediatorTraining {
                course_id: CourseId(row.course_id),
                title: row.title,
                starts_on: row.starts_on,
                ends_on: row.ends_on,
                minutes: row.minutes,
                certificate: row.certificate,
            })
            .collect(),
    })
}

/// The commune or ward above each of `units` (itself when it is one), from
/// the tree in memory.
pub(crate) fn communes(
    conn: &mut PgConnection,
    units: impl IntoIterator<Item = i64>,
) -> QueryResult<HashMap<i64, UnitSummary>> {
    let mut paths: HashMap<i64, Vec<UnitId>> = HashMap::new();
    for unit_id in units {
        if let Entry::Vacant(slot) = paths.entry(unit_id) {
            slot.insert(unit::path(conn, UnitId(unit_id))?);
        }
    }
    let units = Units::load(conn, paths.values().flatten().map(|u| u.0))?;
    Ok(paths
        .into_iter()
        .filter_map(|(unit_id, path)| {
            path.iter()
                .filter_map(|id| units.get(id.0).ok())
                .find(|u| u.level == UnitLevel::Commune)
                .map(|commune| (unit_id, commune))
        })
        .collect())
}

/// Mediators found by `mediator::list`, each with its team, the team's
/// unit and the commune or ward above it (units from the tree in memory).
pub fn listed(conn: &mut PgConnection, rows: Vec<Listed>) -> QueryResult<Vec<MediatorListItem>> {
    let communes = communes(conn, rows.iter().map(|(_, _, unit_id)| *unit_id))?;
    let units = Units::load(conn, rows.iter().map(|(_, _, unit_id)| *unit_id))?;
    rows.into_iter()
        .map(|(row, team_name, unit_id)| {
            Ok(MediatorListItem {
                summary: row.summary()?,
                education: row.education()?,
                team: TeamRef {
                    id: TeamId(row.team_id.unwrap_or_default()),
                    name: team_name,
                },
                unit: units.get(unit_id)?,
                commune: communes.get(&unit_id).cloned(),
            })
        })
        .collect()
}
