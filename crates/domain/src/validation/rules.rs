//! Every rule a field can break, each with its stable code and its message
//! in Vietnamese and English. Handlers and forms name a rule; they never
//! write its text.

use chrono::NaiveDate;

use crate::mediation::{Exclusion, TeamRule};
use crate::text::thousands;
use crate::{Lang, Role, UnitLevel};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rule {
    Required,
    TooShort {
        min: usize,
    },
    TooLong {
        max: usize,
    },
    /// A referenced record (e.g. a unit id) does not exist or is not visible.
    UnknownReference,
    /// A sign-in name with other characters than a–z, 0–9, `.`, `-`, `_`.
    UsernameFormat,
    /// Not an e-mail address (`name@domain`, no spaces).
    Email,
    SameAsUsername,
    WrongPassword,
    /// The token endpoint knows one grant type.
    UnsupportedGrantType,
    /// A period whose end comes before its start.
    EndsBeforeStart,
    /// A page size outside 1..=max.
    PageSize {
        max: i64,
    },
    /// A look-ahead of due work outside 0..=366 days.
    DaysAhead,
    /// A progress outside 0..=100 %.
    Progress,
    BirthYear,
    Year,
    /// A NUL character (U+0000), which no text field may hold.
    NulCharacter,
    /// A day outside the calendar HGCS keeps (`validation::edge`).
    DayOutOfRange,
    /// A year outside the calendar HGCS keeps (`validation::edge`).
    YearOutOfRange,
    /// A page cursor the list did not give.
    Cursor,
    /// A recorded step dated after today (`crate::recorded`).
    DayInFuture {
        today: NaiveDate,
    },
    /// A recorded step dated before the step it follows.
    DayBeforePreviousStep {
        previous: NaiveDate,
    },
    ReceivedInFuture,
    ReportedInFuture,
    /// A schedule that does not make sense; the schedule says why.
    Schedule {
        vi: &'static str,
        en: &'static str,
    },
    TooManyFiles {
        max: usize,
    },
    TooManyItems {
        max: usize,
    },
    NotAnEventTask,
    NotAPilotYear,
    ScoreOutOfRange,
    NotPositive,
    /// An estimate below 0 or beyond any count.
    Estimate,
    /// Estimates on a report whose period has no days after its cut-off,
    /// or on a report that sums others.
    NoEstimates,
    /// The kind of matter is outside grassroots mediation.
    OutOfScope(Exclusion),
    /// A mediator with an interest in the matter, or one of its parties.
    HasInterest {
        mediator: String,
    },
    NotAnAdult,
    NoMajority,
    MediatorLeft,
    /// A team that would break the law's composition rules.
    TeamComposition(TeamRule),
    CaseNotEnded,
    NoRate,
    /// A course's session on a day outside the course's days.
    SessionOutsideCourse,
    /// A course's minimum attendance longer than all its sessions.
    MinimumOverTotal,
    /// Attendance of a mediator the course did not invite.
    NotInvited,
    /// A mediator (or an audience unit) outside the course's units.
    OutsideCourse,
    /// The same item given twice in one list.
    Duplicate,
    /// A number outside `min..=max`.
    Range {
        min: i64,
        max: i64,
    },
    /// More copies handed out than a print run has left.
    OverStock {
        left: i64,
    },
    /// Copies handed out before they were printed.
    BeforePrinting,
    /// A link that is not an http or https address.
    NotALink,
    /// A Q&A drawn from a question not yet answered and closed.
    QuestionNotClosed,
    /// A state change the record's state does not allow.
    WrongState,
    /// A unit kind other than thôn or tổ dân phố for a village.
    VillageKind,
    /// A record at a unit of the wrong level.
    WrongLevel(LevelRule),
    OrganisationOutsideUnit,
    /// A new order of a plan's tasks that leaves one out, names one twice
    /// or names another plan's.
    EveryTaskOnce,
    /// An id given for something other than what the record is about
    /// (a team's id on a supervision of a task, say).
    NotForSubject,
    /// More spent from a budget line than it has left.
    OverBudget {
        left: i64,
    },
    /// A line's allocation below what was already spent from it.
    BelowSpent {
        spent: i64,
    },
    /// A day outside a plan's period.
    OutsidePeriod {
        from: NaiveDate,
        to: NaiveDate,
    },
}

/// Which level a record must sit at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LevelRule {
    ClientInProvince,
    TeamInVillage,
    PilotInWard,
    VillageInCommune,
    /// Reports are made for a commune or ward and the units above it.
    ReportAboveVillage,
    /// A role at a unit level it does not belong to.
    Role(Role, UnitLevel),
}

impl Rule {
    pub fn code(&self) -> &'static str {
        match self {
            Rule::Required => "required",
            Rule::TooShort { .. } => "too_short",
            Rule::TooLong { .. } => "too_long",
            Rule::UsernameFormat
            | Rule::Email
            | Rule::UnsupportedGrantType
            | Rule::VillageKind
            | Rule::Cursor => "invalid_format",
            Rule::UnknownReference => "unknown_reference",
            Rule::SameAsUsername => "same_as_username",
            Rule::WrongPassword => "wrong_password",
            Rule::EndsBeforeStart => "before_start",
            Rule::PageSize { .. }
            | Rule::DaysAhead
            | Rule::Progress
            | Rule::BirthYear
            | Rule::Year
            | Rule::DayOutOfRange
            | Rule::YearOutOfRange
            | Rule::Estimate => "out_of_range",
            Rule::NulCharacter => "invalid_character",
            Rule::DayInFuture { .. } => "day_in_future",
            Rule::DayBeforePreviousStep { .. } => "day_before_previous_step",
            Rule::ReceivedInFuture | Rule::ReportedInFuture => "in_the_future",
            Rule::Schedule { .. } => "invalid_schedule",
            Rule::TooManyFiles { .. } => "too_many_files",
            Rule::TooManyItems { .. } => "too_many_items",
            Rule::NotAnEventTask => "not_an_event_task",
            Rule::NotAPilotYear => "not_a_pilot_year",
            Rule::ScoreOutOfRange => "score_out_of_range",
            Rule::NotPositive => "not_positive",
            Rule::NoEstimates => "no_estimates",
            Rule::OutOfScope(_) => "out_of_scope",
            Rule::HasInterest { .. } => "has_interest",
            Rule::NotAnAdult => "not_an_adult",
            Rule::NoMajority => "no_majority",
            Rule::MediatorLeft => "mediator_left",
            Rule::TeamComposition(rule) => rule.as_str(),
            Rule::CaseNotEnded => "case_not_ended",
            Rule::NoRate => "no_rate",
            Rule::SessionOutsideCourse => "session_outside_course",
            Rule::MinimumOverTotal => "minimum_over_total",
            Rule::NotInvited => "not_invited",
            Rule::OutsideCourse => "outside_course",
            Rule::Duplicate => "duplicate",
            Rule::Range { .. } => "out_of_range",
            Rule::OverStock { .. } => "over_stock",
            Rule::BeforePrinting => "before_printing",
            Rule::NotALink => "not_a_link",
            Rule::QuestionNotClosed => "question_not_closed",
            Rule::WrongState => "wrong_state",
            Rule::WrongLevel(_) => "unit_level_mismatch",
            Rule::OrganisationOutsideUnit => "organisation_outside_unit",
            Rule::EveryTaskOnce => "every_task_once",
            Rule::NotForSubject => "not_for_subject",
            Rule::OverBudget { .. } => "over_budget",
            Rule::BelowSpent { .. } => "below_spent",
            Rule::OutsidePeriod { .. } => "outside_period",
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        let vi = lang == Lang::Vi;
        let pick = |v: &str, e: &str| if vi { v.to_owned() } else { e.to_owned() };
        match self {
            Rule::Required => pick("Không được để trống", "This field is required"),
            Rule::TooShort { min } if vi => format!("Cần ít nhất {min} ký tự"),
            Rule::TooShort { min } => format!("Must be at least {min} characters"),
            Rule::TooLong { max } if vi => format!("Không quá {max} ký tự"),
            Rule::TooLong { max } => format!("Must be at most {max} characters"),
            Rule::UnknownReference => pick(
                "Không tìm thấy bản ghi được chọn",
                "The selected record does not exist",
            ),
            Rule::Email => pick(
                "Địa chỉ e-mail không hợp lệ (ví dụ: ten@donvi.gov.vn)",
                "Not an e-mail address (e.g. name@office.gov.vn)",
            ),
            Rule::UsernameFormat => pick(
                "Chỉ dùng chữ không dấu a–z, số 0–9, dấu chấm, gạch ngang, gạch dưới",
                "Use only a–z, 0–9, dot, dash and underscore",
            ),
            Rule::SameAsUsername => pick(
                "Mật khẩu không được trùng tên đăng nhập",
                "The password must differ from the username",
            ),
            Rule::WrongPassword => pick(
                "Mật khẩu hiện tại không đúng",
                "The current password is wrong",
            ),
            Rule::UnsupportedGrantType => pick(
                "Chỉ hỗ trợ client_credentials",
                "Only client_credentials is supported",
            ),
            Rule::EndsBeforeStart => pick(
                "Ngày kết thúc trước ngày bắt đầu",
                "The period ends before it starts",
            ),
            Rule::PageSize { max } if vi => format!("Số dòng mỗi trang phải từ 1 đến {max}"),
            Rule::PageSize { max } => format!("The page size must be between 1 and {max}"),
            Rule::DaysAhead => pick(
                "Số ngày phải từ 0 đến 366",
                "Days must be between 0 and 366",
            ),
            Rule::Progress => pick(
                "Tiến độ phải từ 0 đến 100%",
                "Progress must be between 0 and 100%",
            ),
            Rule::BirthYear => pick("Năm sinh không hợp lệ", "The birth year is not valid"),
            Rule::Year => pick("Năm không hợp lệ", "The year is out of range"),
            Rule::NulCharacter => pick(
                "Không được chứa ký tự NUL (U+0000)",
                "Must not contain the NUL character (U+0000)",
            ),
            Rule::DayOutOfRange => pick(
                "Ngày phải từ 01/01/1900 đến 31/12/2199",
                "The day must be between 01/01/1900 and 31/12/2199",
            ),
            Rule::Cursor => pick(
                "Con trỏ trang không hợp lệ; hãy tải lại từ trang đầu",
                "Not a cursor this list gave; start again from the first page",
            ),
            Rule::YearOutOfRange => pick(
                "Năm phải từ 1900 đến 2199",
                "The year must be between 1900 and 2199",
            ),
            Rule::DayInFuture { today } if vi => {
                format!("Ngày không được sau hôm nay ({})", today.format("%d/%m/%Y"))
            }
            Rule::DayInFuture { today } => format!(
                "The day cannot be later than today ({})",
                today.format("%d/%m/%Y")
            ),
            Rule::DayBeforePreviousStep { previous } if vi => format!(
                "Ngày không được trước ngày của bước liền trước ({})",
                previous.format("%d/%m/%Y")
            ),
            Rule::DayBeforePreviousStep { previous } => format!(
                "The day cannot be earlier than the previous step ({})",
                previous.format("%d/%m/%Y")
            ),
            Rule::ReceivedInFuture => pick(
                "Ngày tiếp nhận không được sau hôm nay",
                "The day received cannot be after today",
            ),
            Rule::ReportedInFuture => pick(
                "Ngày báo cáo không được sau hôm nay",
                "The report date cannot be after today",
            ),
            Rule::Schedule { vi: v, en: e } => pick(v, e),
            Rule::TooManyFiles { max } if vi => format!("Tối đa {max} tệp mỗi lần báo cáo"),
            Rule::TooManyFiles { max } => format!("At most {max} files per report"),
            Rule::TooManyItems { max } if vi => format!("Tối đa {max} mục"),
            Rule::TooManyItems { max } => format!("At most {max} items"),
            Rule::NotAnEventTask => pick(
                "Nhiệm vụ này không chờ sự kiện nào",
                "This task does not wait for an event",
            ),
            Rule::NotAPilotYear => pick(
                "Năm này không thuộc giai đoạn của đề án nào",
                "No programme runs in this year",
            ),
            Rule::ScoreOutOfRange => pick(
                "Điểm phải từ 0 đến điểm tối đa (lớn hơn 0)",
                "The score must lie between 0 and a positive maximum",
            ),
            Rule::NotPositive => pick("Mức chi phải lớn hơn 0", "The amount must be positive"),
            Rule::Estimate => pick(
                "Số ước tính phải từ 0 đến 1.000.000.000.000",
                "An estimate must lie between 0 and 1,000,000,000,000",
            ),
            Rule::NoEstimates => pick(
                "Báo cáo này không có số ước tính (số liệu thực tế cả kỳ, hoặc tổng hợp từ báo cáo của đơn vị cấp dưới)",
                "This report takes no estimates (actual figures for the whole period, or summed from the reports below)",
            ),
            Rule::OutOfScope(x) if vi => format!(
                "Không thuộc phạm vi hòa giải ở cơ sở: {}. Hướng dẫn các bên đến: {}",
                x.reason_vi, x.refer_vi
            ),
            Rule::OutOfScope(x) => format!(
                "Outside grassroots mediation: {}. Refer the parties to: {}",
                x.reason_en, x.refer_en
            ),
            Rule::HasInterest { mediator } if vi => format!(
                "Hòa giải viên {mediator} có quyền, lợi ích liên quan đến vụ việc nên không được phân công"
            ),
            Rule::HasInterest { mediator } => {
                format!("Mediator {mediator} has an interest in the matter and cannot be assigned")
            }
            Rule::NotAnAdult => pick(
                "Hòa giải viên phải là người đã thành niên",
                "A mediator must be an adult",
            ),
            Rule::NoMajority => pick(
                "Hòa giải viên phải được trên 50% đại diện hộ gia đình đồng ý",
                "A mediator needs more than 50% of household representatives",
            ),
            Rule::MediatorLeft => pick(
                "Hòa giải viên đã thôi làm hòa giải viên",
                "The mediator has already left",
            ),
            Rule::TeamComposition(rule) => rule.message(lang).to_owned(),
            Rule::CaseNotEnded => pick(
                "Chỉ chi thù lao cho vụ việc đã kết thúc",
                "Pay is claimed only for a case that has ended",
            ),
            Rule::NoRate => pick(
                "Chưa có mức chi thù lao áp dụng cho ngày kết thúc vụ việc",
                "No pay rate applies on the day the case ended",
            ),
            Rule::SessionOutsideCourse => pick(
                "Buổi học phải nằm trong thời gian của lớp",
                "A session must fall within the course's days",
            ),
            Rule::MinimumOverTotal => pick(
                "Số giờ tối thiểu để được cấp giấy chứng nhận vượt quá tổng thời lượng các buổi học",
                "The minimum for a certificate is longer than all the sessions together",
            ),
            Rule::NotInvited => pick(
                "Hòa giải viên chưa được mời tham dự lớp này",
                "The mediator was not invited to this course",
            ),
            Rule::OutsideCourse => pick(
                "Ngoài phạm vi đơn vị tổ chức lớp",
                "Outside the units of the course's organiser",
            ),
            Rule::Duplicate => pick("Mục này bị nhập trùng", "Given twice"),
            Rule::Range { min, max } => {
                let (min, max) = (thousands(*min), thousands(*max));
                if vi {
                    format!("Phải từ {min} đến {max}")
                } else {
                    format!("Must lie between {min} and {max}")
                }
            }
            Rule::OverStock { left } => {
                if vi {
                    format!("Chỉ còn {left} bộ trong kho")
                } else {
                    format!("Only {left} copies are left")
                }
            }
            Rule::BeforePrinting => pick(
                "Ngày giao không thể trước ngày in",
                "Copies cannot be handed out before they were printed",
            ),
            Rule::NotALink => pick(
                "Phải là địa chỉ http:// hoặc https://",
                "Must be an http:// or https:// address",
            ),
            Rule::QuestionNotClosed => pick(
                "Câu hỏi chưa được trả lời và đóng",
                "The question has not been answered and closed",
            ),
            Rule::WrongState => pick(
                "Trạng thái hiện tại không cho phép thao tác này",
                "Not allowed in the record's current state",
            ),
            Rule::VillageKind => pick("Chọn thôn hoặc tổ dân phố", "Choose thon or to_dan_pho"),
            Rule::WrongLevel(level) => level.message(lang),
            Rule::OrganisationOutsideUnit => pick(
                "Cơ quan phải thuộc đơn vị của người dùng hoặc cấp trên",
                "The organisation must be in the user's unit or above it",
            ),
            Rule::EveryTaskOnce => pick(
                "Hãy xếp mỗi nhiệm vụ của kế hoạch đúng một lần",
                "List every task of the plan exactly once",
            ),
            Rule::NotForSubject => pick(
                "Chỉ ghi mã của đối tượng được giám sát",
                "Give only the id of what was supervised",
            ),
            Rule::OverBudget { left } if vi => {
                format!("Dòng kinh phí chỉ còn {} đồng", thousands(*left))
            }
            Rule::OverBudget { left } => {
                format!("The budget line has only {} VND left", thousands(*left))
            }
            Rule::BelowSpent { spent } if vi => {
                format!(
                    "Đã chi {} đồng; kinh phí không thể thấp hơn",
                    thousands(*spent)
                )
            }
            Rule::BelowSpent { spent } => format!(
                "{} VND has been spent; the allocation cannot be lower",
                thousands(*spent)
            ),
            Rule::OutsidePeriod { from, to } if vi => format!(
                "Ngày phải trong thời gian của kế hoạch ({} – {})",
                from.format("%d/%m/%Y"),
                to.format("%d/%m/%Y")
            ),
            Rule::OutsidePeriod { from, to } => format!(
                "The day must be within the plan's period ({} – {})",
                from.format("%d/%m/%Y"),
                to.format("%d/%m/%Y")
            ),
        }
    }
}

impl LevelRule {
    fn message(self, lang: Lang) -> String {
        let vi = lang == Lang::Vi;
        let pick = |v: &str, e: &str| if vi { v.to_owned() } else { e.to_owned() };
        match self {
            LevelRule::ClientInProvince => pick(
                "Ứng dụng kết nối phải thuộc cấp tỉnh",
                "A machine client must belong to a province",
            ),
            LevelRule::TeamInVillage => pick(
                "Tổ hòa giải được thành lập ở thôn, tổ dân phố",
                "A team serves a village or residential group",
            ),
            LevelRule::PilotInWard => pick(
                "Mô hình chỉ đạo điểm đặt tại phường, xã",
                "A pilot model belongs to a ward or commune",
            ),
            LevelRule::VillageInCommune => pick(
                "Thôn, tổ dân phố thuộc một xã, phường",
                "A village belongs to a commune or ward",
            ),
            LevelRule::ReportAboveVillage => pick(
                "Báo cáo được lập cho xã, phường và các cấp trên",
                "Reports are made for a commune or ward and the levels above it",
            ),
            LevelRule::Role(role, level) if vi => format!(
                "Vai trò «{}» không thuộc cấp «{}»",
                role.label(lang),
                level.label(lang)
            ),
            LevelRule::Role(role, level) => format!(
                "The role \"{}\" does not belong at the level \"{}\"",
                role.label(lang),
                level.label(lang)
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_speaks_both_languages_with_a_stable_code() {
        let day = NaiveDate::from_ymd_opt(2026, 1, 2).unwrap_or_default();
        let rules = [
            Rule::Required,
            Rule::TooShort { min: 3 },
            Rule::UsernameFormat,
            Rule::Email,
            Rule::DayInFuture { today: day },
            Rule::PageSize { max: 200 },
            Rule::HasInterest {
                mediator: "Nguyễn Văn A".into(),
            },
            Rule::TeamComposition(TeamRule::AWoman),
            Rule::WrongLevel(LevelRule::Role(Role::WardOfficial, UnitLevel::Province)),
            Rule::WrongLevel(LevelRule::ReportAboveVillage),
            Rule::Estimate,
            Rule::NoEstimates,
            Rule::EveryTaskOnce,
            Rule::NotForSubject,
            Rule::OverBudget { left: 1_500 },
            Rule::BelowSpent { spent: 2_000 },
            Rule::OutsidePeriod { from: day, to: day },
            Rule::OutOfScope(Exclusion {
                reason_vi: "lý do",
                reason_en: "reason",
                refer_vi: "nơi",
                refer_en: "place",
            }),
        ];
        for rule in &rules {
            let (vi, en) = (rule.message(Lang::Vi), rule.message(Lang::En));
            assert!(!vi.is_empty() && !en.is_empty() && vi != en, "{rule:?}");
            assert!(
                rule.code()
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '_')
            );
        }
        assert_eq!(Rule::TeamComposition(TeamRule::AWoman).code(), "a_woman");
        assert_eq!(Rule::PageSize { max: 200 }.code(), "out_of_range");
        assert!(
            Rule::DayInFuture { today: day }
                .message(Lang::Vi)
                .contains("02/01/2026")
        );
    }
}
