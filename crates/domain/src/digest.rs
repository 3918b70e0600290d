//! The daily digest: what became due or overdue in a user's scope, kept as
//! codes and parameters and worded in the reader's language when shown
//! (in the app, or in an e-mail).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{Lang, TaskId};

/// How many days ahead "due soon" looks in a digest.
pub const DUE_SOON_DAYS: u64 = 7;

/// One line of a digest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum DigestItem {
    /// A task of a plan the user manages (or leads) past its due day.
    TaskOverdue {
        task_id: TaskId,
        task_code: String,
        title: String,
        due_on: NaiveDate,
    },
    /// The same, due within [`DUE_SOON_DAYS`].
    TaskDueSoon {
        task_id: TaskId,
        task_code: String,
        title: String,
        due_on: NaiveDate,
    },
    /// A periodic report owed and late (the user's own, or a unit's below
    /// that the user reviews).
    ReportOverdue {
        unit_name: String,
        period_vi: String,
        period_en: String,
        due_on: NaiveDate,
    },
    /// The user's own periodic report due within [`DUE_SOON_DAYS`].
    ReportDueSoon {
        unit_name: String,
        period_vi: String,
        period_en: String,
        due_on: NaiveDate,
    },
    /// Cases assigned to mediators and not started within the law's
    /// three working days.
    CasesNotStarted { count: i64 },
    /// Pay claims waiting for the ward's decision.
    ClaimsWaiting { count: i64 },
    /// Questions on difficult cases still open.
    QuestionsOpen { count: i64 },
    /// Supervisions of the Front not yet answered.
    SupervisionsOpen { count: i64 },
}

fn day(on: NaiveDate) -> String {
    on.format("%d/%m/%Y").to_string()
}

impl DigestItem {
    /// The line as the reader sees it.
    pub fn text(&self, lang: Lang) -> String {
        let vi = lang == Lang::Vi;
        match self {
            DigestItem::TaskOverdue {
                task_code,
                title,
                due_on,
                ..
            } if vi => format!("Nhiệm vụ {task_code} «{title}» quá hạn từ {}", day(*due_on)),
            DigestItem::TaskOverdue {
                task_code,
                title,
                due_on,
                ..
            } => format!(
                "Task {task_code} \"{title}\" overdue since {}",
                day(*due_on)
            ),
            DigestItem::TaskDueSoon {
                task_code,
                title,
                due_on,
                ..
            } if vi => format!(
                "Nhiệm vụ {task_code} «{title}» đến hạn ngày {}",
                day(*due_on)
            ),
            DigestItem::TaskDueSoon {
                task_code,
                title,
                due_on,
                ..
            } => format!("Task {task_code} \"{title}\" due on {}", day(*due_on)),
            DigestItem::ReportOverdue {
                unit_name,
                period_vi,
                due_on,
                ..
            } if vi => format!(
                "Báo cáo {period_vi} của {unit_name} quá hạn từ {}",
                day(*due_on)
            ),
            DigestItem::ReportOverdue {
                unit_name,
                period_en,
                due_on,
                ..
            } => format!(
                "Report for {period_en} of {unit_name} overdue since {}",
                day(*due_on)
            ),
            DigestItem::ReportDueSoon {
                unit_name,
                period_vi,
                due_on,
                ..
            } if vi => format!(
                "Báo cáo {period_vi} của {unit_name} đến hạn ngày {}",
                day(*due_on)
            ),
            DigestItem::ReportDueSoon {
                unit_name,
                period_en,
                due_on,
                ..
            } => format!(
                "Report for {period_en} of {unit_name} due on {}",
                day(*due_on)
            ),
            DigestItem::CasesNotStarted { count } if vi => {
                format!("{count} vụ việc đã phân công nhưng chưa tiến hành hòa giải quá 3 ngày")
            }
            DigestItem::CasesNotStarted { count } => {
                format!("{count} assigned cases not started within 3 days")
            }
            DigestItem::ClaimsWaiting { count } if vi => {
                format!("{count} đề nghị thanh toán thù lao chờ quyết định")
            }
            DigestItem::ClaimsWaiting { count } => {
                format!("{count} pay claims waiting for a decision")
            }
            DigestItem::QuestionsOpen { count } if vi => {
                format!("{count} câu hỏi về vụ việc khó chưa được giải đáp xong")
            }
            DigestItem::QuestionsOpen { count } => {
                format!("{count} questions on difficult cases still open")
            }
            DigestItem::SupervisionsOpen { count } if vi => {
                format!("{count} kết quả giám sát chờ trả lời")
            }
            DigestItem::SupervisionsOpen { count } => {
                format!("{count} supervisions awaiting an answer")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_digest_line_is_stored_as_a_code_and_read_in_either_language() {
        let item = DigestItem::TaskOverdue {
            task_id: TaskId(7),
            task_code: "II.3.a".into(),
            title: "Kiện toàn tổ hòa giải".into(),
            due_on: NaiveDate::from_ymd_opt(2026, 11, 30).unwrap_or_default(),
        };
        let stored = serde_json::to_value(&item).unwrap_or_default();
        assert_eq!(stored["code"], "task_overdue");
        assert_eq!(stored["task_code"], "II.3.a");
        assert_eq!(
            item.text(Lang::Vi),
            "Nhiệm vụ II.3.a «Kiện toàn tổ hòa giải» quá hạn từ 30/11/2026"
        );
        assert!(item.text(Lang::En).starts_with("Task II.3.a"));
        let back: DigestItem =
            serde_json::from_value(stored).unwrap_or(DigestItem::QuestionsOpen { count: 0 });
        assert_eq!(back, item);
    }
}
