//! Plans (kế hoạch) and their tasks, pilot models and commendations
//! (docs/domain.md §1, §6). A plan is data: the 2022 plan ships as seed data and
//! later plans are entered the same way.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::Lang;

string_enum! {
    pub enum PlanStatus {
        Draft => "draft",
        InForce => "in_force",
        Closed => "closed",
    }
}

string_enum! {
    pub enum TaskStatus {
        NotStarted => "not_started",
        InProgress => "in_progress",
        Done => "done",
        Cancelled => "cancelled",
    }
}

string_enum! {
    /// Chủ trì (leads) or phối hợp (coordinates).
    pub enum PartyRole {
        Lead => "lead",
        Partner => "partner",
    }
}

string_enum! {
    /// Parties a plan names as a group rather than one organisation.
    pub enum PartyGroup {
        /// "UBND phường, xã": every ward and commune committee of the plan's unit.
        WardCommittees => "ward_committees",
        /// "các tổ chức thành viên" of the Fatherland Front.
        FrontMembers => "front_members",
        /// "các phòng, đơn vị, tổ chức, cá nhân có liên quan".
        Related => "related",
    }
}

string_enum! {
    pub enum NomineeKind {
        Team => "team",
        Mediator => "mediator",
        Organisation => "organisation",
        Person => "person",
    }
}

string_enum! {
    /// Who would award: Chủ tịch UBND thành phố (giấy khen), UBND tỉnh
    /// (bằng khen), Bộ Tư pháp, Thủ tướng Chính phủ.
    pub enum CommendationLevel {
        City => "city",
        Province => "province",
        Ministry => "ministry",
        Government => "government",
    }
}

string_enum! {
    pub enum CommendationStatus {
        Proposed => "proposed",
        Approved => "approved",
        Refused => "refused",
    }
}

impl TaskStatus {
    pub fn is_open(self) -> bool {
        matches!(self, TaskStatus::NotStarted | TaskStatus::InProgress)
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (TaskStatus::NotStarted, Lang::Vi) => "Chưa thực hiện",
            (TaskStatus::NotStarted, Lang::En) => "Not started",
            (TaskStatus::InProgress, Lang::Vi) => "Đang thực hiện",
            (TaskStatus::InProgress, Lang::En) => "In progress",
            (TaskStatus::Done, Lang::Vi) => "Đã hoàn thành",
            (TaskStatus::Done, Lang::En) => "Done",
            (TaskStatus::Cancelled, Lang::Vi) => "Đã hủy",
            (TaskStatus::Cancelled, Lang::En) => "Cancelled",
        }
    }
}

impl PlanStatus {
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (PlanStatus::Draft, Lang::Vi) => "Dự thảo",
            (PlanStatus::Draft, Lang::En) => "Draft",
            (PlanStatus::InForce, Lang::Vi) => "Đang thực hiện",
            (PlanStatus::InForce, Lang::En) => "In force",
            (PlanStatus::Closed, Lang::Vi) => "Đã kết thúc",
            (PlanStatus::Closed, Lang::En) => "Closed",
        }
    }
}

/// A task is overdue when it is still open after its due day.
pub fn is_overdue(status: TaskStatus, due_on: Option<NaiveDate>, today: NaiveDate) -> bool {
    status.is_open() && due_on.is_some_and(|due| due < today)
}

/// "42/KH-UBND": number, document type and issuer, as printed after "Số:".
pub fn document_label(number: &str, doc_type: &str, issuer: &str) -> String {
    // An unnumbered draft prints as "…/KH-UBND", the number to be given.
    let mut label = match number.trim() {
        "" => "…".to_owned(),
        number => number.to_owned(),
    };
    for part in [doc_type.trim(), issuer.trim()] {
        if !part.is_empty() {
            label.push(if label.contains('/') { '-' } else { '/' });
            label.push_str(part);
        }
    }
    label
}

/// Legal basis and other referenced documents, as data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct DocumentRef {
    /// "42"
    pub number: String,
    /// "KH" (kế hoạch), "QĐ" (quyết định), "BC" (báo cáo), …
    pub doc_type: String,
    /// "UBND", "TTg", …
    pub issuer: String,
    #[serde(default)]
    pub issued_on: Option<NaiveDate>,
    /// What the document is about, when worth saying.
    #[serde(default)]
    pub title: Option<String>,
}

impl DocumentRef {
    pub fn label(&self) -> String {
        document_label(&self.number, &self.doc_type, &self.issuer)
    }
}

/// A plan's title for the next year: each year of its period written in
/// the title ("năm 2026") a year later, the latest first so that no year
/// moves twice. A year that ends or starts a span ("giai đoạn 2019-2022",
/// a programme's period) stays.
pub fn title_next_year(title: &str, first_year: i32, last_year: i32) -> String {
    (first_year..=last_year)
        .rev()
        .fold(title.to_owned(), |title, year| {
            let (old, new) = (year.to_string(), (year + 1).to_string());
            let mut out = String::with_capacity(title.len());
            let mut rest = title.as_str();
            while let Some(at) = rest.find(&old) {
                let (before, after) = (&rest[..at], &rest[at + old.len()..]);
                let in_span =
                    |c: Option<char>| c.is_some_and(|c| matches!(c, '-' | '–' | '—' | '/'));
                let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
                let (prev, next) = (before.chars().next_back(), after.chars().next());
                out.push_str(before);
                if in_span(prev) || in_span(next) || digit(prev) || digit(next) {
                    out.push_str(&old);
                } else {
                    out.push_str(&new);
                }
                rest = after;
            }
            out.push_str(rest);
            out
        })
}

/// Whether `order` names each of `tasks` exactly once and nothing else.
pub fn is_full_order(order: &[i64], tasks: &[i64]) -> bool {
    let mut named = order.to_vec();
    let mut held = tasks.to_vec();
    named.sort_unstable();
    held.sort_unstable();
    named == held
}

/// `order` after the item at `index` moves one place up (towards the
/// start) or down; `None` when it is already at that end.
pub fn moved_one_place<T: Clone>(order: &[T], index: usize, up: bool) -> Option<Vec<T>> {
    let other = if up { index.checked_sub(1)? } else { index + 1 };
    if other >= order.len() {
        return None;
    }
    let mut moved = order.to_vec();
    moved.swap(index, other);
    Some(moved)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_task_moves_one_place_and_not_past_either_end() {
        use super::moved_one_place;
        assert_eq!(moved_one_place(&[1, 2, 3], 1, true), Some(vec![2, 1, 3]));
        assert_eq!(moved_one_place(&[1, 2, 3], 1, false), Some(vec![1, 3, 2]));
        assert_eq!(moved_one_place(&[1, 2, 3], 0, true), None);
        assert_eq!(moved_one_place(&[1, 2, 3], 2, false), None);
    }

    #[test]
    fn a_title_moves_to_the_next_year() {
        assert_eq!(
            super::title_next_year("Kế hoạch hòa giải ở cơ sở năm 2026", 2026, 2026),
            "Kế hoạch hòa giải ở cơ sở năm 2027"
        );
        assert_eq!(
            super::title_next_year(
                "Kế hoạch thực hiện Đề án giai đoạn 2019-2022 năm 2022",
                2022,
                2022
            ),
            "Kế hoạch thực hiện Đề án giai đoạn 2019-2022 năm 2023",
            "the programme's span stays"
        );
        assert_eq!(
            super::title_next_year("Kế hoạch số 12022 năm 2022", 2022, 2022),
            "Kế hoạch số 12022 năm 2023"
        );
    }

    use super::*;

    #[test]
    fn document_numbers_print_as_official_documents_write_them() {
        assert_eq!(document_label("42", "KH", "UBND"), "42/KH-UBND");
        assert_eq!(document_label("428", "QĐ", "TTg"), "428/QĐ-TTg");
        assert_eq!(document_label("35/2013", "QH13", ""), "35/2013-QH13");
        assert_eq!(document_label("", "KH", "UBND"), "…/KH-UBND");
    }

    #[test]
    fn only_open_tasks_past_their_day_are_overdue() {
        let due = NaiveDate::from_ymd_opt(2022, 9, 30);
        let after = NaiveDate::from_ymd_opt(2022, 10, 1).unwrap_or_default();
        assert!(is_overdue(TaskStatus::InProgress, due, after));
        assert!(!is_overdue(TaskStatus::Done, due, after));
        assert!(!is_overdue(TaskStatus::NotStarted, None, after));
        assert!(!is_overdue(
            TaskStatus::NotStarted,
            due,
            NaiveDate::from_ymd_opt(2022, 9, 30).unwrap_or_default()
        ));
    }

    #[test]
    fn a_full_order_names_each_task_once() {
        assert!(is_full_order(&[3, 1, 2], &[1, 2, 3]));
        assert!(!is_full_order(&[1, 2], &[1, 2, 3]));
        assert!(!is_full_order(&[1, 1, 2], &[1, 2, 3]));
        assert!(!is_full_order(&[1, 2, 4], &[1, 2, 3]));
        assert!(is_full_order(&[], &[]));
    }
}
