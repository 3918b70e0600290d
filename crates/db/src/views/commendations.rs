//! Nominations for commendation with their units.

use diesel::PgConnection;
use diesel::result::{Error, QueryResult};
use hgcs_domain::CommendationId;
use hgcs_domain::api::pilots::Commendation;

use super::{Units, stored};
use crate::models::commendation::CommendationRow;

pub fn commendations(
    conn: &mut PgConnection,
    rows: Vec<CommendationRow>,
) -> QueryResult<Vec<Commendation>> {
    let units = Units::load(conn, rows.iter().map(|r| r.unit_id))?;
    rows.into_iter()
        .map(|row| {
            Ok(Commendation {
                id: CommendationId(row.id),
                version: row.version,
                unit: units.get(row.unit_id)?,
                nominee_kind: row.kind()?,
                proposed_level: row.level()?,
                status: row.status()?,
                decision: row.decision.map(stored).transpose()?,
                year: row.year,
                nominee_name: row.nominee_name,
                grounds: row.grounds,
                decision_note: row.decision_note,
                created_at: row.created_at,
            })
        })
        .collect()
}

/// One nomination.
pub fn commendation(conn: &mut PgConnection, row: CommendationRow) -> QueryResult<Commendation> {
    commendations(conn, vec![row])?.pop().ok_or(Error::NotFound)
}
