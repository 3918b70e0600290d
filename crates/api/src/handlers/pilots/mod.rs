//! Pilot models of 2019–2021 (task II.4): registration, evaluation and the
//! decision to replicate.

pub mod create_pilot;
pub mod evaluate_pilot;
pub mod list_pilots;
pub mod replicate_pilot;

use std::collections::HashMap;

use hgcs_db::PgConnection;
use hgcs_db::models::pilot::{self, PilotRow};
use hgcs_db::models::unit;
use hgcs_domain::api::pilots::{Pilot, PilotEvaluation, Replication};
use hgcs_domain::plan::DocumentRef;
use hgcs_domain::policy::{Actor, Reach};
use hgcs_domain::{PilotId, UnitId};

use crate::error::ApiError;
use crate::handlers::plans::reach_of;

fn json_error(error: serde_json::Error) -> ApiError {
    ApiError::Internal(format!("stored pilot data: {error}"))
}

/// Pilots with their units and replications, in the order given.
pub fn pilots_of(conn: &mut PgConnection, rows: Vec<PilotRow>) -> Result<Vec<Pilot>, ApiError> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let replications = pilot::replications(conn, &ids)?;
    let mut unit_ids: Vec<UnitId> = rows.iter().map(|r| UnitId(r.unit_id)).collect();
    unit_ids.extend(replications.iter().map(|r| UnitId(r.unit_id)));
    let units: HashMap<UnitId, _> = unit::summaries(conn, &unit_ids)?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();
    let mut by_pilot: HashMap<i64, Vec<Replication>> = HashMap::new();
    for row in replications {
        let decision: DocumentRef = serde_json::from_value(row.decision).map_err(json_error)?;
        if let Some(unit) = units.get(&UnitId(row.unit_id)) {
            by_pilot.entry(row.pilot_id).or_default().push(Replication {
                unit: unit.clone(),
                decision,
            });
        }
    }
    rows.into_iter()
        .map(|row| {
            let evaluation: Option<PilotEvaluation> = row
                .evaluation
                .map(serde_json::from_value)
                .transpose()
                .map_err(json_error)?;
            Ok(Pilot {
                id: PilotId(row.id),
                unit: units
                    .get(&UnitId(row.unit_id))
                    .cloned()
                    .ok_or(ApiError::NotFound)?,
                replications: by_pilot.remove(&row.id).unwrap_or_default(),
                year: row.year,
                name: row.name,
                description: row.description,
                evaluation,
            })
        })
        .collect()
}

/// The pilot and where its unit stands for the caller; 403 outside scope.
pub fn readable_pilot(
    conn: &mut PgConnection,
    actor: &Actor,
    id: PilotId,
) -> Result<(PilotRow, Reach), ApiError> {
    let row = pilot::find(conn, id)?;
    let reach = reach_of(conn, actor, UnitId(row.unit_id))?;
    if !actor.is_admin() && reach == Reach::Outside {
        return Err(ApiError::Forbidden);
    }
    Ok((row, reach))
}
