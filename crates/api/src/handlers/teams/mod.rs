//! Mediation teams and their mediators (DOMAIN.md §4).

pub mod add_member;
pub mod create_team;
pub mod get_mediator;
pub mod get_team;
pub mod list_teams;
pub mod logbook;
pub mod record_mediator_event;

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use hgcs_db::PgConnection;
use hgcs_db::models::mediator::{self, NewMediatorRow};
use hgcs_db::models::team::{self, TeamRow};
use hgcs_db::models::unit;
use hgcs_domain::api::mediation::{MediatorInput, Team};
use hgcs_domain::mediation::{
    MediatorEventKind, RECOGNITION_WORKING_DAYS, is_minority, team_shortfalls, working_days_between,
};
use hgcs_domain::policy::{self, Actor, Reach};
use hgcs_domain::text::{clean, search_key};
use hgcs_domain::validation::{Checker, Rule};
use hgcs_domain::{MediatorId, TeamId, UnitId};
use serde_json::json;

use crate::error::ApiError;
use crate::handlers::plans::{reach_of, today};

/// The team if the caller's scope holds it: 404 when missing, 403 outside.
pub fn readable_team(
    conn: &mut PgConnection,
    actor: &Actor,
    id: TeamId,
) -> Result<(TeamRow, Reach), ApiError> {
    let row = team::find(conn, id)?;
    let reach = reach_of(conn, actor, UnitId(row.unit_id))?;
    if !policy::can_read_case(actor, reach) {
        return Err(ApiError::Forbidden);
    }
    Ok((row, reach))
}

/// Whether the unit or a unit above it is an ethnic-minority area.
pub fn minority_area(conn: &mut PgConnection, unit_id: UnitId) -> Result<bool, ApiError> {
    let path = unit::path(conn, unit_id)?;
    Ok(unit::any_minority_area(conn, &path)?)
}

/// Teams with their members, units and rule shortfalls.
pub fn teams_of(conn: &mut PgConnection, rows: Vec<TeamRow>) -> Result<Vec<Team>, ApiError> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut members: HashMap<i64, Vec<mediator::MediatorRow>> = HashMap::new();
    for row in mediator::for_teams(conn, &ids)? {
        if let Some(team) = row.team_id {
            members.entry(team).or_default().push(row);
        }
    }
    let unit_ids: Vec<UnitId> = rows.iter().map(|r| UnitId(r.unit_id)).collect();
    let units: HashMap<UnitId, _> = unit::summaries(conn, &unit_ids)?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();
    let mut teams = Vec::with_capacity(rows.len());
    let mut minority: HashMap<i64, bool> = HashMap::new();
    for row in rows {
        let area = match minority.get(&row.unit_id) {
            Some(area) => *area,
            None => {
                let area = minority_area(conn, UnitId(row.unit_id))?;
                minority.insert(row.unit_id, area);
                area
            }
        };
        let mine = members.remove(&row.id).unwrap_or_default();
        let active: Vec<_> = mine
            .iter()
            .filter(|m| m.active())
            .map(|m| Ok((m.sex()?, is_minority(&m.ethnicity))))
            .collect::<Result<_, ApiError>>()?;
        teams.push(Team {
            id: TeamId(row.id),
            unit: units
                .get(&UnitId(row.unit_id))
                .cloned()
                .ok_or(ApiError::NotFound)?,
            shortfalls: team_shortfalls(&active, area),
            founded_by: row
                .founded_by
                .map(serde_json::from_value)
                .transpose()
                .map_err(|e| ApiError::Internal(e.to_string()))?,
            name: row.name,
            members: mine.iter().map(|m| m.summary()).collect::<Result<_, _>>()?,
        });
    }
    Ok(teams)
}

/// Checks one mediator as typed; `field` prefixes the error fields.
pub fn checked_mediator(check: &mut Checker, field: &str, input: &MediatorInput) -> NewMediatorRow {
    let full_name = check.text(&format!("{field}.full_name"), &input.full_name, 1, 200);
    let this_year = today().year();
    if !(this_year - 110..=this_year - 18).contains(&input.birth_year) {
        check.add(
            &format!("{field}.birth_year"),
            Rule::Custom {
                code: "not_an_adult",
                vi: "Hòa giải viên phải là người đã thành niên".into(),
                en: "A mediator must be an adult".into(),
            },
        );
    }
    if let Some(election) = &input.elected
        && !(election.percent > 50.0 && election.percent <= 100.0)
    {
        check.add(
            &format!("{field}.elected.percent"),
            Rule::Custom {
                code: "no_majority",
                vi: "Hòa giải viên phải được trên 50% đại diện hộ gia đình đồng ý".into(),
                en: "A mediator needs more than 50% of household representatives".into(),
            },
        );
    }
    let ethnicity = input
        .ethnicity
        .as_deref()
        .map(clean)
        .filter(|e| !e.is_empty())
        .unwrap_or_else(|| "Kinh".into());
    NewMediatorRow {
        team_id: None,
        search_key: search_key(&full_name),
        full_name,
        sex: input.sex.as_str().to_owned(),
        birth_year: input.birth_year,
        ethnicity,
        education: input.education.as_str().to_owned(),
        occupation: clean(&input.occupation),
        phone: clean(&input.phone),
        is_leader: false,
    }
}

/// Writes the election and recognition events a new mediator comes with.
pub fn record_entry_events(
    conn: &mut PgConnection,
    id: MediatorId,
    input: &MediatorInput,
    by: Option<i64>,
) -> Result<(), ApiError> {
    if let Some(election) = &input.elected {
        mediator::record_event(
            conn,
            id,
            MediatorEventKind::Elected,
            election.on,
            &json!({ "method": election.method, "percent": election.percent }),
            by,
        )?;
    }
    if let Some(decision) = &input.recognised_by {
        let on: NaiveDate = decision.issued_on.unwrap_or_else(today);
        let late = input
            .elected
            .as_ref()
            .is_some_and(|e| working_days_between(e.on, on) > RECOGNITION_WORKING_DAYS);
        mediator::record_event(
            conn,
            id,
            MediatorEventKind::Recognised,
            on,
            &json!({ "decision": decision, "late": late }),
            by,
        )?;
    }
    Ok(())
}
