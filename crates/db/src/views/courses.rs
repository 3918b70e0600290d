//! Courses with their units, organiser, audience and sessions, and the
//! mediators a course invited.

use std::collections::{HashMap, HashSet};

use diesel::PgConnection;
use diesel::result::QueryResult;
use hgcs_domain::api::mediators::TeamRef;
use hgcs_domain::api::plans::TaskTrainings;
use hgcs_domain::api::trainings::{
    Certificate, Course, Invitee, Mark, Session, SessionAttendance, Trainer,
};
use hgcs_domain::trainings::{AttendanceStatus, earns_certificate, session_minutes};
use hgcs_domain::{CourseId, MediatorId, SessionId, TaskId, TeamId};

use super::{Units, stored};
use crate::models::course::{self, CourseRow};
use crate::models::{mediator, organisation, parse_word, team};

/// Courses in the order given, in a fixed number of queries; `managed`
/// names the courses the caller may change.
pub fn courses(
    conn: &mut PgConnection,
    rows: Vec<CourseRow>,
    managed: &HashSet<i64>,
) -> QueryResult<Vec<Course>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let audience = course::audience(conn, &ids)?;
    let units = Units::load(
        conn,
        rows.iter()
            .map(|r| r.unit_id)
            .chain(audience.iter().map(|(_, u)| *u)),
    )?;
    let organisers: Vec<i64> = rows.iter().filter_map(|r| r.organiser_id).collect();
    let organisers: HashMap<i64, _> = organisation::many(conn, &organisers)?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let marked: HashMap<i64, i64> = course::marks_per_session(conn, &ids)?.into_iter().collect();
    let invited: HashMap<i64, i64> = course::invited_per_course(conn, &ids)?
        .into_iter()
        .collect();
    let mut sessions: HashMap<i64, Vec<Session>> = HashMap::new();
    for row in course::sessions(conn, &ids)? {
        let trainers: Vec<Trainer> = stored(row.trainers)?;
        sessions.entry(row.course_id).or_default().push(Session {
            id: SessionId(row.id),
            held_on: row.held_on,
            starts_at: row.starts_at,
            ends_at: row.ends_at,
            minutes: session_minutes(row.starts_at, row.ends_at),
            place: row.place,
            topic: row.topic,
            trainers,
            marked: marked.get(&row.id).copied().unwrap_or(0),
        });
    }
    rows.into_iter()
        .map(|row| {
            Ok(Course {
                id: CourseId(row.id),
                unit: units.get(row.unit_id)?,
                task_id: row.task_id.map(TaskId),
                organiser: row
                    .organiser_id
                    .and_then(|id| organisers.get(&id))
                    .map(organisation::OrganisationRow::summary)
                    .transpose()?,
                audience: audience
                    .iter()
                    .filter(|(course, _)| *course == row.id)
                    .map(|(_, unit)| units.get(*unit))
                    .collect::<QueryResult<_>>()?,
                sessions: sessions.remove(&row.id).unwrap_or_default(),
                invited: invited.get(&row.id).copied().unwrap_or(0),
                manage: managed.contains(&row.id),
                title: row.title,
                venue: row.venue,
                starts_on: row.starts_on,
                ends_on: row.ends_on,
                capacity: row.capacity,
                min_minutes: row.min_minutes,
                version: row.version,
            })
        })
        .collect()
}

/// The courses serving a plan task, with the mediators they trained and
/// the certificates they issued.
pub fn task_trainings(
    conn: &mut PgConnection,
    rows: Vec<CourseRow>,
    managed: &HashSet<i64>,
    can_open: bool,
) -> QueryResult<TaskTrainings> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    Ok(TaskTrainings {
        attended: course::attended(conn, &ids)?,
        certified: course::certified(conn, &ids)?,
        courses: courses(conn, rows, managed)?,
        can_open,
    })
}

/// One course.
pub fn course(conn: &mut PgConnection, row: CourseRow, manage: bool) -> QueryResult<Course> {
    let managed: HashSet<i64> = manage.then_some(row.id).into_iter().collect();
    courses(conn, vec![row], &managed)?
        .pop()
        .ok_or(diesel::result::Error::NotFound)
}

/// The mediators `row` invited, by name, with their minutes present and
/// whether these earn the certificate.
pub fn invitees(conn: &mut PgConnection, row: &CourseRow) -> QueryResult<Vec<Invitee>> {
    let found = course::invitees(conn, CourseId(row.id))?;
    let ids: Vec<i64> = found.iter().map(|(m, _)| *m).collect();
    let minutes: HashMap<i64, i64> = found.into_iter().collect();
    let mut mediators = mediator::many(conn, &ids)?;
    mediators.sort_by(|a, b| (&a.search_key, a.id).cmp(&(&b.search_key, b.id)));
    let team_ids: Vec<i64> = mediators.iter().filter_map(|m| m.team_id).collect();
    let teams: HashMap<i64, team::TeamRow> = team::many(conn, &team_ids)?
        .into_iter()
        .map(|t| (t.id, t))
        .collect();
    let communes = super::mediators::communes(conn, teams.values().map(|t| t.unit_id))?;
    mediators
        .into_iter()
        .map(|m| {
            let team = m.team_id.and_then(|t| teams.get(&t));
            let minutes = minutes.get(&m.id).copied().unwrap_or(0);
            Ok(Invitee {
                mediator: m.summary()?,
                team: TeamRef {
                    id: TeamId(team.map_or(0, |t| t.id)),
                    name: team.map(|t| t.name.clone()).unwrap_or_default(),
                },
                commune: team.and_then(|t| communes.get(&t.unit_id).cloned()),
                certified: earns_certificate(minutes, row.min_minutes),
                minutes,
            })
        })
        .collect()
}

/// The marks of a session, by mediator.
pub fn session_marks(
    conn: &mut PgConnection,
    session: SessionId,
) -> QueryResult<SessionAttendance> {
    let recorded = course::marks(conn, session)?;
    let ids: Vec<i64> = recorded.iter().map(|(m, _, _)| *m).collect();
    let names: HashMap<i64, String> = mediator::many(conn, &ids)?
        .into_iter()
        .map(|m| (m.id, m.full_name))
        .collect();
    let marks = recorded
        .into_iter()
        .map(|(mediator_id, status, minutes)| {
            Ok(Mark {
                full_name: names.get(&mediator_id).cloned().unwrap_or_default(),
                mediator_id: MediatorId(mediator_id),
                status: parse_word(&status, AttendanceStatus::parse)?,
                minutes,
            })
        })
        .collect::<QueryResult<_>>()?;
    Ok(SessionAttendance {
        session_id: session,
        marks,
    })
}

/// The certificates of a course, by number, with the mediators' names.
pub fn certificates(conn: &mut PgConnection, course: CourseId) -> QueryResult<Vec<Certificate>> {
    let rows = course::certificates(conn, course)?;
    let ids: Vec<i64> = rows.iter().map(|r| r.mediator_id).collect();
    let names: HashMap<i64, String> = mediator::many(conn, &ids)?
        .into_iter()
        .map(|m| (m.id, m.full_name))
        .collect();
    Ok(rows
        .into_iter()
        .map(|row| Certificate {
            mediator_id: MediatorId(row.mediator_id),
            full_name: names.get(&row.mediator_id).cloned().unwrap_or_default(),
            number: row.number,
            minutes: row.minutes,
            issued_on: row.issued_on,
        })
        .collect())
}
