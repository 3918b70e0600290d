//! Questions with their answers and files, and what the caller may do.

use std::collections::HashMap;

use diesel::PgConnection;
use diesel::result::QueryResult;
use hgcs_domain::api::plans::Evidence;
use hgcs_domain::api::questions::{Answer, Question};
use hgcs_domain::mediation::QuestionStatus;
use hgcs_domain::policy::{self, Actor, Reach};
use hgcs_domain::{EvidenceId, Role, UnitId};

use super::Units;
use crate::models::parse_word;
use crate::models::question::{self, QuestionFileRow, QuestionRow};
use crate::models::unit;

pub fn questions(
    conn: &mut PgConnection,
    actor: &Actor,
    rows: Vec<QuestionRow>,
) -> QueryResult<Vec<Question>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut threads = question::threads(conn, &ids)?;
    let units = Units::load(conn, rows.iter().map(|r| r.unit_id))?;
    let mut reaches: HashMap<i64, Reach> = HashMap::new();
    let mut questions = Vec::with_capacity(rows.len());
    for row in rows {
        let status = parse_word(&row.status, QuestionStatus::parse)?;
        let reach = match reaches.get(&row.unit_id) {
            Some(reach) => *reach,
            None => {
                let reach = unit::reach(conn, actor, UnitId(row.unit_id))?;
                reaches.insert(row.unit_id, reach);
                reach
            }
        };
        let open = status == QuestionStatus::Open;
        let thread = threads.remove(&row.id).unwrap_or_default();
        questions.push(Question {
            id: row.id,
            version: row.version,
            unit: units.get(row.unit_id)?,
            can_answer: open && policy::can_answer_question(actor, reach),
            can_close: open && policy::can_close_question(actor, UnitId(row.unit_id), reach),
            answers: thread
                .answers
                .into_iter()
                .map(|answer| {
                    Ok(Answer {
                        body: answer.body,
                        author_name: answer.author_name,
                        author_role: parse_word(&answer.author_role, Role::parse)?,
                        at: answer.at,
                    })
                })
                .collect::<QueryResult<_>>()?,
            files: thread.files.into_iter().map(evidence).collect(),
            title: row.title,
            facts: row.facts,
            status,
            asked_at: row.created_at,
        });
    }
    Ok(questions)
}

/// One question.
pub fn question(conn: &mut PgConnection, actor: &Actor, row: QuestionRow) -> QueryResult<Question> {
    questions(conn, actor, vec![row])?
        .pop()
        .ok_or(diesel::result::Error::NotFound)
}

fn evidence(file: QuestionFileRow) -> Evidence {
    Evidence {
        id: EvidenceId(file.id),
        file_name: file.file_name,
        content_type: file.content_type,
        size_bytes: file.size_bytes,
        sha256: file.sha256,
        uploaded_at: file.created_at,
    }
}
