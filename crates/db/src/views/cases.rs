//! Cases as the caller may see them: personal data only when allowed.

use diesel::PgConnection;
use diesel::result::{Error, QueryResult};
use hgcs_domain::api::mediation::{Case, CaseEvent, CaseParty};
use hgcs_domain::mediation::{CaseAction, CaseState, Execution, start_overdue};
use hgcs_domain::recorded::recorded_late;
use hgcs_domain::time::today;
use hgcs_domain::{CaseId, TeamId};

use super::Units;
use crate::models::case::{CaseRow, EventRow};
use crate::models::case_read::{self, CaseRecord};
use crate::models::parse_word;

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

/// Cases as the caller may see them: their related rows in one query.
pub fn cases(
    conn: &mut PgConnection,
    rows: Vec<CaseRow>,
    view: CaseView,
) -> QueryResult<Vec<Case>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let records = case_read::records(conn, &ids)?;
    records_as(conn, records, view)
}

/// Cases read with their related rows (`case_read`) as the caller may see
/// them; units come from the tree in memory.
pub fn records_as(
    conn: &mut PgConnection,
    records: Vec<CaseRecord>,
    view: CaseView,
) -> QueryResult<Vec<Case>> {
    let personal = view.personal;
    let units = Units::load(conn, records.iter().map(|r| r.row.unit_id))?;
    let today = today();
    let mut cases = Vec::with_capacity(records.len());
    for record in records {
        let CaseRecord {
            row,
            team_name,
            mediators,
            parties,
            events,
        } = record;
        let state = row.state()?;
        let kind = row.kind()?;
        let actions: Vec<CaseAction> = if view.manage {
            state.actions()
        } else {
            Vec::new()
        };
        let history = if view.history {
            history(events)?
        } else {
            Vec::new()
        };
        let parties = parties
            .into_iter()
            .map(|party| {
                Ok(CaseParty {
                    kind: party.kind()?,
                    name: party.name,
                    birth_year: party.birth_year,
                    address: party.address,
                })
            })
            .collect::<QueryResult<Vec<_>>>()?;
        let invited: Vec<String> = serde_json::from_value(row.invited.clone()).unwrap_or_default();
        cases.push(Case {
            id: CaseId(row.id),
            unit: units.get(row.unit_id)?,
            team_id: TeamId(row.team_id),
            team_name,
            entry_no: row.entry_no,
            received_on: row.received_on,
            start: row.start()?,
            group: kind.group(),
            kind,
            state,
            public_session: row.public_session,
            risk_of_violence: row.risk_of_violence,
            signs_of_offence: row.signs_of_offence,
            mediators,
            assigned_on: row.assigned_on,
            assigned_at: row.assigned_at,
            closed_on: row.closed_on,
            start_overdue: start_overdue(state, row.assigned_on, today),
            actions,
            personal_data_visible: personal,
            summary: personal.then(|| row.summary.clone()),
            parties: personal.then_some(parties),
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

fn history(events: Vec<EventRow>) -> QueryResult<Vec<CaseEvent>> {
    events
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
