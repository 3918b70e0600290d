//! Words for the plan, pilot and commendation screens that hold a number,
//! a name or a date, and names for the domain's enums that carry no label
//! of their own. Plain words live in `i18n::Msg`.

use chrono::{Datelike, NaiveDate};
use hgcs_domain::Lang;
use hgcs_domain::plan::{CommendationLevel, CommendationStatus, DocumentRef, NomineeKind};

use crate::format;
use crate::i18n::Msg;

fn pick(lang: Lang, vi: String, en: String) -> String {
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

pub fn nominee_kind(kind: NomineeKind) -> Msg {
    match kind {
        NomineeKind::Team => Msg::KindTeam,
        NomineeKind::Mediator => Msg::KindMediator,
        NomineeKind::Organisation => Msg::KindOrganisation,
        NomineeKind::Person => Msg::KindPerson,
    }
}

pub fn level(level: CommendationLevel) -> Msg {
    match level {
        CommendationLevel::City => Msg::LevelCity,
        CommendationLevel::Province => Msg::LevelProvince,
        CommendationLevel::Ministry => Msg::LevelMinistry,
        CommendationLevel::Government => Msg::LevelGovernment,
    }
}

pub fn commendation_status(status: CommendationStatus) -> Msg {
    match status {
        CommendationStatus::Proposed => Msg::StatusProposed,
        CommendationStatus::Approved => Msg::StatusApproved,
        CommendationStatus::Refused => Msg::StatusRefused,
    }
}

/// "Quý III" / "Q3".
pub fn quarter(lang: Lang, quarter: u8) -> String {
    const ROMAN: [&str; 4] = ["I", "II", "III", "IV"];
    let roman = ROMAN.get(usize::from(quarter).wrapping_sub(1)).copied();
    pick(
        lang,
        format!("Quý {}", roman.unwrap_or("?")),
        format!("Q{quarter}"),
    )
}

/// "3/5 nhiệm vụ hoàn thành".
pub fn done_of(lang: Lang, done: i64, total: i64) -> String {
    pick(
        lang,
        format!("{done}/{total} nhiệm vụ hoàn thành"),
        format!("{done} of {total} tasks done"),
    )
}

pub fn overdue_count(lang: Lang, count: i64) -> String {
    pick(lang, format!("{count} quá hạn"), format!("{count} overdue"))
}

/// "TP. Thái Bình, ngày 28 tháng 3 năm 2022", as a document is dated.
pub fn issued_line(lang: Lang, place: &str, day: Option<NaiveDate>) -> String {
    let place = place.trim();
    let Some(day) = day else {
        return place.to_owned();
    };
    let separator = if place.is_empty() { "" } else { ", " };
    pick(
        lang,
        format!(
            "{place}{separator}ngày {} tháng {} năm {}",
            day.day(),
            day.month(),
            day.year()
        ),
        format!("{place}{separator}{}", format::date(day)),
    )
}

/// "42/KH-UBND ngày 28/03/2022" for lists and legal bases.
pub fn document(lang: Lang, doc: &DocumentRef) -> String {
    match doc.issued_on {
        Some(day) => pick(
            lang,
            format!("{} ngày {}", doc.label(), format::date(day)),
            format!("{} of {}", doc.label(), format::date(day)),
        ),
        None => doc.label(),
    }
}

/// How far a due day is from today, e.g. "quá hạn 12 ngày", "còn 5 ngày".
pub fn due_distance(lang: Lang, due: NaiveDate, today: NaiveDate) -> String {
    let days = (due - today).num_days();
    match days {
        0 => pick(lang, "hạn hôm nay".into(), "due today".into()),
        d if d < 0 => pick(
            lang,
            format!("quá hạn {} ngày", -d),
            format!("{} days overdue", -d),
        ),
        d => pick(lang, format!("còn {d} ngày"), format!("{d} days left")),
    }
}

pub fn event_within(lang: Lang, days: u32) -> String {
    pick(
        lang,
        format!("Hoàn thành trong {days} ngày sau khi sự kiện diễn ra"),
        format!("Due {days} days after the event"),
    )
}

/// "Đang gửi 3 tệp (4,2 MB)…" while a report uploads.
pub fn uploading(lang: Lang, files: usize, bytes: f64) -> String {
    let size = megabytes(lang, bytes);
    pick(
        lang,
        format!("Đang gửi báo cáo và {files} tệp ({size})…"),
        format!("Sending the report and {files} file(s) ({size})…"),
    )
}

pub fn megabytes(lang: Lang, bytes: f64) -> String {
    let text = format!("{:.1} MB", bytes / 1_048_576.0);
    match lang {
        Lang::Vi => text.replace('.', ","),
        Lang::En => text,
    }
}

pub fn file_too_big(lang: Lang, name: &str) -> String {
    pick(
        lang,
        format!("Tệp \"{name}\" lớn hơn 20 MB"),
        format!("\"{name}\" is larger than 20 MB"),
    )
}

pub fn file_wrong_type(lang: Lang, name: &str) -> String {
    pick(
        lang,
        format!("Tệp \"{name}\" không thuộc loại cho phép (PDF, DOCX, XLSX, PNG, JPEG)"),
        format!("\"{name}\" is not an allowed type (PDF, DOCX, XLSX, PNG, JPEG)"),
    )
}

pub fn score_total(lang: Lang, total: i32, max: i32) -> String {
    pick(
        lang,
        format!("Tổng điểm: {total}/{max}"),
        format!("Total: {total}/{max}"),
    )
}

pub fn today(lang: Lang, day: NaiveDate) -> String {
    pick(
        lang,
        format!("Hôm nay: {}", format::date(day)),
        format!("Today: {}", format::date(day)),
    )
}
