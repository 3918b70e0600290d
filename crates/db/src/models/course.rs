//! Training courses, their sessions, audience, invitations and attendance.

use chrono::{NaiveDate, NaiveTime};
use diesel::dsl::{count_star, sum};
use diesel::prelude::*;
use diesel::upsert::excluded;
use hgcs_domain::api::trainings::{CourseInput, SessionInput};
use hgcs_domain::text::search_key;
use hgcs_domain::trainings::AttendanceStatus;
use hgcs_domain::{CourseId, SessionId, UnitId, UserId};

use super::Found;

use super::written_limit::WrittenLimit;
use crate::schema::{
    attendance, course_certificates, course_invitations, course_sessions, course_units, courses,
};

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = courses, check_for_backend(diesel::pg::Pg))]
pub struct CourseRow {
    pub id: i64,
    pub unit_id: i64,
    pub task_id: Option<i64>,
    pub organiser_id: Option<i64>,
    pub title: String,
    pub venue: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub capacity: Option<i32>,
    pub min_minutes: i32,
    pub version: i32,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = course_sessions, check_for_backend(diesel::pg::Pg))]
pub struct SessionRow {
    pub id: i64,
    pub course_id: i64,
    pub held_on: NaiveDate,
    pub starts_at: NaiveTime,
    pub ends_at: NaiveTime,
    pub place: String,
    pub topic: String,
    pub trainers: serde_json::Value,
}

/// A course checked by `CourseInput::check`, with its sessions and
/// audience, in three statements.
pub fn insert(
    conn: &mut PgConnection,
    input: &CourseInput,
    created_by: UserId,
) -> QueryResult<CourseRow> {
    let row: CourseRow = diesel::insert_into(courses::table)
        .values((
            courses::unit_id.eq(input.unit_id.0),
            courses::task_id.eq(input.task_id.map(|t| t.0)),
            courses::organiser_id.eq(input.organiser_id.map(|o| o.0)),
            courses::title.eq(&input.title),
            courses::venue.eq(&input.venue),
            courses::starts_on.eq(input.starts_on),
            courses::ends_on.eq(input.ends_on),
            courses::capacity.eq(input.capacity),
            courses::min_minutes.eq(input.min_minutes),
            courses::created_by.eq(created_by.0),
            courses::search_key.eq(search_key(&input.searchable())),
        ))
        .returning(CourseRow::as_returning())
        .get_result(conn)?;
    let sessions: Vec<_> = input
        .sessions
        .iter()
        .map(|s: &SessionInput| {
            Ok((
                course_sessions::course_id.eq(row.id),
                course_sessions::held_on.eq(s.held_on),
                course_sessions::starts_at.eq(s.starts_at),
                course_sessions::ends_at.eq(s.ends_at),
                course_sessions::place.eq(s.place.clone()),
                course_sessions::topic.eq(s.topic.clone()),
                course_sessions::trainers.eq(serde_json::to_value(&s.trainers)
                    .map_err(|e| diesel::result::Error::SerializationError(Box::new(e)))?),
            ))
        })
        .collect::<QueryResult<_>>()?;
    diesel::insert_into(course_sessions::table)
        .values(sessions)
        .execute(conn)?;
    let audience: Vec<_> = input
        .audience
        .iter()
        .map(|u| {
            (
                course_units::course_id.eq(row.id),
                course_units::unit_id.eq(u.0),
            )
        })
        .collect();
    diesel::insert_into(course_units::table)
        .values(audience)
        .execute(conn)?;
    Ok(row)
}

pub fn find(conn: &mut PgConnection, id: CourseId) -> QueryResult<CourseRow> {
    courses::table
        .find(id.0)
        .select(CourseRow::as_select())
        .first(conn)
}

/// The units each of `ids` is meant for.
pub fn audience(conn: &mut PgConnection, ids: &[i64]) -> QueryResult<Vec<(i64, i64)>> {
    course_units::table
        .filter(course_units::course_id.eq_any(ids))
        .select((course_units::course_id, course_units::unit_id))
        .order((course_units::course_id, course_units::unit_id))
        .load(conn)
}

/// The sessions of `ids`, in the order they are held.
pub fn sessions(conn: &mut PgConnection, ids: &[i64]) -> QueryResult<Vec<SessionRow>> {
    course_sessions::table
        .filter(course_sessions::course_id.eq_any(ids))
        .select(SessionRow::as_select())
        .order((
            course_sessions::held_on,
            course_sessions::starts_at,
            course_sessions::id,
        ))
        .load(conn)
}

pub fn session(
    conn: &mut PgConnection,
    course: CourseId,
    id: SessionId,
) -> QueryResult<SessionRow> {
    course_sessions::table
        .filter(course_sessions::course_id.eq(course.0))
        .find(id.0)
        .select(SessionRow::as_select())
        .first(conn)
}

/// Marks recorded per session of `ids`.
pub fn marks_per_session(conn: &mut PgConnection, ids: &[i64]) -> QueryResult<Vec<(i64, i64)>> {
    attendance::table
        .filter(attendance::course_id.eq_any(ids))
        .group_by(attendance::session_id)
        .select((attendance::session_id, count_star()))
        .load(conn)
}

/// Mediators invited per course of `ids`.
pub fn invited_per_course(conn: &mut PgConnection, ids: &[i64]) -> QueryResult<Vec<(i64, i64)>> {
    course_invitations::table
        .filter(course_invitations::course_id.eq_any(ids))
        .group_by(course_invitations::course_id)
        .select((course_invitations::course_id, count_star()))
        .load(conn)
}

/// Mediators present at a session of one of `ids` at least once.
pub fn attended(conn: &mut PgConnection, ids: &[i64]) -> QueryResult<i64> {
    attendance::table
        .filter(attendance::course_id.eq_any(ids))
        .filter(attendance::status.eq(AttendanceStatus::Present.as_str()))
        .select(diesel::dsl::count(attendance::mediator_id).aggregate_distinct())
        .first(conn)
}

/// Certificates issued by the courses of `ids`.
pub fn certified(conn: &mut PgConnection, ids: &[i64]) -> QueryResult<i64> {
    course_certificates::table
        .filter(course_certificates::course_id.eq_any(ids))
        .count()
        .get_result(conn)
}

/// Courses organised by one of `units` or meant for one of `meant_for`,
/// newest first.
pub fn list(
    conn: &mut PgConnection,
    units: &[UnitId],
    meant_for: &[UnitId],
    tasks: Option<&[i64]>,
    year: Option<i32>,
) -> QueryResult<Vec<CourseRow>> {
    let ids = |units: &[UnitId]| units.iter().map(|u| u.0).collect::<Vec<_>>();
    let audience = course_units::table
        .filter(course_units::unit_id.eq_any(ids(meant_for)))
        .select(course_units::course_id);
    let mut query = courses::table
        .filter(
            courses::unit_id
                .eq_any(ids(units))
                .or(courses::id.eq_any(audience)),
        )
        .into_boxed();
    if let Some(tasks) = tasks {
        query = query.filter(courses::task_id.eq_any(tasks));
    }
    if let Some(year) = year {
        let first = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or_default();
        let last = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or_default();
        query = query.filter(courses::starts_on.between(first, last));
    }
    query
        .select(CourseRow::as_select())
        .order((courses::starts_on.desc(), courses::id.desc()))
        .written_limit(500)
        .load(conn)
}

/// Invites each of `mediators` once (an invitation already made stays);
/// returns how many were new.
pub fn invite(
    conn: &mut PgConnection,
    course: CourseId,
    mediators: &[i64],
    by: UserId,
) -> QueryResult<usize> {
    let rows: Vec<_> = mediators
        .iter()
        .map(|m| {
            (
                course_invitations::course_id.eq(course.0),
                course_invitations::mediator_id.eq(*m),
                course_invitations::invited_by.eq(by.0),
            )
        })
        .collect();
    diesel::insert_into(course_invitations::table)
        .values(rows)
        .on_conflict_do_nothing()
        .execute(conn)
}

/// The mediators `course` invited, among `ids`.
pub fn invited_among(
    conn: &mut PgConnection,
    course: CourseId,
    ids: &[i64],
) -> QueryResult<Vec<i64>> {
    course_invitations::table
        .filter(course_invitations::course_id.eq(course.0))
        .filter(course_invitations::mediator_id.eq_any(ids))
        .select(course_invitations::mediator_id)
        .load(conn)
}

/// Every mediator `course` invited with their minutes present so far.
pub fn invitees(conn: &mut PgConnection, course: CourseId) -> QueryResult<Vec<(i64, i64)>> {
    let invited: Vec<i64> = course_invitations::table
        .filter(course_invitations::course_id.eq(course.0))
        .select(course_invitations::mediator_id)
        .load(conn)?;
    let minutes: Vec<(i64, Option<i64>)> = attendance::table
        .filter(attendance::course_id.eq(course.0))
        .group_by(attendance::mediator_id)
        .select((attendance::mediator_id, sum(attendance::minutes)))
        .load(conn)?;
    let minutes: std::collections::HashMap<i64, i64> = minutes
        .into_iter()
        .map(|(m, n)| (m, n.unwrap_or(0)))
        .collect();
    Ok(invited
        .into_iter()
        .map(|m| (m, minutes.get(&m).copied().unwrap_or(0)))
        .collect())
}

/// One mark to record.
pub struct NewMark {
    pub mediator_id: i64,
    pub status: &'static str,
    pub minutes: i32,
}

/// Records the marks of a session, replacing earlier marks of the same
/// mediators.
pub fn record_marks(
    conn: &mut PgConnection,
    course: CourseId,
    session: SessionId,
    marks: &[NewMark],
    by: UserId,
) -> QueryResult<usize> {
    let rows: Vec<_> = marks
        .iter()
        .map(|m| {
            (
                attendance::session_id.eq(session.0),
                attendance::course_id.eq(course.0),
                attendance::mediator_id.eq(m.mediator_id),
                attendance::status.eq(m.status),
                attendance::minutes.eq(m.minutes),
                attendance::recorded_by.eq(by.0),
            )
        })
        .collect();
    diesel::insert_into(attendance::table)
        .values(rows)
        .on_conflict((attendance::session_id, attendance::mediator_id))
        .do_update()
        .set((
            attendance::status.eq(excluded(attendance::status)),
            attendance::minutes.eq(excluded(attendance::minutes)),
            attendance::recorded_by.eq(excluded(attendance::recorded_by)),
            attendance::recorded_at.eq(diesel::dsl::now),
        ))
        .execute(conn)
}

/// The marks of a session: mediator, status, minutes.
pub fn marks(conn: &mut PgConnection, session: SessionId) -> QueryResult<Vec<(i64, String, i32)>> {
    attendance::table
        .filter(attendance::session_id.eq(session.0))
        .select((
            attendance::mediator_id,
            attendance::status,
            attendance::minutes,
        ))
        .order(attendance::mediator_id)
        .load(conn)
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = course_certificates, check_for_backend(diesel::pg::Pg))]
pub struct CertificateRow {
    pub course_id: i64,
    pub mediator_id: i64,
    pub number: i32,
    pub minutes: i32,
    pub issued_on: NaiveDate,
}

/// The certificates of a course, by number.
pub fn certificates(conn: &mut PgConnection, course: CourseId) -> QueryResult<Vec<CertificateRow>> {
    course_certificates::table
        .filter(course_certificates::course_id.eq(course.0))
        .select(CertificateRow::as_select())
        .order(course_certificates::number)
        .load(conn)
}

/// One mediator's certificate of a course.
pub fn certificate(
    conn: &mut PgConnection,
    course: CourseId,
    mediator: i64,
) -> QueryResult<CertificateRow> {
    course_certificates::table
        .find((course.0, mediator))
        .select(CertificateRow::as_select())
        .first(conn)
}

/// Issues certificates to `earned` (mediator, minutes), numbered after the
/// course's last; the course row is locked first so two issuers cannot
/// hand out one number twice.
pub fn issue_certificates(
    conn: &mut PgConnection,
    course: CourseId,
    earned: &[(i64, i32)],
    on: NaiveDate,
    by: UserId,
) -> QueryResult<usize> {
    courses::table
        .find(course.0)
        .select(courses::id)
        .for_update()
        .first::<i64>(conn)?;
    let last: Option<i32> = course_certificates::table
        .filter(course_certificates::course_id.eq(course.0))
        .select(diesel::dsl::max(course_certificates::number))
        .first(conn)?;
    let rows: Vec<_> = earned
        .iter()
        .zip(last.unwrap_or(0) + 1..)
        .map(|((mediator, minutes), number)| {
            (
                course_certificates::course_id.eq(course.0),
                course_certificates::mediator_id.eq(*mediator),
                course_certificates::number.eq(number),
                course_certificates::minutes.eq(*minutes),
                course_certificates::issued_on.eq(on),
                course_certificates::issued_by.eq(by.0),
            )
        })
        .collect();
    diesel::insert_into(course_certificates::table)
        .values(rows)
        .execute(conn)
}

/// A course a mediator was invited to, with the minutes present and the
/// certificate's number.
pub struct TrainingRow {
    pub course_id: i64,
    pub title: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub minutes: i64,
    pub certificate: Option<i32>,
}

/// The courses `mediator` was invited to, newest first.
pub fn trainings_of(conn: &mut PgConnection, mediator: i64) -> QueryResult<Vec<TrainingRow>> {
    let invited: Vec<(i64, String, NaiveDate, NaiveDate)> = course_invitations::table
        .inner_join(courses::table)
        .filter(course_invitations::mediator_id.eq(mediator))
        .select((
            courses::id,
            courses::title,
            courses::starts_on,
            courses::ends_on,
        ))
        .order((courses::starts_on.desc(), courses::id.desc()))
        .load(conn)?;
    let minutes: Vec<(i64, Option<i64>)> = attendance::table
        .filter(attendance::mediator_id.eq(mediator))
        .group_by(attendance::course_id)
        .select((attendance::course_id, sum(attendance::minutes)))
        .load(conn)?;
    let numbers: Vec<(i64, i32)> = course_certificates::table
        .filter(course_certificates::mediator_id.eq(mediator))
        .select((course_certificates::course_id, course_certificates::number))
        .load(conn)?;
    Ok(invited
        .into_iter()
        .map(|(id, title, starts, ends)| {
            let spent = minutes
                .iter()
                .find(|(c, _)| *c == id)
                .and_then(|(_, m)| *m)
                .unwrap_or(0);
            TrainingRow {
                course_id: id,
                title,
                starts_on: starts,
                ends_on: ends,
                minutes: spent,
                certificate: numbers.iter().find(|(c, _)| *c == id).map(|(_, n)| *n),
            }
        })
        .collect())
}

/// Courses of `units` or meant for one of `meant_for` whose search key
/// matches the tsquery `query`, best first; the body is the venue.
pub fn search(
    conn: &mut PgConnection,
    units: &[UnitId],
    meant_for: &[UnitId],
    query: &str,
    limit: i64,
) -> QueryResult<Vec<Found>> {
    let ids = |units: &[UnitId]| units.iter().map(|u| u.0).collect::<Vec<_>>();
    diesel::sql_query(
        "SELECT c.id, c.title, c.venue AS body, \
         ts_rank_cd(c.search_vector, q) AS rank \
         FROM courses c, to_tsquery('simple', $1) q \
         WHERE c.search_vector @@ q \
         AND (c.unit_id = ANY($2) OR EXISTS (SELECT 1 FROM course_units u \
              WHERE u.course_id = c.id AND u.unit_id = ANY($3))) \
         ORDER BY rank DESC, c.starts_on DESC, c.id DESC LIMIT $4",
    )
    .bind::<diesel::sql_types::Text, _>(query)
    .bind::<diesel::sql_types::Array<diesel::sql_types::BigInt>, _>(ids(units))
    .bind::<diesel::sql_types::Array<diesel::sql_types::BigInt>, _>(ids(meant_for))
    .bind::<diesel::sql_types::BigInt, _>(limit)
    .load(conn)
}
