use std::collections::HashMap;

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel::sql_types::Jsonb;
use hgcs_domain::UnitId;
use hgcs_domain::api::questions::QuestionQuery;
use hgcs_domain::mediation::QuestionStatus;
use serde::Deserialize;

use super::case_read::{Scope, within};
use super::fixed_sql::{FixedSql, fixed_sql};
use super::written_limit::WrittenLimit;
use super::{Found, like_pattern};
use crate::schema::{question_answers, question_files, questions};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = questions, check_for_backend(diesel::pg::Pg))]
pub struct QuestionRow {
    pub id: i64,
    pub unit_id: i64,
    pub title: String,
    pub facts: String,
    pub status: String,
    pub created_at: DateTime<Utc>,
    pub version: i32,
}

pub fn insert(
    conn: &mut PgConnection,
    unit: UnitId,
    title: &str,
    facts: &str,
    key: &str,
    by: i64,
) -> QueryResult<QuestionRow> {
    diesel::insert_into(questions::table)
        .values((
            questions::unit_id.eq(unit.0),
            questions::title.eq(title),
            questions::facts.eq(facts),
            questions::search_key.eq(key),
            questions::asked_by.eq(by),
        ))
        .returning(QuestionRow::as_returning())
        .get_result(conn)
}

pub fn find(conn: &mut PgConnection, id: i64) -> QueryResult<QuestionRow> {
    questions::table
        .find(id)
        .select(QuestionRow::as_select())
        .first(conn)
}

/// A page of questions within `scope`, newest first (asked, then id),
/// after the cursor `after`; `q` matches the title, the facts or any
/// answer, accent-blind (search keys are stored folded).
pub fn list(
    conn: &mut PgConnection,
    filter: &QuestionQuery,
    scope: Scope,
    folded: Option<&str>,
    after: Option<(DateTime<Utc>, i64)>,
    limit: i64,
) -> QueryResult<Vec<QuestionRow>> {
    let mut query = questions::table
        .select(QuestionRow::as_select())
        .into_boxed();
    query = within!(query, scope, questions);
    if let Some(status) = filter.status {
        query = query.filter(questions::status.eq(status.as_str()));
    }
    if let Some(key) = folded {
        let pattern = like_pattern(key);
        let answered = question_answers::table
            .filter(question_answers::search_key.like(pattern.clone()))
            .select(question_answers::question_id);
        query = query.filter(
            questions::search_key
                .like(pattern)
                .or(questions::id.eq_any(answered)),
        );
    }
    if let Some((at, id)) = after {
        query = query.filter(
            questions::created_at
                .lt(at)
                .or(questions::created_at.eq(at).and(questions::id.lt(id))),
        );
    }
    query
        .order((questions::created_at.desc(), questions::id.desc()))
        .written_limit(limit)
        .load(conn)
}

pub fn close(conn: &mut PgConnection, id: i64) -> QueryResult<usize> {
    diesel::update(questions::table.find(id))
        .set((
            questions::status.eq(QuestionStatus::Closed.as_str()),
            questions::closed_at.eq(Some(Utc::now())),
        ))
        .execute(conn)
}

pub fn answer(
    conn: &mut PgConnection,
    question: i64,
    body: &str,
    key: &str,
    by: i64,
) -> QueryResult<usize> {
    diesel::insert_into(question_answers::table)
        .values((
            question_answers::question_id.eq(question),
            question_answers::body.eq(body),
            question_answers::search_key.eq(key),
            question_answers::answered_by.eq(by),
        ))
        .execute(conn)
}

/// An answer as `threads` gives it.
#[derive(Debug, Clone, Deserialize)]
pub struct AnswerEntry {
    pub body: String,
    pub author_name: String,
    pub author_role: String,
    pub at: DateTime<Utc>,
}

/// A question's answers (oldest first) and files (first uploaded first).
#[derive(Debug, Clone, Default)]
pub struct Thread {
    pub answers: Vec<AnswerEntry>,
    pub files: Vec<QuestionFileRow>,
}

/// The answers of the question in the row, as a JSON array.
const ANSWERS: FixedSql<Jsonb> = fixed_sql(
    "(SELECT coalesce(jsonb_agg(jsonb_build_object( \
         'body', a.body, 'author_name', u.display_name, 'author_role', u.role, \
         'at', a.created_at) ORDER BY a.id), '[]') \
     FROM question_answers a JOIN users u ON u.id = a.answered_by \
     WHERE a.question_id = questions.id)",
);

/// The files of the question in the row, as a JSON array.
const FILES: FixedSql<Jsonb> = fixed_sql(
    "(SELECT coalesce(jsonb_agg(jsonb_build_object( \
         'id', f.id, 'question_id', f.question_id, 'file_name', f.file_name, \
         'content_type', f.content_type, 'size_bytes', f.size_bytes, \
         'sha256', f.sha256, 'created_at', f.created_at) ORDER BY f.id), '[]') \
     FROM question_files f WHERE f.question_id = questions.id)",
);

/// The answers and files of many questions, in one statement (prepared
/// once per connection).
pub fn threads(conn: &mut PgConnection, ids: &[i64]) -> QueryResult<HashMap<i64, Thread>> {
    let rows: Vec<(i64, serde_json::Value, serde_json::Value)> = questions::table
        .filter(questions::id.eq_any(ids))
        .select((questions::id, ANSWERS, FILES))
        .load(conn)?;
    let decode =
        |error: serde_json::Error| diesel::result::Error::DeserializationError(Box::new(error));
    rows.into_iter()
        .map(|(id, answers, files)| {
            let thread = Thread {
                answers: serde_json::from_value(answers).map_err(decode)?,
                files: serde_json::from_value(files).map_err(decode)?,
            };
            Ok((id, thread))
        })
        .collect()
}

#[derive(Debug, Clone, Queryable, Selectable, Deserialize)]
#[diesel(table_name = question_files, check_for_backend(diesel::pg::Pg))]
pub struct QuestionFileRow {
    pub id: i64,
    pub question_id: i64,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub created_at: DateTime<Utc>,
}

pub fn add_file(
    conn: &mut PgConnection,
    question: i64,
    (file_name, content_type, size, sha256): (&str, &str, i64, &str),
    by: i64,
) -> QueryResult<usize> {
    diesel::insert_into(question_files::table)
        .values((
            question_files::question_id.eq(question),
            question_files::file_name.eq(file_name),
            question_files::content_type.eq(content_type),
            question_files::size_bytes.eq(size),
            question_files::sha256.eq(sha256),
            question_files::uploaded_by.eq(by),
        ))
        .execute(conn)
}

pub fn find_file(conn: &mut PgConnection, id: i64) -> QueryResult<QuestionFileRow> {
    question_files::table
        .find(id)
        .select(QuestionFileRow::as_select())
        .first(conn)
}

/// Questions of `units` whose title or facts match the tsquery `query`,
/// best first; the body is the facts.
pub fn search(
    conn: &mut PgConnection,
    units: &[UnitId],
    query: &str,
    limit: i64,
) -> QueryResult<Vec<Found>> {
    let units: Vec<i64> = units.iter().map(|u| u.0).collect();
    diesel::sql_query(
        "SELECT q.id, q.title, q.facts AS body, \
         ts_rank_cd(q.search_vector, t) AS rank \
         FROM questions q, to_tsquery('simple', $1) t \
         WHERE q.search_vector @@ t AND q.unit_id = ANY($2) \
         ORDER BY rank DESC, q.created_at DESC, q.id DESC LIMIT $3",
    )
    .bind::<diesel::sql_types::Text, _>(query)
    .bind::<diesel::sql_types::Array<diesel::sql_types::BigInt>, _>(units)
    .bind::<diesel::sql_types::BigInt, _>(limit)
    .load(conn)
}
