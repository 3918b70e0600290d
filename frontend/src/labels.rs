//! Words for the plan, pilot and commendation screens that hold a number,
//! a name or a date, and names for the domain's enums that carry no label
//! of their own. Plain words live in `i18n::Msg`.

use chrono::{Datelike, NaiveDate};
use hgcs_domain::Lang;
use hgcs_domain::mediation::{
    CaseAction, CaseGroup, CaseStart, ClaimStatus, Education, ElectionMethod, Execution,
    LeaveReason, MediatorEventKind, PartyKind, QuestionStatus, Sex,
};
use hgcs_domain::plan::{CommendationLevel, CommendationStatus, DocumentRef, NomineeKind};

use crate::format;
use crate::i18n::{Med, Pl, Rec, text};

fn pick(lang: Lang, vi: String, en: String) -> String {
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

pub fn nominee_kind(kind: NomineeKind) -> Pl {
    match kind {
        NomineeKind::Team => Pl::KindTeam,
        NomineeKind::Mediator => Pl::KindMediator,
        NomineeKind::Organisation => Pl::KindOrganisation,
        NomineeKind::Person => Pl::KindPerson,
    }
}

pub fn level(level: CommendationLevel) -> Pl {
    match level {
        CommendationLevel::City => Pl::LevelCity,
        CommendationLevel::Province => Pl::LevelProvince,
        CommendationLevel::Ministry => Pl::LevelMinistry,
        CommendationLevel::Government => Pl::LevelGovernment,
    }
}

pub fn commendation_status(status: CommendationStatus) -> Pl {
    match status {
        CommendationStatus::Proposed => Pl::StatusProposed,
        CommendationStatus::Approved => Pl::StatusApproved,
        CommendationStatus::Refused => Pl::StatusRefused,
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

// Mediation: names for the domain's enums that carry no label.

pub fn sex(sex: Sex) -> Med {
    match sex {
        Sex::Male => Med::Male,
        Sex::Female => Med::Female,
    }
}

pub fn education(education: Education) -> Med {
    match education {
        Education::LawDegree => Med::LawDegree,
        Education::OtherDegree => Med::OtherDegree,
        Education::NoDegree => Med::NoDegree,
    }
}

pub fn election_method(method: ElectionMethod) -> Med {
    match method {
        ElectionMethod::OpenVote => Med::OpenVote,
        ElectionMethod::SecretBallot => Med::SecretBallot,
        ElectionMethod::OpinionForms => Med::OpinionForms,
    }
}

pub fn leave_reason(reason: LeaveReason) -> Med {
    match reason {
        LeaveReason::OwnWish => Med::OwnWish,
        LeaveReason::NoLongerEligible => Med::NoLongerEligible,
        LeaveReason::Violation => Med::Violation,
    }
}

pub fn mediator_event(kind: MediatorEventKind) -> Med {
    match kind {
        MediatorEventKind::Elected => Med::Elected,
        MediatorEventKind::Recognised => Med::Recognised,
        MediatorEventKind::LeaderElected => Med::LeaderElected,
        MediatorEventKind::Left => Med::Left,
    }
}

pub fn case_start(start: CaseStart) -> Med {
    match start {
        CaseStart::PartyRequest => Med::PartyRequest,
        CaseStart::MediatorWitnessed => Med::MediatorWitnessed,
        CaseStart::LeaderAssigned => Med::LeaderAssigned,
        CaseStart::ProposedByAgency => Med::ProposedByAgency,
    }
}

pub fn party_kind(kind: PartyKind) -> Med {
    match kind {
        PartyKind::Person => Med::Person,
        PartyKind::Group => Med::PartyGroup,
        PartyKind::Family => Med::Family,
        PartyKind::Organisation => Med::Organisation,
    }
}

pub fn case_action(action: CaseAction) -> Med {
    match action {
        CaseAction::Assign => Med::Assign,
        CaseAction::Start => Med::StartMediation,
        CaseAction::Succeed => Med::Succeed,
        CaseAction::Fail => Med::Fail,
        CaseAction::Withdraw => Med::Withdraw,
        CaseAction::Reopen => Med::Reopen,
        CaseAction::FollowUp => Med::FollowUp,
        CaseAction::Receive => Med::ActionReceive,
    }
}

pub fn case_group(group: CaseGroup) -> Med {
    match group {
        CaseGroup::Civil => Med::Civil,
        CaseGroup::MarriageFamily => Med::MarriageFamily,
        CaseGroup::Other => Med::Other,
    }
}

/// Select options for an enum without labels of its own.
pub fn choices<T: Copy>(
    lang: Lang,
    all: &[T],
    key: fn(T) -> &'static str,
    label: fn(T) -> Med,
) -> Vec<(String, String)> {
    all.iter()
        .map(|item| (key(*item).to_owned(), text(lang, label(*item)).to_owned()))
        .collect()
}

/// "Hòa giải viên thứ 2".
pub fn member_no(lang: Lang, index: usize) -> String {
    let n = index + 1;
    pick(
        lang,
        format!("Hòa giải viên thứ {n}"),
        format!("Mediator {n}"),
    )
}

/// "Bên thứ 2".
pub fn party_no(lang: Lang, index: usize) -> String {
    let n = index + 1;
    pick(lang, format!("Bên thứ {n}"), format!("Party {n}"))
}

/// "65,5%" in Vietnamese, "65.5%" in English.
pub fn percent(lang: Lang, value: f64) -> String {
    let text = if value.fract() == 0.0 {
        format!("{value:.0}%")
    } else {
        format!("{value:.1}%")
    };
    match lang {
        Lang::Vi => text.replace('.', ","),
        Lang::En => text,
    }
}

/// A share typed as "65,5" or "65.5", 0–100.
pub fn parse_percent(input: &str) -> Option<f64> {
    input
        .trim()
        .trim_end_matches('%')
        .trim()
        .replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|p| (0.0..=100.0).contains(p))
}

/// "3 đang hoạt động / 4".
pub fn active_of(lang: Lang, active: usize, total: usize) -> String {
    if active == total {
        return active.to_string();
    }
    pick(
        lang,
        format!("{active} (đã thôi {})", total - active),
        format!("{active} ({} left)", total - active),
    )
}

/// "Số: 12/QĐ-UBND ngày 05/03/2024".
pub fn decision(lang: Lang, doc: &DocumentRef) -> String {
    format!(
        "{} {}",
        text(lang, Pl::DocNumberPrefix),
        document(lang, doc)
    )
}

/// A case's entry in its team's logbook: "3/2024".
pub fn entry_no(no: i32, received_on: NaiveDate) -> String {
    format!("{no}/{}", received_on.year())
}

/// "Vụ việc số 3/2024".
pub fn case_title(lang: Lang, no: i32, received_on: NaiveDate) -> String {
    let entry = entry_no(no, received_on);
    pick(lang, format!("Vụ việc số {entry}"), format!("Case {entry}"))
}

// Records, imports, questions and pay.

pub fn execution(execution: Execution) -> Rec {
    match execution {
        Execution::Pending => Rec::ExecPending,
        Execution::Executed => Rec::Executed,
        Execution::NotExecuted => Rec::NotExecuted,
    }
}

pub fn claim_status(status: ClaimStatus) -> Rec {
    match status {
        ClaimStatus::Claimed => Rec::Claimed,
        ClaimStatus::Approved => Rec::Approved,
        ClaimStatus::Refused => Rec::Refused,
        ClaimStatus::Paid => Rec::Paid,
    }
}

pub fn question_status(status: QuestionStatus) -> Rec {
    match status {
        QuestionStatus::Open => Rec::StatusOpen,
        QuestionStatus::Closed => Rec::StatusClosed,
    }
}

/// An education code of an imported row ("law_degree", "other_degree",
/// "none"), named; an unknown code is shown as sent.
pub fn education_code(lang: Lang, code: &str) -> String {
    match Education::parse(code) {
        Some(education) => text(lang, self::education(education)).to_owned(),
        None => code.to_owned(),
    }
}

/// An amount of đồng as Vietnamese write it: "300.000 đ".
pub fn vnd(amount: i64) -> String {
    let digits = amount.unsigned_abs().to_string();
    let mut grouped = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push('.');
        }
        grouped.push(digit);
    }
    let sign = if amount < 0 { "-" } else { "" };
    format!("{sign}{grouped} đ")
}

/// "12 dòng, 3 lỗi".
pub fn rows_and_problems(lang: Lang, rows: usize, problems: usize) -> String {
    pick(
        lang,
        format!("{rows} dòng hòa giải viên, {problems} lỗi"),
        format!("{rows} mediator row(s), {problems} problem(s)"),
    )
}

/// "Đã ghi 40/120 dòng".
pub fn rows_written(lang: Lang, processed: i32, total: i32) -> String {
    pick(
        lang,
        format!("Đã ghi {processed}/{total} dòng"),
        format!("{processed} of {total} rows written"),
    )
}

/// "Dòng 7" before a problem of that line; line 0 is a whole team.
pub fn problem_line(lang: Lang, line: usize) -> String {
    if line == 0 {
        return String::new();
    }
    pick(lang, format!("Dòng {line}: "), format!("Line {line}: "))
}
