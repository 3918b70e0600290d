//! The checks of a final review as written.

use crate::api::reviews::{FinalReviewInput, TaskAssessment};
use crate::validation::{Checker, Rule, Violation};

/// At most this many tasks assessed in one review.
pub const MAX_TASKS: usize = 500;

impl FinalReviewInput {
    /// The texts cleaned and within their lengths; each task named once
    /// (whether it is the plan's is checked where the plan is read).
    pub fn validate(&self) -> Result<FinalReviewInput, Vec<Violation>> {
        let mut check = Checker::new();
        let summary = check.text("summary", &self.summary, 0, 20_000);
        let lessons = check.text("lessons", &self.lessons, 0, 20_000);
        let proposals = check.text("proposals", &self.proposals, 0, 20_000);
        check.unless(
            self.tasks.len() <= MAX_TASKS,
            "tasks",
            Rule::Range {
                min: 0,
                max: MAX_TASKS as i64,
            },
        );
        let mut tasks = Vec::with_capacity(self.tasks.len());
        for (index, task) in self.tasks.iter().enumerate() {
            let field = format!("tasks[{index}]");
            if self.tasks[..index]
                .iter()
                .any(|t| t.task_id == task.task_id)
            {
                check.add(&format!("{field}.task_id"), Rule::Duplicate);
            }
            tasks.push(TaskAssessment {
                task_id: task.task_id,
                assessment: check.text(&format!("{field}.assessment"), &task.assessment, 0, 5000),
            });
        }
        check.finish().map(|()| FinalReviewInput {
            summary,
            lessons,
            proposals,
            tasks,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::TaskId;

    #[test]
    fn a_review_names_each_task_once_and_keeps_its_texts_in_length() {
        let assessed = |id, text: &str| TaskAssessment {
            task_id: TaskId(id),
            assessment: text.into(),
        };
        let input = FinalReviewInput {
            summary: "  Hoàn thành cơ bản các nhiệm vụ. ".into(),
            lessons: String::new(),
            proposals: String::new(),
            tasks: vec![assessed(1, "Đạt"), assessed(2, "")],
        };
        let cleaned = input.validate().unwrap_or_else(|_| unreachable!());
        assert_eq!(cleaned.summary, "Hoàn thành cơ bản các nhiệm vụ.");
        let twice = FinalReviewInput {
            tasks: vec![assessed(1, "Đạt"), assessed(1, "Chưa đạt")],
            ..input
        };
        let refused = twice.validate().err().unwrap_or_default();
        assert_eq!(refused.len(), 1);
        assert_eq!(refused[0].field, "tasks[1].task_id");
        assert_eq!(refused[0].rule, Rule::Duplicate);
    }
}
