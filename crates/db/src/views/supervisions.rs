//! Supervisions with their answers, and whether the caller may answer;
//! the support legal partners supplied.

use std::collections::HashMap;

use diesel::PgConnection;
use diesel::result::QueryResult;
use hgcs_domain::api::mediators::TeamRef;
use hgcs_domain::api::questions::Answer;
use hgcs_domain::api::supervisions::{SupervisedTask, Supervision, Support, SupportedCourse};
use hgcs_domain::policy::{self, Actor};
use hgcs_domain::supervision::{SupervisionStatus, SupervisionSubject, SupportKind};
use hgcs_domain::{CourseId, PlanId, Role, SupervisionId, TaskId, TeamId, UnitId};

use super::Units;
use crate::models::parse_word;
use crate::models::partner_support::ListedSupport;
use crate::models::supervision::{self, Listed};
use crate::models::unit;

pub fn supervisions(
    conn: &mut PgConnection,
    actor: &Actor,
    rows: Vec<Listed>,
) -> QueryResult<Vec<Supervision>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.row.id).collect();
    let mut answers: HashMap<i64, Vec<Answer>> = HashMap::new();
    for answer in supervision::answers(conn, &ids)? {
        answers
            .entry(answer.supervision_id)
            .or_default()
            .push(Answer {
                body: answer.body,
                author_name: answer.author_name,
                author_role: parse_word(&answer.author_role, Role::parse)?,
                at: answer.at,
            });
    }
    let units = Units::load(conn, rows.iter().map(|r| r.row.unit_id))?;
    let mut answerable: HashMap<i64, bool> = HashMap::new();
    let mut found = Vec::with_capacity(rows.len());
    for listed in rows {
        let row = listed.row;
        let can_answer = match answerable.get(&row.unit_id) {
            Some(known) => *known,
            None => {
                let reach = unit::reach(conn, actor, UnitId(row.unit_id))?;
                let yes = policy::can_answer_supervision(actor, reach);
                answerable.insert(row.unit_id, yes);
                yes
            }
        };
        let team = row.team_id.zip(listed.team_name).map(|(id, name)| TeamRef {
            id: TeamId(id),
            name,
        });
        let task = match (
            row.task_id,
            listed.task_plan_id,
            listed.task_code,
            listed.task_title,
        ) {
            (Some(id), Some(plan), Some(code), Some(title)) => Some(SupervisedTask {
                id: TaskId(id),
                plan_id: PlanId(plan),
                code,
                title,
            }),
            _ => None,
        };
        found.push(Supervision {
            id: SupervisionId(row.id),
            unit: units.get(row.unit_id)?,
            subject: parse_word(&row.subject, SupervisionSubject::parse)?,
            team,
            task,
            supervised_on: row.supervised_on,
            findings: row.findings,
            recommendations: row.recommendations,
            recorded_by_name: listed.recorded_by_name,
            organisation_name: listed.organisation_name,
            recorded_at: row.created_at,
            status: parse_word(&row.status, SupervisionStatus::parse)?,
            answers: answers.remove(&row.id).unwrap_or_default(),
            can_answer,
            version: row.version,
        });
    }
    Ok(found)
}

/// One supervision.
pub fn supervision(
    conn: &mut PgConnection,
    actor: &Actor,
    row: Listed,
) -> QueryResult<Supervision> {
    supervisions(conn, actor, vec![row])?
        .pop()
        .ok_or(diesel::result::Error::NotFound)
}

/// What legal partners supplied, as the API shows it.
pub fn support(conn: &mut PgConnection, rows: Vec<ListedSupport>) -> QueryResult<Vec<Support>> {
    let units = Units::load(conn, rows.iter().map(|r| r.row.unit_id))?;
    rows.into_iter()
        .map(|listed| {
            let row = listed.row;
            Ok(Support {
                id: row.id,
                kind: parse_word(&row.kind, SupportKind::parse)?,
                unit: units.get(row.unit_id)?,
                course: row
                    .course_id
                    .zip(listed.course_title)
                    .map(|(id, title)| SupportedCourse {
                        id: CourseId(id),
                        title,
                    }),
                supplied_on: row.supplied_on,
                description: row.description,
                quantity: row.quantity,
                recorded_by_name: listed.recorded_by_name,
                organisation_name: listed.organisation_name,
                recorded_at: row.created_at,
            })
        })
        .collect()
}
