//! Nominations for commendation (tasks II.4, II.5) and the city's decisions.

pub mod create_commendation;
pub mod decide_commendation;
pub mod list_commendations;

use std::collections::HashMap;

use hgcs_db::PgConnection;
use hgcs_db::models::commendation::CommendationRow;
use hgcs_db::models::unit;
use hgcs_domain::api::pilots::Commendation;
use hgcs_domain::{CommendationId, UnitId};

use crate::error::ApiError;

pub fn commendations_of(
    conn: &mut PgConnection,
    rows: Vec<CommendationRow>,
) -> Result<Vec<Commendation>, ApiError> {
    let unit_ids: Vec<UnitId> = rows.iter().map(|r| UnitId(r.unit_id)).collect();
    let units: HashMap<UnitId, _> = unit::summaries(conn, &unit_ids)?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();
    rows.into_iter()
        .map(|row| {
            Ok(Commendation {
                id: CommendationId(row.id),
                unit: units
                    .get(&UnitId(row.unit_id))
                    .cloned()
                    .ok_or(ApiError::NotFound)?,
                nominee_kind: row.kind()?,
                proposed_level: row.level()?,
                status: row.status()?,
                decision: row
                    .decision
                    .map(serde_json::from_value)
                    .transpose()
                    .map_err(|e| ApiError::Internal(e.to_string()))?,
                year: row.year,
                nominee_name: row.nominee_name,
                grounds: row.grounds,
                decision_note: row.decision_note,
                created_at: row.created_at,
            })
        })
        .collect()
}
