//! Questions on difficult cases (task II.3.b): a ward asks with anonymised
//! facts and attachments, the Justice Office or a legal partner answers,
//! and the closed thread stays searchable as guidance.

pub mod answer_question;
pub mod ask_question;
pub mod attach_files;
pub mod close_question;
pub mod download_question_file;
pub mod get_question;
pub mod list_questions;

use std::collections::HashMap;

use hgcs_db::PgConnection;
use hgcs_db::models::question::{self, QuestionRow};
use hgcs_db::models::unit;
use hgcs_domain::api::plans::Evidence;
use hgcs_domain::api::records::{Answer, Question};
use hgcs_domain::mediation::QuestionStatus;
use hgcs_domain::policy::{self, Actor, Reach};
use hgcs_domain::{EvidenceId, Role, UnitId};

use crate::error::ApiError;
use crate::handlers::plans::reach_of;

/// The units whose questions the caller reads: all wards of the caller's
/// city (questions are anonymised and meant as guidance for the others).
pub fn question_units(conn: &mut PgConnection, actor: &Actor) -> Result<Vec<UnitId>, ApiError> {
    let path = unit::path(conn, actor.unit_id)?;
    // A ward reads its city's questions; a city, province or partner its own subtree.
    let root = if unit::find(conn, actor.unit_id)?.level()? == hgcs_domain::UnitLevel::Commune {
        path.get(1).copied().unwrap_or(actor.unit_id)
    } else {
        actor.unit_id
    };
    Ok(unit::subtree(conn, root)?)
}

/// The question if the caller's city holds it, with the caller's reach to
/// the asking ward.
pub fn readable_question(
    conn: &mut PgConnection,
    actor: &Actor,
    id: i64,
) -> Result<(QuestionRow, Reach), ApiError> {
    let row = question::find(conn, id)?;
    if !actor.is_admin() && !question_units(conn, actor)?.contains(&UnitId(row.unit_id)) {
        return Err(ApiError::Forbidden);
    }
    let reach = reach_of(conn, actor, UnitId(row.unit_id))?;
    Ok((row, reach))
}

pub fn questions_of(
    conn: &mut PgConnection,
    actor: &Actor,
    rows: Vec<QuestionRow>,
) -> Result<Vec<Question>, ApiError> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut answers: HashMap<i64, Vec<Answer>> = HashMap::new();
    for (question_id, body, author_name, role, at) in question::answers(conn, &ids)? {
        answers.entry(question_id).or_default().push(Answer {
            body,
            author_name,
            author_role: Role::parse(&role)
                .ok_or_else(|| ApiError::Internal("stored role".into()))?,
            at,
        });
    }
    let mut files: HashMap<i64, Vec<Evidence>> = HashMap::new();
    for file in question::files(conn, &ids)? {
        files.entry(file.question_id).or_default().push(Evidence {
            id: EvidenceId(file.id),
            file_name: file.file_name,
            content_type: file.content_type,
            size_bytes: file.size_bytes,
            sha256: file.sha256,
            uploaded_at: file.created_at,
        });
    }
    let unit_ids: Vec<UnitId> = rows.iter().map(|r| UnitId(r.unit_id)).collect();
    let units: HashMap<UnitId, _> = unit::summaries(conn, &unit_ids)?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();
    let mut questions = Vec::with_capacity(rows.len());
    let mut reaches: HashMap<i64, Reach> = HashMap::new();
    for row in rows {
        let status = QuestionStatus::parse(&row.status)
            .ok_or_else(|| ApiError::Internal("stored status".into()))?;
        let reach = match reaches.get(&row.unit_id) {
            Some(reach) => *reach,
            None => {
                let reach = reach_of(conn, actor, UnitId(row.unit_id))?;
                reaches.insert(row.unit_id, reach);
                reach
            }
        };
        let open = status == QuestionStatus::Open;
        questions.push(Question {
            id: row.id,
            unit: units
                .get(&UnitId(row.unit_id))
                .cloned()
                .ok_or(ApiError::NotFound)?,
            can_answer: open && policy::can_answer_question(actor, reach),
            can_close: open && policy::can_close_question(actor, UnitId(row.unit_id), reach),
            answers: answers.remove(&row.id).unwrap_or_default(),
            files: files.remove(&row.id).unwrap_or_default(),
            title: row.title,
            facts: row.facts,
            status,
            asked_at: row.created_at,
        });
    }
    Ok(questions)
}
