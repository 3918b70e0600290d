//! Mediation cases: intake with the scope check, the workflow, lists and
//! the confidentiality of the parties' data.

pub mod count_cases;
pub mod create_case;
pub mod get_case;
pub mod list_cases;
pub mod record;
pub mod step_case;

use std::collections::HashMap;

use chrono::Utc;
use hgcs_db::PgConnection;
use hgcs_db::models::audit;
use hgcs_db::models::case::{self, CaseRow};
use hgcs_db::models::{mediator, team, unit};
use hgcs_domain::api::mediation::{Case, CaseEvent, CaseParty, MediatorSummary};
use hgcs_domain::mediation::{CaseAction, CaseState, start_overdue};
use hgcs_domain::policy::{self, Actor, Reach};
use hgcs_domain::recorded::{recorded_late, vietnam_day};
use hgcs_domain::{CaseId, TeamId, UnitId};
use serde_json::json;

use crate::audit::Change;
use crate::auth::Authenticated;
use crate::error::ApiError;
use crate::handlers::plans::reach_of;

/// The case if the caller may read it. A case outside the caller's scope
/// answers 404: not even its existence is shown.
pub fn readable_case(
    conn: &mut PgConnection,
    actor: &Actor,
    id: CaseId,
) -> Result<(CaseRow, Reach), ApiError> {
    let row = case::find(conn, id)?;
    let reach = reach_of(conn, actor, UnitId(row.unit_id))?;
    if !policy::can_read_case(actor, reach) {
        return Err(ApiError::NotFound);
    }
    Ok((row, reach))
}

/// How much of a case the caller gets.
#[derive(Debug, Clone, Copy)]
pub struct View {
    /// Parties, facts and outcome (the caller must be allowed them).
    pub personal: bool,
    /// The workflow history.
    pub history: bool,
    /// Whether the caller may act on the cases (all in their scope alike).
    pub manage: bool,
}

/// Cases as the caller may see them, loaded in a fixed number of queries
/// (plus one per case for the history when asked).
pub fn cases_of(
    conn: &mut PgConnection,
    rows: Vec<CaseRow>,
    view: View,
) -> Result<Vec<Case>, ApiError> {
    let personal = view.personal;
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let links = case::mediators(conn, &ids)?;
    let mediator_ids: Vec<i64> = links.iter().map(|(_, m)| *m).collect();
    let mediators: HashMap<i64, MediatorSummary> = mediator::many(conn, &mediator_ids)?
        .into_iter()
        .map(|m| Ok((m.id, m.summary()?)))
        .collect::<Result<_, ApiError>>()?;
    let mut by_case: HashMap<i64, Vec<MediatorSummary>> = HashMap::new();
    for (case_id, mediator_id) in links {
        if let Some(m) = mediators.get(&mediator_id) {
            by_case.entry(case_id).or_default().push(m.clone());
        }
    }
    let mut parties: HashMap<i64, Vec<CaseParty>> = HashMap::new();
    if personal {
        for row in case::parties(conn, &ids)? {
            parties.entry(row.case_id).or_default().push(CaseParty {
                kind: row.kind()?,
                name: row.name,
                birth_year: row.birth_year,
                address: row.address,
            });
        }
    }
    let unit_ids: Vec<UnitId> = rows.iter().map(|r| UnitId(r.unit_id)).collect();
    let units: HashMap<UnitId, _> = unit::summaries(conn, &unit_ids)?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();
    let team_ids: Vec<i64> = rows.iter().map(|r| r.team_id).collect();
    let teams: HashMap<i64, String> = team::many(conn, &team_ids)?
        .into_iter()
        .map(|t| (t.id, t.name))
        .collect();
    let today = vietnam_day(Utc::now());
    let mut cases = Vec::with_capacity(rows.len());
    for row in rows {
        let state = row.state()?;
        let kind = row.kind()?;
        let actions: Vec<CaseAction> = if view.manage {
            state.actions()
        } else {
            Vec::new()
        };
        let history = if view.history {
            history_of(conn, CaseId(row.id))?
        } else {
            Vec::new()
        };
        let invited: Vec<String> = serde_json::from_value(row.invited.clone()).unwrap_or_default();
        cases.push(Case {
            id: CaseId(row.id),
            unit: units
                .get(&UnitId(row.unit_id))
                .cloned()
                .ok_or(ApiError::NotFound)?,
            team_id: TeamId(row.team_id),
            team_name: teams.get(&row.team_id).cloned().unwrap_or_default(),
            entry_no: row.entry_no,
            received_on: row.received_on,
            start: row.start()?,
            group: kind.group(),
            kind,
            state,
            public_session: row.public_session,
            risk_of_violence: row.risk_of_violence,
            signs_of_offence: row.signs_of_offence,
            mediators: by_case.remove(&row.id).unwrap_or_default(),
            assigned_on: row.assigned_on,
            assigned_at: row.assigned_at,
            closed_on: row.closed_on,
            start_overdue: start_overdue(state, row.assigned_on, today),
            actions,
            personal_data_visible: personal,
            summary: personal.then(|| row.summary.clone()),
            parties: personal.then(|| parties.remove(&row.id).unwrap_or_default()),
            invited: personal.then_some(invited),
            proposed_by: personal.then(|| row.proposed_by.clone()),
            outcome: personal.then(|| row.outcome.clone()),
            execution: row
                .execution
                .as_deref()
                .and_then(hgcs_domain::mediation::Execution::parse),
            has_record: row.success_record.is_some(),
            history,
        });
    }
    Ok(cases)
}

fn history_of(conn: &mut PgConnection, id: CaseId) -> Result<Vec<CaseEvent>, ApiError> {
    case::events(conn, id)?
        .into_iter()
        .map(|event| {
            Ok(CaseEvent {
                action: CaseAction::parse(&event.action)
                    .ok_or_else(|| ApiError::Internal("stored case action".into()))?,
                state: CaseState::parse(&event.state)
                    .ok_or_else(|| ApiError::Internal("stored case state".into()))?,
                recorded_late: recorded_late(event.occurred_on, event.at),
                on: event.occurred_on,
                note: event.note,
                by: event.by,
                at: event.at,
            })
        })
        .collect()
}

/// Writes one audit entry per case whose personal data the caller reads.
pub fn audit_personal_read(
    conn: &mut PgConnection,
    caller: &Authenticated,
    cases: &[(i64, i64)],
    purpose: &str,
) -> Result<(), ApiError> {
    for (case_id, unit_id) in cases {
        audit::record(
            conn,
            &caller.audit(Change {
                action: crate::audit::action::READ_PERSONAL_DATA,
                entity: "case",
                entity_id: case_id.to_string(),
                unit_id: Some(UnitId(*unit_id)),
                details: json!({ "purpose": purpose }),
            }),
        )?;
    }
    Ok(())
}
