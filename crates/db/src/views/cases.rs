//! Cases as the caller may see them: personal data only when allowed.

use hgcs_domain::recorded::recorded_late;
use hgcs_domain::time::today;
use std::collections::HashMap;

use diesel::PgConnection;
use diesel::result::{Error, QueryResult};
use hgcs_domain::api::mediation::{Case, CaseEvent, CaseParty, MediatorSummary};
use hgcs_domain::mediation::{CaseAction, CaseState, Execution, start_overdue};
use hgcs_domain::{CaseId, TeamId};

use super::Units;
use crate::models::case::{self, CaseRow};
use crate::models::parse_word;
use crate::models::{mediator, team};

/// How much of a case the caller gets.
#[derive(Debug, Clone, Copy)]
pub struct CaseView {
    /// Parties, facts and outcome (the caller must be allowed them).
    pub personal: bool,
    /// The workflow history.
    pub history: bool,
    /// Whether the caller may act on the cases (all in their scope alike).
    pub manage: bool,
}

/// Cases as the caller may see them, in a fixed number of queries (plus
/// one per case for the history when asked, which pages of one case do).
pub fn cases(
    conn: &mut PgConnection,
    rows: Vec<CaseRow>,
    view: CaseView,
) -> QueryResult<Vec<Case>> {
    let personal = view.personal;
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let links = case::mediators(conn, &ids)?;
    let mediator_ids: Vec<i64> = links.iter().map(|(_, m)| *m).collect();
    let mediators: HashMap<i64, MediatorSummary> = mediator::many(conn, &mediator_ids)?
        .into_iter()
        .map(|m| Ok((m.id, m.summary()?)))
        .collect::<QueryResult<_>>()?;
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
    let units = Units::load(conn, rows.iter().map(|r| r.unit_id))?;
    let team_ids: Vec<i64> = rows.iter().map(|r| r.team_id).collect();
    let teams: HashMap<i64, String> = team::many(conn, &team_ids)?
        .into_iter()
        .map(|t| (t.id, t.name))
        .collect();
    let today = today();
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
            history(conn, CaseId(row.id))?
        } else {
            Vec::new()
        };
        let invited: Vec<String> = serde_json::from_value(row.invited.clone()).unwrap_or_default();
        cases.push(Case {
            id: CaseId(row.id),
            unit: units.get(row.unit_id)?,
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
            execution: row.execution.as_deref().and_then(Execution::parse),
            has_record: row.success_record.is_some(),
            history,
            version: row.version,
        });
    }
    Ok(cases)
}

/// One case.
pub fn case(conn: &mut PgConnection, row: CaseRow, view: CaseView) -> QueryResult<Case> {
    cases(conn, vec![row], view)?.pop().ok_or(Error::NotFound)
}

fn history(conn: &mut PgConnection, id: CaseId) -> QueryResult<Vec<CaseEvent>> {
    case::events(conn, id)?
        .into_iter()
        .map(|event| {
            Ok(CaseEvent {
                action: parse_word(&event.action, CaseAction::parse)?,
                state: parse_word(&event.state, CaseState::parse)?,
                recorded_late: recorded_late(event.occurred_on, event.at),
                on: event.occurred_on,
                note: event.note,
                by: event.by,
                at: event.at,
            })
        })
        .collect()
}
