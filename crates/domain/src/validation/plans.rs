//! Plans as typed, checked and cleaned.

use super::{Checker, Rule, Violation};
use chrono::NaiveDate;

use crate::api::plans::{Duty, Figure, PlanInput, TaskInput, TaskOrder, TaskUpdateInput};
use crate::plan::{DocumentRef, is_full_order};
use crate::text::clean;

fn document(
    check: &mut Checker,
    field: &str,
    doc: &DocumentRef,
    number_required: bool,
) -> DocumentRef {
    DocumentRef {
        number: check.text(
            &format!("{field}.number"),
            &doc.number,
            usize::from(number_required),
            30,
        ),
        doc_type: check.text(&format!("{field}.doc_type"), &doc.doc_type, 1, 20),
        issuer: check.text(&format!("{field}.issuer"), &doc.issuer, 1, 60),
        issued_on: doc.issued_on,
        title: doc.title.as_deref().map(clean).filter(|t| !t.is_empty()),
    }
}

impl PlanInput {
    /// The plan cleaned (trimmed, NFC), or every field that breaks a rule.
    pub fn validate(&self) -> Result<PlanInput, Vec<Violation>> {
        let mut check = Checker::new();
        check.unless(
            self.period_end >= self.period_start,
            "period_end",
            Rule::EndsBeforeStart,
        );
        let plan = PlanInput {
            document: document(&mut check, "document", &self.document, false),
            title: check.text("title", &self.title, 1, 1000),
            period_start: self.period_start,
            period_end: self.period_end,
            issued_place: check.text("issued_place", &self.issued_place, 0, 200),
            signer_name: check.text("signer_name", &self.signer_name, 0, 200),
            signer_title: check.text("signer_title", &self.signer_title, 0, 200),
            legal_basis: self
                .legal_basis
                .iter()
                .enumerate()
                .map(|(i, doc)| document(&mut check, &format!("legal_basis[{i}]"), doc, true))
                .collect(),
            purpose: check.text("purpose", &self.purpose, 0, 20_000),
            requirements: check.text("requirements", &self.requirements, 0, 20_000),
            funding: check.text("funding", &self.funding, 0, 5_000),
            duties: self
                .duties
                .iter()
                .enumerate()
                .map(|(i, duty)| Duty {
                    heading: check.text(&format!("duties[{i}].heading"), &duty.heading, 1, 500),
                    body: check.text(&format!("duties[{i}].body"), &duty.body, 0, 20_000),
                })
                .collect(),
            status: self.status,
        };
        check.finish().map(|()| plan)
    }
}

impl TaskInput {
    /// Checks the task's own fields (code, title, description, schedule)
    /// and returns it cleaned; its parties are checked against the plan's
    /// units by the caller, reporting into the same `check`.
    pub fn check(&self, check: &mut Checker) -> TaskInput {
        if let Err((vi, en)) = self.schedule.check() {
            check.add("schedule", Rule::Schedule { vi, en });
        }
        TaskInput {
            code: check.text("code", &self.code, 1, 20),
            title: check.text("title", &self.title, 1, 2000),
            description: check.text("description", &self.description, 0, 20_000),
            ..self.clone()
        }
    }
}

/// At most this many tasks in one new order.
pub const MAX_ORDERED_TASKS: usize = 500;

impl TaskOrder {
    /// The order as task ids, if it names each of the plan's `tasks` once.
    pub fn validate(&self, tasks: &[i64]) -> Result<Vec<i64>, Vec<Violation>> {
        let mut check = Checker::new();
        let ids: Vec<i64> = self.task_ids.iter().map(|id| id.0).collect();
        if ids.len() > MAX_ORDERED_TASKS {
            check.add(
                "task_ids",
                Rule::TooManyItems {
                    max: MAX_ORDERED_TASKS,
                },
            );
        } else {
            check.unless(is_full_order(&ids, tasks), "task_ids", Rule::EveryTaskOnce);
        }
        check.finish().map(|()| ids)
    }
}

impl TaskUpdateInput {
    /// The progress report cleaned: a body, progress 0–100 %, dated no later
    /// than `today`, figures with label and value.
    pub fn validate(&self, today: NaiveDate) -> Result<TaskUpdateInput, Vec<Violation>> {
        let mut check = Checker::new();
        let body = check.text("body", &self.body, 1, 20_000);
        check.unless(
            (0..=100).contains(&self.progress),
            "progress",
            Rule::Progress,
        );
        check.unless(
            self.reported_on <= today,
            "reported_on",
            Rule::ReportedInFuture,
        );
        let figures = self
            .figures
            .iter()
            .enumerate()
            .map(|(index, figure)| Figure {
                label: check.text(&format!("figures[{index}].label"), &figure.label, 1, 200),
                value: check.text(&format!("figures[{index}].value"), &figure.value, 1, 200),
            })
            .collect();
        let update = TaskUpdateInput {
            body,
            figures,
            ..self.clone()
        };
        check.finish().map(|()| update)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{PlanStatus, TaskStatus};
    use crate::validation::fields_and_codes;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, d).unwrap_or_default()
    }

    fn plan() -> PlanInput {
        PlanInput {
            document: DocumentRef {
                number: " 42 ".into(),
                doc_type: "KH".into(),
                issuer: "UBND".into(),
                issued_on: Some(day(1)),
                title: Some("  ".into()),
            },
            title: "  Kế hoạch  ".into(),
            period_start: day(1),
            period_end: day(31),
            issued_place: String::new(),
            signer_name: String::new(),
            signer_title: String::new(),
            legal_basis: Vec::new(),
            purpose: String::new(),
            requirements: String::new(),
            funding: String::new(),
            duties: Vec::new(),
            status: PlanStatus::Draft,
        }
    }

    #[test]
    fn a_plan_is_cleaned() {
        let clean = plan().validate().unwrap_or_else(|_| plan());
        assert_eq!(clean.title, "Kế hoạch");
        assert_eq!(clean.document.number, "42");
        assert_eq!(clean.document.title, None);
    }

    #[test]
    fn a_period_ending_before_it_starts_and_a_basis_without_number_are_refused() {
        let mut bad = plan();
        bad.period_end = day(1) - chrono::Days::new(1);
        bad.legal_basis.push(DocumentRef {
            number: String::new(),
            ..bad.document.clone()
        });
        let errors = bad.validate().err().unwrap_or_default();
        let found = fields_and_codes(&errors);
        assert_eq!(
            found,
            [
                ("period_end", "before_start"),
                ("legal_basis[0].number", "required")
            ]
        );
    }

    #[test]
    fn a_report_is_dated_no_later_than_today_with_progress_in_percent() {
        let report = TaskUpdateInput {
            body: " Đã in ".into(),
            progress: 120,
            reported_on: day(20),
            figures: vec![Figure {
                label: "Số bản".into(),
                value: " ".into(),
            }],
            status: TaskStatus::InProgress,
        };
        let errors = report.validate(day(19)).err().unwrap_or_default();
        let found = fields_and_codes(&errors);
        assert_eq!(
            found,
            [
                ("progress", "out_of_range"),
                ("reported_on", "in_the_future"),
                ("figures[0].value", "required")
            ]
        );
    }

    #[test]
    fn a_task_needs_a_code_a_title_and_a_schedule_that_makes_sense() {
        let task: TaskInput = serde_json::from_value(serde_json::json!({
            "code": " II.6 ", "title": "", "schedule": {"kind": "quarters", "year": 2022, "quarters": [5]},
            "parties": []
        }))
        .unwrap_or_else(|e| panic!("{e}"));
        let mut check = Checker::new();
        let clean = task.check(&mut check);
        assert_eq!(clean.code, "II.6");
        let errors = check.finish().err().unwrap_or_default();
        let found = fields_and_codes(&errors);
        assert_eq!(
            found,
            [("schedule", "invalid_schedule"), ("title", "required")]
        );
    }
}
