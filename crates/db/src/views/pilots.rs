//! Pilot models with their units and replications.

use std::collections::HashMap;

use diesel::PgConnection;
use diesel::result::{Error, QueryResult};
use hgcs_domain::PilotId;
use hgcs_domain::api::pilots::{Pilot, Replication};

use super::{Units, stored};
use crate::models::pilot::{self, PilotRow};

/// Pilots in the order given.
pub fn pilots(conn: &mut PgConnection, rows: Vec<PilotRow>) -> QueryResult<Vec<Pilot>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let replications = pilot::replications(conn, &ids)?;
    let units = Units::load(
        conn,
        rows.iter()
            .map(|r| r.unit_id)
            .chain(replications.iter().map(|r| r.unit_id)),
    )?;
    let mut by_pilot: HashMap<i64, Vec<Replication>> = HashMap::new();
    for row in replications {
        by_pilot.entry(row.pilot_id).or_default().push(Replication {
            unit: units.get(row.unit_id)?,
            decision: stored(row.decision)?,
        });
    }
    rows.into_iter()
        .map(|row| {
            Ok(Pilot {
                id: PilotId(row.id),
                unit: units.get(row.unit_id)?,
                replications: by_pilot.remove(&row.id).unwrap_or_default(),
                evaluation: row.evaluation.map(stored).transpose()?,
                year: row.year,
                name: row.name,
                description: row.description,
                version: row.version,
            })
        })
        .collect()
}

/// One pilot.
pub fn pilot(conn: &mut PgConnection, row: PilotRow) -> QueryResult<Pilot> {
    pilots(conn, vec![row])?.pop().ok_or(Error::NotFound)
}
