//! Dates as they happened. Wards often enter last week's paper records
//! today, so every rule of the workflow counts from the day the user
//! records for a step; the server's clock only says when the step was
//! written down, and a step written down long after it happened is marked.

use chrono::{DateTime, NaiveDate, Utc};

use crate::api::mediation::MediatorEvent;
use crate::mediation::{MediatorEventKind, recognition_late};
use crate::time::day_in_vietnam;
use crate::validation::{Checker, Rule};

/// A step written down more than this many days after its date is marked
/// "recorded late" in the case history.
pub const RECORDED_LATE_AFTER_DAYS: i64 = 3;

/// Whether a step dated `on` and written down at `recorded_at` was
/// recorded more than three days after it happened (days in Vietnam).
pub fn recorded_late(on: NaiveDate, recorded_at: DateTime<Utc>) -> bool {
    (day_in_vietnam(recorded_at) - on).num_days() > RECORDED_LATE_AFTER_DAYS
}

/// Why the day given for a step cannot be right.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepDateError {
    /// The day has not come yet.
    InFuture { today: NaiveDate },
    /// The day is earlier than the step this one follows.
    BeforePrevious { previous: NaiveDate },
}

impl StepDateError {
    /// The broken rule as a field error.
    pub fn rule(self) -> Rule {
        match self {
            StepDateError::InFuture { today } => Rule::DayInFuture { today },
            StepDateError::BeforePrevious { previous } => Rule::DayBeforePreviousStep { previous },
        }
    }
}

/// The one rule for the day of every recorded step (a case's workflow
/// steps and follow-ups, a pay claim's decision and payment, a mediator's
/// history): not later than today and not earlier than the step it follows.
pub fn check_step_date(
    on: NaiveDate,
    previous: NaiveDate,
    today: NaiveDate,
) -> Result<(), StepDateError> {
    if on > today {
        Err(StepDateError::InFuture { today })
    } else if on < previous {
        Err(StepDateError::BeforePrevious { previous })
    } else {
        Ok(())
    }
}

/// [`check_step_date`] inside a form check: a wrong day becomes an error
/// on `field`, reported with the request's other errors.
pub fn check_step_day(
    check: &mut Checker,
    field: &str,
    on: NaiveDate,
    previous: NaiveDate,
    today: NaiveDate,
) {
    if let Err(error) = check_step_date(on, previous, today) {
        check.add(field, error.rule());
    }
}

/// Marks each recognition in a mediator's history that came more than 5
/// working days after the election before it, by the days recorded for
/// both (whatever order they were entered in).
pub fn mark_late_recognitions(history: &mut [MediatorEvent]) {
    let elections: Vec<NaiveDate> = history
        .iter()
        .filter(|e| e.kind == MediatorEventKind::Elected)
        .map(|e| e.occurred_on)
        .collect();
    for event in history
        .iter_mut()
        .filter(|e| e.kind == MediatorEventKind::Recognised)
    {
        let elected = elections
            .iter()
            .filter(|day| **day <= event.occurred_on)
            .max();
        event.late = elected.is_some_and(|day| recognition_late(*day, event.occurred_on));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap_or_default()
    }

    #[test]
    fn a_step_lies_between_the_previous_step_and_today() {
        let (previous, today) = (day("2026-11-20"), day("2026-11-28"));
        assert_eq!(check_step_date(previous, previous, today), Ok(()));
        assert_eq!(check_step_date(today, previous, today), Ok(()));
        assert_eq!(
            check_step_date(day("2026-11-29"), previous, today),
            Err(StepDateError::InFuture { today })
        );
        assert_eq!(
            check_step_date(day("2026-11-19"), previous, today),
            Err(StepDateError::BeforePrevious { previous })
        );
    }

    #[test]
    fn a_wrong_day_is_explained_in_both_languages() {
        let before = StepDateError::BeforePrevious {
            previous: day("2026-11-20"),
        };
        assert_eq!(before.rule().code(), "day_before_previous_step");
        assert_eq!(
            before.rule().message(Lang::Vi),
            "Ngày không được trước ngày của bước liền trước (20/11/2026)"
        );
        assert!(before.rule().message(Lang::En).contains("20/11/2026"));
        let future = StepDateError::InFuture {
            today: day("2026-11-28"),
        };
        assert_eq!(future.rule().code(), "day_in_future");
        assert_eq!(
            future.rule().message(Lang::Vi),
            "Ngày không được sau hôm nay (28/11/2026)"
        );

        let mut check = Checker::new();
        check_step_day(
            &mut check,
            "on",
            day("2026-12-01"),
            day("2026-11-20"),
            day("2026-11-28"),
        );
        check_step_day(
            &mut check,
            "paid_on",
            day("2026-11-21"),
            day("2026-11-20"),
            day("2026-11-28"),
        );
        let errors = check.finish().err().unwrap_or_default();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].field, "on");
    }

    #[test]
    fn a_step_written_down_more_than_three_days_later_is_late() {
        let at = |text: &str| text.parse::<DateTime<Utc>>().unwrap_or_default();
        let on = day("2026-11-20");
        assert!(!recorded_late(on, at("2026-11-20T03:00:00Z")));
        // 23/11 in Vietnam: three days after, still on time.
        assert!(!recorded_late(on, at("2026-11-23T16:59:00Z")));
        // 17:00 UTC on 23/11 is already 24/11 in Vietnam.
        assert!(recorded_late(on, at("2026-11-23T17:00:00Z")));
        assert!(recorded_late(on, at("2026-11-29T08:00:00Z")));
    }

    #[test]
    fn recognitions_are_late_by_the_days_recorded() {
        let event = |kind, on: &str| MediatorEvent {
            kind,
            occurred_on: day(on),
            method: None,
            percent: None,
            decision: None,
            reason: None,
            note: String::new(),
            late: false,
            recorded_at: DateTime::<Utc>::default(),
        };
        // Entered in any order: the recognition of 20/05 follows the
        // election of 03/05 by 11 working days.
        let mut history = [
            event(MediatorEventKind::Recognised, "2024-05-20"),
            event(MediatorEventKind::Elected, "2024-05-03"),
            event(MediatorEventKind::Recognised, "2024-05-08"),
        ];
        mark_late_recognitions(&mut history);
        let late: Vec<bool> = history.iter().map(|e| e.late).collect();
        assert_eq!(late, [true, false, false]);
    }
}
