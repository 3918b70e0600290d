//! Words of the mediation screens: teams, mediators, cases (Luật Hòa giải
//! ở cơ sở 35/2013/QH13). One exhaustive match, like `CommonText`, so a key
//! without both languages does not compile.

use chrono::{Datelike, NaiveDate};
use hgcs_domain::Lang;
use hgcs_domain::mediation::{
    CaseAction, CaseGroup, CaseStart, Education, ElectionMethod, LeaveReason, MediatorEventKind,
    PartyKind, Sex,
};
use hgcs_domain::plan::DocumentRef;

use super::{PlanText, Words, document, pick, text};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediationText {
    // Navigation and dashboard
    NavTeams,
    NavCases,
    Panel,
    Counts,
    Total,
    Notifications,
    NoNotifications,
    OpenCase,
    // Teams
    TeamList,
    NoTeams,
    TeamName,
    TeamUnit,
    MemberCount,
    Leader,
    NoLeader,
    Warnings,
    MeetsRules,
    AddVillage,
    VillageName,
    VillageKind,
    KindThon,
    KindToDanPho,
    VillageAdded,
    CreateTeam,
    TeamCreated,
    FoundingDecision,
    Members,
    MembersHint,
    AddMemberRow,
    WardItself,
    // Mediators
    FullName,
    Sex,
    Male,
    Female,
    BirthYear,
    Ethnicity,
    Education,
    LawDegree,
    OtherDegree,
    NoDegree,
    Occupation,
    Phone,
    ElectedOn,
    Method,
    OpenVote,
    SecretBallot,
    OpinionForms,
    Percent,
    ChooseLeader,
    BirthYearInvalid,
    PercentInvalid,
    ElectionIncomplete,
    MemberLeft,
    AddMember,
    MemberAdded,
    Logbook,
    LogbookHint,
    DownloadLogbook,
    Profile,
    OfTeam,
    History,
    NoHistory,
    EventKind,
    Elected,
    Recognised,
    LeaderElected,
    Left,
    Reason,
    OwnWish,
    NoLongerEligible,
    Violation,
    Late,
    RecordEvent,
    EventOn,
    RecognitionDecision,
    EventRecorded,
    // Cases
    CaseList,
    NoCases,
    NewCase,
    EntryNo,
    ReceivedOn,
    Team,
    Kind,
    Group,
    State,
    Mediators,
    StartOverdue,
    RecordedLate,
    AllStates,
    AllKinds,
    AllTeams,
    OnlyOverdue,
    ReceivedFrom,
    ReceivedTo,
    Start,
    PartyRequest,
    MediatorWitnessed,
    LeaderAssigned,
    ProposedByAgency,
    ProposedBy,
    InScope,
    OutOfScope,
    Summary,
    Parties,
    PartyKind,
    Person,
    PartyGroup,
    Family,
    Organisation,
    PartyName,
    PartyAddress,
    AddParty,
    Invited,
    InvitedHint,
    Flags,
    PublicSession,
    RiskOfViolence,
    SignsOfOffence,
    Escalate,
    Receive,
    Civil,
    MarriageFamily,
    Other,
    AssignedAt,
    ClosedOn,
    PersonalHidden,
    PersonalHiddenText,
    NotAssigned,
    Outcome,
    Agreement,
    Demands,
    Steps,
    NoSteps,
    NextSteps,
    Assign,
    StartMediation,
    Succeed,
    Fail,
    Withdraw,
    Reopen,
    FollowUp,
    ActionReceive,
    StepOn,
    ChooseMediators,
    HasInterest,
    NoActiveMediators,
    SubmitStep,
    StepSaved,
    By,
    ChooseOne,
}

/// The (vi, en) wording of a mediation message.
impl Words for MediationText {
    fn pair(self) -> (&'static str, &'static str) {
        use MediationText::*;
        match self {
            NavTeams => ("Tổ hòa giải", "Mediation teams"),
            NavCases => ("Vụ việc", "Cases"),
            Panel => ("Vụ việc hòa giải", "Mediation cases"),
            Counts => ("Số vụ việc theo tình trạng", "Cases by state"),
            Total => ("Tổng số", "Total"),
            Notifications => ("Việc cần xử lý", "Needs attention"),
            NoNotifications => ("Không có việc cần xử lý.", "Nothing needs attention."),
            OpenCase => ("Xem vụ việc", "Open the case"),
            TeamList => ("Danh sách tổ hòa giải", "Mediation teams"),
            NoTeams => ("Chưa có tổ hòa giải nào.", "No mediation teams yet."),
            TeamName => ("Tên tổ hòa giải", "Team name"),
            TeamUnit => ("Thôn, tổ dân phố", "Village or residential group"),
            MemberCount => ("Số hòa giải viên", "Mediators"),
            Leader => ("Tổ trưởng", "Leader"),
            NoLeader => ("Chưa có tổ trưởng", "No leader"),
            Warnings => ("Điều kiện theo Luật", "Legal requirements"),
            MeetsRules => ("Đủ điều kiện", "Meets the rules"),
            AddVillage => (
                "Thêm thôn, tổ dân phố",
                "Add a village or residential group",
            ),
            VillageName => ("Tên thôn, tổ dân phố", "Name"),
            VillageKind => ("Loại", "Kind"),
            KindThon => ("Thôn", "Village (thôn)"),
            KindToDanPho => ("Tổ dân phố", "Residential group (tổ dân phố)"),
            VillageAdded => ("Đã thêm thôn, tổ dân phố", "Added"),
            CreateTeam => ("Thành lập tổ hòa giải", "Set up a mediation team"),
            TeamCreated => ("Đã thành lập tổ hòa giải", "Team set up:"),
            FoundingDecision => ("Quyết định thành lập", "Founding decision"),
            Members => ("Hòa giải viên", "Mediators"),
            MembersHint => (
                "Tổ có từ 03 hòa giải viên trở lên, có hòa giải viên nữ; ở vùng đồng bào dân tộc thiểu số có hòa giải viên là người dân tộc thiểu số.",
                "At least 3 mediators including a woman; in ethnic-minority areas, a member of an ethnic minority.",
            ),
            AddMemberRow => ("Thêm hòa giải viên", "Add a mediator"),
            WardItself => ("(toàn phường, xã)", "(whole ward)"),
            FullName => ("Họ và tên", "Full name"),
            Sex => ("Giới tính", "Sex"),
            Male => ("Nam", "Male"),
            Female => ("Nữ", "Female"),
            BirthYear => ("Năm sinh", "Year of birth"),
            Ethnicity => ("Dân tộc", "Ethnicity"),
            Education => ("Trình độ chuyên môn", "Education"),
            LawDegree => ("Có trình độ chuyên môn luật", "Law degree"),
            OtherDegree => ("Có trình độ chuyên môn khác", "Other degree"),
            NoDegree => ("Chưa qua đào tạo chuyên môn", "No degree"),
            Occupation => ("Nghề nghiệp", "Occupation"),
            Phone => ("Số điện thoại", "Phone"),
            ElectedOn => ("Ngày bầu", "Election date"),
            Method => ("Hình thức bầu", "Election method"),
            OpenVote => ("Biểu quyết công khai", "Open vote"),
            SecretBallot => ("Bỏ phiếu kín", "Secret ballot"),
            OpinionForms => (
                "Phát phiếu lấy ý kiến hộ gia đình",
                "Household opinion forms",
            ),
            Percent => (
                "Tỷ lệ đại diện hộ gia đình đồng ý (%)",
                "Households in favour (%)",
            ),
            ChooseLeader => ("Tổ trưởng", "Leader"),
            BirthYearInvalid => ("Năm sinh gồm 4 chữ số", "A year of birth has 4 digits"),
            PercentInvalid => ("Tỷ lệ là số từ 0 đến 100", "A number from 0 to 100"),
            ElectionIncomplete => (
                "Nhập đủ ngày bầu và tỷ lệ đồng ý, hoặc để trống cả hai",
                "Give both the election date and the share in favour, or neither",
            ),
            MemberLeft => ("Đã thôi", "Left"),
            AddMember => ("Bổ sung hòa giải viên", "Add a mediator"),
            MemberAdded => ("Đã bổ sung hòa giải viên", "Mediator added:"),
            Logbook => ("Sổ theo dõi hoạt động hòa giải", "Mediation logbook"),
            LogbookHint => (
                "Tải về tệp Word để in, ký và lưu theo năm.",
                "Downloads a Word file to print, sign and keep by year.",
            ),
            DownloadLogbook => ("Tải sổ (Word)", "Download (Word)"),
            Profile => ("Hồ sơ hòa giải viên", "Mediator profile"),
            OfTeam => ("Thuộc tổ", "Team"),
            History => ("Quá trình hoạt động", "History"),
            NoHistory => ("Chưa có sự kiện nào.", "No events yet."),
            EventKind => ("Sự kiện", "Event"),
            Elected => ("Được bầu làm hòa giải viên", "Elected mediator"),
            Recognised => ("Được công nhận hòa giải viên", "Recognised as mediator"),
            LeaderElected => ("Được bầu làm tổ trưởng", "Elected team leader"),
            Left => ("Thôi làm hòa giải viên", "Left the team"),
            Reason => ("Lý do", "Reason"),
            OwnWish => ("Tự nguyện xin thôi", "Own wish"),
            NoLongerEligible => (
                "Không còn đáp ứng tiêu chuẩn hòa giải viên",
                "No longer meets the criteria",
            ),
            Violation => (
                "Vi phạm nguyên tắc hòa giải hoặc bị xử lý",
                "Violated the principles or was sanctioned",
            ),
            Late => (
                "Công nhận muộn: quá 05 ngày làm việc kể từ ngày bầu",
                "Late: recognised more than 5 working days after the election",
            ),
            RecordEvent => ("Ghi nhận sự kiện", "Record an event"),
            EventOn => ("Ngày", "Date"),
            RecognitionDecision => ("Quyết định công nhận", "Recognition decision"),
            EventRecorded => ("Đã ghi nhận sự kiện.", "Event recorded."),
            CaseList => ("Danh sách vụ việc", "Cases"),
            NoCases => ("Không có vụ việc nào.", "No cases."),
            NewCase => ("Tiếp nhận vụ việc", "Register a case"),
            EntryNo => ("Số thứ tự", "Entry no."),
            ReceivedOn => ("Ngày tiếp nhận", "Received on"),
            Team => ("Tổ hòa giải", "Team"),
            Kind => ("Loại việc", "Kind of matter"),
            Group => ("Nhóm (thống kê)", "Statistics group"),
            State => ("Tình trạng", "State"),
            Mediators => ("Hòa giải viên", "Mediators"),
            StartOverdue => (
                "Quá 03 ngày chưa bắt đầu hòa giải",
                "Not started within 3 days",
            ),
            RecordedLate => (
                "Ghi nhận muộn (sau hơn 03 ngày)",
                "Recorded more than 3 days later",
            ),
            AllStates => ("Tất cả tình trạng", "All states"),
            AllKinds => ("Tất cả loại việc", "All kinds"),
            AllTeams => ("Tất cả tổ hòa giải", "All teams"),
            OnlyOverdue => (
                "Chỉ vụ việc quá 03 ngày chưa bắt đầu hòa giải",
                "Only cases not started within 3 days",
            ),
            ReceivedFrom => ("Tiếp nhận từ ngày", "Received from"),
            ReceivedTo => ("Đến ngày", "To"),
            Start => ("Căn cứ tiến hành hòa giải", "How the case started"),
            PartyRequest => ("Một bên hoặc các bên yêu cầu", "A party asked"),
            MediatorWitnessed => (
                "Hòa giải viên chứng kiến hoặc biết vụ việc",
                "A mediator witnessed it",
            ),
            LeaderAssigned => ("Tổ trưởng phân công", "The leader assigned it"),
            ProposedByAgency => (
                "Cơ quan, tổ chức, cá nhân đề nghị",
                "Proposed by an agency, organisation or person",
            ),
            ProposedBy => ("Cơ quan, tổ chức, cá nhân đề nghị", "Proposed by"),
            InScope => (
                "Thuộc phạm vi hòa giải ở cơ sở",
                "Within grassroots mediation",
            ),
            OutOfScope => (
                "Không thuộc phạm vi hòa giải ở cơ sở",
                "Outside grassroots mediation",
            ),
            Summary => ("Nội dung vụ việc", "Summary of the matter"),
            Parties => ("Các bên", "Parties"),
            PartyKind => ("Là", "Party is"),
            Person => ("Cá nhân", "A person"),
            PartyGroup => ("Nhóm người", "A group"),
            Family => ("Hộ gia đình", "A household"),
            Organisation => ("Tổ chức", "An organisation"),
            PartyName => ("Họ tên, tên", "Name"),
            PartyAddress => ("Địa chỉ", "Address"),
            AddParty => ("Thêm một bên", "Add a party"),
            Invited => ("Người được mời tham gia hòa giải", "People invited"),
            InvitedHint => ("Mỗi người một dòng.", "One person a line."),
            Flags => ("Lưu ý", "Flags"),
            PublicSession => ("Hòa giải công khai", "Public session"),
            RiskOfViolence => ("Có nguy cơ bạo lực", "Risk of violence"),
            SignsOfOffence => ("Có dấu hiệu tội phạm", "Signs of an offence"),
            Escalate => (
                "Phải báo ngay cho công chức Tư pháp và Công an xã.",
                "Report at once to the ward justice officer and the police.",
            ),
            Receive => ("Tiếp nhận", "Register"),
            Civil => ("Dân sự", "Civil"),
            MarriageFamily => ("Hôn nhân và gia đình", "Marriage and family"),
            Other => ("Khác", "Other"),
            AssignedAt => ("Ngày phân công", "Assigned on"),
            ClosedOn => ("Ngày kết thúc", "Closed on"),
            PersonalHidden => (
                "Thông tin cá nhân được bảo mật",
                "Personal data is confidential",
            ),
            PersonalHiddenText => (
                "Tên, địa chỉ các bên, nội dung và kết quả vụ việc chỉ tổ hòa giải, công chức Tư pháp phường, xã và Phòng Tư pháp được xem.",
                "Only the team, the ward justice officer and the City Justice Office see the parties, the matter and its outcome.",
            ),
            NotAssigned => ("Chưa phân công", "Not assigned"),
            Outcome => ("Kết quả hòa giải", "Outcome"),
            Agreement => ("Nội dung thỏa thuận", "The agreement"),
            Demands => ("Yêu cầu, ý kiến của các bên", "Each side's demands"),
            Steps => ("Diễn biến", "History"),
            NoSteps => ("Chưa có diễn biến.", "Nothing recorded yet."),
            NextSteps => ("Xử lý vụ việc", "Next steps"),
            Assign => ("Phân công hòa giải viên", "Assign mediators"),
            StartMediation => ("Bắt đầu hòa giải", "Start mediation"),
            Succeed => ("Hòa giải thành", "Mediated successfully"),
            Fail => ("Hòa giải không thành", "Mediation failed"),
            Withdraw => ("Dừng do các bên rút yêu cầu", "Withdrawn by the parties"),
            Reopen => ("Hòa giải lại", "Mediate again"),
            FollowUp => ("Theo dõi thực hiện thỏa thuận", "Follow up the agreement"),
            ActionReceive => ("Tiếp nhận vụ việc", "Case received"),
            StepOn => ("Ngày thực hiện", "Date"),
            ChooseMediators => ("Chọn hòa giải viên", "Choose mediators"),
            HasInterest => (
                "có quyền, lợi ích liên quan",
                "has an interest in the matter",
            ),
            NoActiveMediators => (
                "Tổ không còn hòa giải viên đang hoạt động.",
                "The team has no active mediators.",
            ),
            SubmitStep => ("Ghi nhận", "Record"),
            StepSaved => ("Đã cập nhật vụ việc.", "Case updated."),
            By => ("Người ghi", "By"),
            ChooseOne => ("Chọn ít nhất một", "Choose at least one"),
        }
    }
}

// Mediation: names for the domain's enums that carry no label.

pub fn sex(sex: Sex) -> MediationText {
    match sex {
        Sex::Male => MediationText::Male,
        Sex::Female => MediationText::Female,
    }
}

pub fn education(education: Education) -> MediationText {
    match education {
        Education::LawDegree => MediationText::LawDegree,
        Education::OtherDegree => MediationText::OtherDegree,
        Education::NoDegree => MediationText::NoDegree,
    }
}

pub fn election_method(method: ElectionMethod) -> MediationText {
    match method {
        ElectionMethod::OpenVote => MediationText::OpenVote,
        ElectionMethod::SecretBallot => MediationText::SecretBallot,
        ElectionMethod::OpinionForms => MediationText::OpinionForms,
    }
}

pub fn leave_reason(reason: LeaveReason) -> MediationText {
    match reason {
        LeaveReason::OwnWish => MediationText::OwnWish,
        LeaveReason::NoLongerEligible => MediationText::NoLongerEligible,
        LeaveReason::Violation => MediationText::Violation,
    }
}

pub fn mediator_event(kind: MediatorEventKind) -> MediationText {
    match kind {
        MediatorEventKind::Elected => MediationText::Elected,
        MediatorEventKind::Recognised => MediationText::Recognised,
        MediatorEventKind::LeaderElected => MediationText::LeaderElected,
        MediatorEventKind::Left => MediationText::Left,
    }
}

pub fn case_start(start: CaseStart) -> MediationText {
    match start {
        CaseStart::PartyRequest => MediationText::PartyRequest,
        CaseStart::MediatorWitnessed => MediationText::MediatorWitnessed,
        CaseStart::LeaderAssigned => MediationText::LeaderAssigned,
        CaseStart::ProposedByAgency => MediationText::ProposedByAgency,
    }
}

pub fn party_kind(kind: PartyKind) -> MediationText {
    match kind {
        PartyKind::Person => MediationText::Person,
        PartyKind::Group => MediationText::PartyGroup,
        PartyKind::Family => MediationText::Family,
        PartyKind::Organisation => MediationText::Organisation,
    }
}

pub fn case_action(action: CaseAction) -> MediationText {
    match action {
        CaseAction::Assign => MediationText::Assign,
        CaseAction::Start => MediationText::StartMediation,
        CaseAction::Succeed => MediationText::Succeed,
        CaseAction::Fail => MediationText::Fail,
        CaseAction::Withdraw => MediationText::Withdraw,
        CaseAction::Reopen => MediationText::Reopen,
        CaseAction::FollowUp => MediationText::FollowUp,
        CaseAction::Receive => MediationText::ActionReceive,
    }
}

pub fn case_group(group: CaseGroup) -> MediationText {
    match group {
        CaseGroup::Civil => MediationText::Civil,
        CaseGroup::MarriageFamily => MediationText::MarriageFamily,
        CaseGroup::Other => MediationText::Other,
    }
}

/// Select options for an enum without labels of its own.
pub fn choices<T: Copy>(
    lang: Lang,
    all: &[T],
    key: fn(T) -> &'static str,
    label: fn(T) -> MediationText,
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
        text(lang, PlanText::DocNumberPrefix),
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
