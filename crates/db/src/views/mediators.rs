//! A mediator's profile with the whole history.

use diesel::PgConnection;
use diesel::result::QueryResult;
use hgcs_domain::api::mediation::{Mediator, MediatorEvent};
use hgcs_domain::recorded::mark_late_recognitions;
use hgcs_domain::{MediatorId, TeamId};
use serde::de::DeserializeOwned;

use crate::models::mediator::{self, MediatorRow};

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
