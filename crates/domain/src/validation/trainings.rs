//! The checks of training courses, their sessions, invitations and
//! attendance.

use crate::api::trainings::{AttendanceInput, CourseInput, InvitationInput, SessionInput, Trainer};
use crate::trainings::session_minutes;
use crate::validation::{Checker, Rule};

const MAX_SESSIONS: usize = 50;
const MAX_TRAINERS: usize = 20;
const MAX_AUDIENCE: usize = 500;
const MAX_MARKS: usize = 1000;

impl Trainer {
    fn check(&self, check: &mut Checker, field: &str) -> Trainer {
        Trainer {
            name: check.text(&format!("{field}.name"), &self.name, 1, 200),
            ..self.clone()
        }
    }
}

impl SessionInput {
    fn check(&self, check: &mut Checker, field: &str, course: &CourseInput) -> SessionInput {
        check.unless(
            self.ends_at > self.starts_at,
            &format!("{field}.ends_at"),
            Rule::EndsBeforeStart,
        );
        check.unless(
            (course.starts_on..=course.ends_on).contains(&self.held_on),
            &format!("{field}.held_on"),
            Rule::SessionOutsideCourse,
        );
        check.unless(
            self.trainers.len() <= MAX_TRAINERS,
            &format!("{field}.trainers"),
            Rule::TooManyItems { max: MAX_TRAINERS },
        );
        SessionInput {
            place: check.text(&format!("{field}.place"), &self.place, 0, 300),
            topic: check.text(&format!("{field}.topic"), &self.topic, 1, 300),
            trainers: self
                .trainers
                .iter()
                .enumerate()
                .map(|(i, t)| t.check(check, &format!("{field}.trainers[{i}]")))
                .collect(),
            ..self.clone()
        }
    }
}

impl CourseInput {
    /// The text search reads: title, venue and the sessions' topics.
    pub fn searchable(&self) -> String {
        let topics = self.sessions.iter().map(|s| s.topic.as_str());
        std::iter::once(self.title.as_str())
            .chain(std::iter::once(self.venue.as_str()))
            .chain(topics)
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Checks the course as typed and returns it cleaned: its days in
    /// order, each session within them and ending after it starts, a
    /// minimum for the certificate that the sessions can reach.
    pub fn check(&self, check: &mut Checker) -> CourseInput {
        check.unless(
            self.ends_on >= self.starts_on,
            "ends_on",
            Rule::EndsBeforeStart,
        );
        check.unless(
            self.capacity.is_none_or(|c| (1..=100_000).contains(&c)),
            "capacity",
            Rule::NotPositive,
        );
        check.unless(
            (0..=100_000).contains(&self.min_minutes),
            "min_minutes",
            Rule::NotPositive,
        );
        check.unless(!self.sessions.is_empty(), "sessions", Rule::Required);
        check.unless(
            self.sessions.len() <= MAX_SESSIONS,
            "sessions",
            Rule::TooManyItems { max: MAX_SESSIONS },
        );
        check.unless(
            self.audience.len() <= MAX_AUDIENCE,
            "audience",
            Rule::TooManyItems { max: MAX_AUDIENCE },
        );
        let total: i32 = self
            .sessions
            .iter()
            .map(|s| session_minutes(s.starts_at, s.ends_at))
            .sum();
        check.unless(
            self.sessions.is_empty() || self.min_minutes <= total,
            "min_minutes",
            Rule::MinimumOverTotal,
        );
        let mut audience = self.audience.clone();
        audience.sort();
        audience.dedup();
        CourseInput {
            title: check.text("title", &self.title, 1, 300),
            venue: check.text("venue", &self.venue, 0, 300),
            sessions: self
                .sessions
                .iter()
                .enumerate()
                .map(|(i, s)| s.check(check, &format!("sessions[{i}]"), self))
                .collect(),
            audience,
            ..self.clone()
        }
    }
}

impl InvitationInput {
    /// The mediators, each once.
    pub fn check(&self, check: &mut Checker) -> InvitationInput {
        check.unless(
            !self.mediator_ids.is_empty(),
            "mediator_ids",
            Rule::Required,
        );
        check.unless(
            self.mediator_ids.len() <= MAX_MARKS,
            "mediator_ids",
            Rule::TooManyItems { max: MAX_MARKS },
        );
        let mut ids = self.mediator_ids.clone();
        ids.sort();
        ids.dedup();
        InvitationInput { mediator_ids: ids }
    }
}

impl AttendanceInput {
    /// One mark per mediator, minutes never negative.
    pub fn check(&self, check: &mut Checker) {
        check.unless(!self.marks.is_empty(), "marks", Rule::Required);
        check.unless(
            self.marks.len() <= MAX_MARKS,
            "marks",
            Rule::TooManyItems { max: MAX_MARKS },
        );
        let mut seen = std::collections::HashSet::new();
        for (i, mark) in self.marks.iter().enumerate() {
            check.unless(
                mark.minutes.is_none_or(|m| (0..=1440).contains(&m)),
                &format!("marks[{i}].minutes"),
                Rule::NotPositive,
            );
            check.unless(
                seen.insert(mark.mediator_id),
                &format!("marks[{i}].mediator_id"),
                Rule::Duplicate,
            );
        }
    }
}
