//! Words of plans and their tasks, due lists, pilot models and
//! commendations. One exhaustive match, like `CommonText`, so a key without both
//! languages does not compile.

use chrono::{Datelike, NaiveDate};
use hgcs_domain::Lang;
use hgcs_domain::plan::{CommendationLevel, CommendationStatus, DocumentRef, NomineeKind};

use super::{Words, pick};
use crate::format;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanText {
    // Plans
    NavPlans,
    NavPilots,
    NavCommendations,
    Year,
    AllYears,
    AllStatuses,
    Save,
    Saved,
    Remove,
    Required,
    Description,
    PlanList,
    NoPlans,
    ColDocument,
    ColTitle,
    ColPeriod,
    ColProgress,
    DocNumberPrefix,
    CreatePlan,
    DocNumber,
    DocType,
    DocIssuer,
    IssuedOn,
    IssuedPlace,
    PlanTitle,
    PeriodStart,
    PeriodEnd,
    NationalName,
    NationalMotto,
    PeoplesCommittee,
    PlanHeading,
    LegalBasis,
    PurposeAndRequirements,
    Purpose,
    Requirements,
    TasksHeading,
    DutiesHeading,
    FundingHeading,
    Timeline,
    ColTask,
    ColLead,
    ColPartners,
    ColSchedule,
    ColDue,
    ColDone,
    Overdue,
    AwaitingEvent,
    NoTasks,
    CreateWardPlan,
    CreatingWardPlan,
    CopyToNextYear,
    CopyingToNextYear,
    RemoveTask,
    RemoveTaskConfirm,
    RemoveTaskConfirmButton,
    WardPlanLink,
    WardProgress,
    ParentPlan,
    OpenParentPlan,
    // Tasks
    TaskOf,
    RecordEvent,
    EventDate,
    Updates,
    NoUpdates,
    NewUpdate,
    PostUpdate,
    UpdateBody,
    ReportedOn,
    ProgressPercent,
    ProgressInvalid,
    Figures,
    FigureLabel,
    FigureValue,
    AddFigure,
    EvidenceFiles,
    EvidenceHint,
    UpdatePosted,
    ReportedBy,
    // Due list
    DuePanel,
    OverdueTasks,
    DueSoon,
    GroupBy,
    ByWard,
    ByOrganisation,
    NothingDue,
    NothingHere,
    NoLead,
    ReportsOverdue,
    ReportsDueSoon,
    ReportNotStarted,
    DueOn,
    Digest,
    DigestEmail,
    DigestEmailHint,
    DigestEmailAddress,
    DigestEmailSave,
    DigestEmailSaved,
    // Pilots
    PilotList,
    NoPilots,
    RegisterPilot,
    PilotName,
    Evaluation,
    NotEvaluated,
    Evaluate,
    EvaluatedOn,
    Criterion,
    MaxScore,
    Score,
    AddCriterion,
    ScoreInvalid,
    Conclusion,
    Recommend,
    NotRecommended,
    Replication,
    Replicate,
    NotReplicated,
    ReplicateTo,
    ChooseWards,
    Decision,
    // Commendations
    CommendationList,
    NoCommendations,
    Nominate,
    NomineeKind,
    NomineeName,
    Grounds,
    Level,
    NominatedBy,
    Choose,
    KindTeam,
    KindMediator,
    KindOrganisation,
    KindPerson,
    LevelCity,
    LevelProvince,
    LevelMinistry,
    LevelGovernment,
    StatusProposed,
    StatusApproved,
    StatusRefused,
    Decide,
    Outcome,
    Approve,
    Refuse,
    Note,
    DecisionNeeded,
}

impl Words for PlanText {
    fn pair(self) -> (&'static str, &'static str) {
        use PlanText::*;
        match self {
            NavPlans => ("Kế hoạch", "Plans"),
            NavPilots => ("Mô hình điểm", "Pilot models"),
            NavCommendations => ("Khen thưởng", "Commendations"),
            Year => ("Năm", "Year"),
            AllYears => ("Tất cả các năm", "All years"),
            AllStatuses => ("Tất cả trạng thái", "All statuses"),
            Save => ("Lưu", "Save"),
            Saved => ("Đã lưu.", "Saved."),
            Remove => ("Xóa", "Remove"),
            Required => ("Bắt buộc nhập", "Required"),
            Description => ("Mô tả", "Description"),
            PlanList => ("Danh sách kế hoạch", "Plans"),
            NoPlans => ("Chưa có kế hoạch nào.", "No plans."),
            ColDocument => ("Số, ký hiệu", "Number"),
            ColTitle => ("Trích yếu", "Title"),
            ColPeriod => ("Thời gian thực hiện", "Period"),
            ColProgress => ("Tiến độ", "Progress"),
            DocNumberPrefix => ("Số:", "No."),
            CreatePlan => ("Tạo kế hoạch", "Create plan"),
            DocNumber => ("Số văn bản", "Document number"),
            DocType => (
                "Loại văn bản (ký hiệu, ví dụ KH, QĐ)",
                "Document type (e.g. KH, QĐ)",
            ),
            DocIssuer => (
                "Cơ quan ban hành (ký hiệu, ví dụ UBND)",
                "Issuer (e.g. UBND)",
            ),
            IssuedOn => ("Ngày ban hành", "Date issued"),
            IssuedPlace => ("Địa danh", "Place of issue"),
            PlanTitle => ("Tên kế hoạch", "Plan title"),
            PeriodStart => ("Thực hiện từ ngày", "From"),
            PeriodEnd => ("Đến ngày", "To"),
            NationalName => (
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "SOCIALIST REPUBLIC OF VIET NAM",
            ),
            NationalMotto => (
                "Độc lập – Tự do – Hạnh phúc",
                "Independence – Freedom – Happiness",
            ),
            PeoplesCommittee => ("ỦY BAN NHÂN DÂN", "PEOPLE'S COMMITTEE"),
            PlanHeading => ("KẾ HOẠCH", "PLAN"),
            LegalBasis => ("Căn cứ", "Legal basis"),
            PurposeAndRequirements => ("I. Mục đích, yêu cầu", "I. Purpose and requirements"),
            Purpose => ("Mục đích", "Purpose"),
            Requirements => ("Yêu cầu", "Requirements"),
            TasksHeading => ("II. Nội dung, nhiệm vụ", "II. Tasks"),
            DutiesHeading => ("III. Tổ chức thực hiện", "III. Implementation"),
            FundingHeading => ("IV. Kinh phí thực hiện", "IV. Funding"),
            Timeline => ("Tiến độ theo quý", "Timeline by quarter"),
            ColTask => ("Nhiệm vụ", "Task"),
            ColLead => ("Chủ trì", "Lead"),
            ColPartners => ("Phối hợp", "Coordinating"),
            ColSchedule => ("Thời gian thực hiện", "Schedule"),
            ColDue => ("Hạn hoàn thành", "Due"),
            ColDone => ("Hoàn thành", "Done"),
            Overdue => ("Quá hạn", "Overdue"),
            AwaitingEvent => ("chờ sự kiện", "awaiting the event"),
            NoTasks => ("Kế hoạch chưa có nhiệm vụ.", "This plan has no tasks yet."),
            CreateWardPlan => (
                "Xây dựng kế hoạch của phường, xã từ kế hoạch này",
                "Make my ward's plan from this plan",
            ),
            CreatingWardPlan => ("Đang tạo kế hoạch…", "Creating the plan…"),
            CopyToNextYear => (
                "Sao kế hoạch sang năm sau",
                "Copy this plan to the next year",
            ),
            CopyingToNextYear => ("Đang sao kế hoạch…", "Copying the plan…"),
            RemoveTask => ("Xóa nhiệm vụ", "Remove this task"),
            RemoveTaskConfirm => (
                "Xóa nhiệm vụ nhập nhầm này khỏi kế hoạch? Nhiệm vụ đã có tiến độ hoặc minh chứng thì không xóa được: hãy đóng hoặc hủy.",
                "Remove this task, added by mistake, from the plan? A task with progress or evidence cannot be removed: close or cancel it.",
            ),
            RemoveTaskConfirmButton => ("Xóa hẳn", "Remove it"),
            WardPlanLink => ("Mở kế hoạch của phường, xã mình", "Open my ward's plan"),
            WardProgress => ("Tiến độ các phường, xã", "Progress of wards and communes"),
            ParentPlan => ("Thực hiện kế hoạch cấp trên", "Implements the higher plan"),
            OpenParentPlan => ("Mở kế hoạch cấp trên", "Open the higher plan"),
            TaskOf => ("Thuộc kế hoạch", "Part of plan"),
            RecordEvent => (
                "Ghi nhận sự kiện đã diễn ra",
                "Record that the event happened",
            ),
            EventDate => ("Ngày diễn ra", "Date it happened"),
            Updates => ("Báo cáo tiến độ", "Progress reports"),
            NoUpdates => ("Chưa có báo cáo nào.", "No reports yet."),
            NewUpdate => ("Gửi báo cáo tiến độ", "Send a progress report"),
            PostUpdate => ("Gửi báo cáo", "Send report"),
            UpdateBody => ("Nội dung báo cáo", "Report"),
            ReportedOn => ("Ngày báo cáo", "Report date"),
            ProgressPercent => ("Tiến độ (%)", "Progress (%)"),
            ProgressInvalid => (
                "Tiến độ là số từ 0 đến 100",
                "Progress is a number from 0 to 100",
            ),
            Figures => ("Số liệu", "Figures"),
            FigureLabel => ("Chỉ tiêu", "Measure"),
            FigureValue => ("Giá trị", "Value"),
            AddFigure => ("Thêm số liệu", "Add a figure"),
            EvidenceFiles => ("Tệp minh chứng", "Evidence files"),
            EvidenceHint => (
                "PDF, DOCX, XLSX, PNG, JPEG; tối đa 20 MB mỗi tệp; chọn được nhiều tệp.",
                "PDF, DOCX, XLSX, PNG, JPEG; up to 20 MB each; several files allowed.",
            ),
            UpdatePosted => ("Đã gửi báo cáo.", "Report sent."),
            ReportedBy => ("Người báo cáo", "Reported by"),
            DuePanel => ("Việc đến hạn và quá hạn", "Due and overdue tasks"),
            OverdueTasks => ("Quá hạn", "Overdue"),
            DueSoon => ("Sắp đến hạn (30 ngày tới)", "Due in the next 30 days"),
            GroupBy => ("Nhóm theo", "Group by"),
            ByWard => ("Đơn vị (phường, xã)", "Unit (ward)"),
            ByOrganisation => ("Cơ quan chủ trì", "Lead organisation"),
            NothingDue => (
                "Không có việc quá hạn hoặc sắp đến hạn.",
                "Nothing overdue or due soon.",
            ),
            NothingHere => ("Không có.", "None."),
            NoLead => ("Chưa xác định cơ quan chủ trì", "No lead named"),
            ReportsOverdue => ("Báo cáo định kỳ quá hạn", "Periodic reports overdue"),
            ReportsDueSoon => ("Báo cáo định kỳ sắp đến hạn", "Periodic reports due soon"),
            ReportNotStarted => ("Chưa lập", "Not started"),
            DueOn => ("hạn", "due"),
            Digest => ("Nhắc việc ngày", "Reminders of"),
            DigestEmail => ("Nhận nhắc việc qua e-mail", "Reminders by e-mail"),
            DigestEmailHint => (
                "Mỗi sáng, nhắc việc đến hạn và quá hạn được gửi tới địa chỉ này (khi hệ thống có máy chủ thư). Để trống để không nhận.",
                "Each morning the due and overdue work is sent to this address (when the server sends e-mail). Leave it empty to receive none.",
            ),
            DigestEmailAddress => ("Địa chỉ e-mail", "E-mail address"),
            DigestEmailSave => ("Lưu địa chỉ", "Save the address"),
            DigestEmailSaved => ("Đã lưu địa chỉ nhận nhắc việc.", "Address saved."),
            PilotList => ("Các mô hình chỉ đạo điểm", "Pilot models"),
            NoPilots => ("Chưa có mô hình nào.", "No pilot models."),
            RegisterPilot => ("Đăng ký mô hình điểm", "Register a pilot model"),
            PilotName => ("Tên mô hình", "Model name"),
            Evaluation => ("Đánh giá", "Evaluation"),
            NotEvaluated => ("Chưa đánh giá", "Not evaluated"),
            Evaluate => ("Đánh giá mô hình", "Evaluate the model"),
            EvaluatedOn => ("Ngày đánh giá", "Evaluation date"),
            Criterion => ("Tiêu chí", "Criterion"),
            MaxScore => ("Điểm tối đa", "Max score"),
            Score => ("Điểm", "Score"),
            AddCriterion => ("Thêm tiêu chí", "Add a criterion"),
            ScoreInvalid => (
                "Điểm là số nguyên, không vượt điểm tối đa",
                "Scores are whole numbers, at most the maximum",
            ),
            Conclusion => ("Kết luận", "Conclusion"),
            Recommend => ("Đề xuất nhân rộng", "Recommend replication"),
            NotRecommended => ("Không đề xuất nhân rộng", "Replication not recommended"),
            Replication => ("Nhân rộng", "Replication"),
            Replicate => ("Quyết định nhân rộng", "Decide replication"),
            NotReplicated => ("Chưa nhân rộng", "Not replicated"),
            ReplicateTo => (
                "Nhân rộng tới các phường, xã",
                "Replicate to wards and communes",
            ),
            ChooseWards => (
                "Chọn ít nhất một phường, xã",
                "Choose at least one ward or commune",
            ),
            Decision => ("Quyết định", "Decision"),
            CommendationList => ("Danh sách đề nghị khen thưởng", "Nominations"),
            NoCommendations => ("Chưa có đề nghị nào.", "No nominations."),
            Nominate => ("Đề nghị khen thưởng", "Nominate"),
            NomineeKind => ("Đối tượng", "Nominee type"),
            NomineeName => ("Tên tập thể, cá nhân", "Nominee"),
            Grounds => ("Thành tích", "Achievements"),
            Level => ("Hình thức khen thưởng", "Award"),
            NominatedBy => ("Đơn vị đề nghị", "Nominated by"),
            Choose => ("— Chọn —", "— Choose —"),
            KindTeam => ("Tổ hòa giải", "Mediation team"),
            KindMediator => ("Hòa giải viên", "Mediator"),
            KindOrganisation => ("Tập thể, tổ chức", "Organisation"),
            KindPerson => ("Cá nhân", "Individual"),
            LevelCity => (
                "Giấy khen của Chủ tịch UBND thành phố",
                "Certificate of the City Chairman",
            ),
            LevelProvince => (
                "Bằng khen của UBND tỉnh",
                "Certificate of merit of the Province",
            ),
            LevelMinistry => (
                "Bằng khen của Bộ Tư pháp",
                "Certificate of merit of the Ministry of Justice",
            ),
            LevelGovernment => (
                "Bằng khen của Thủ tướng Chính phủ",
                "Certificate of merit of the Prime Minister",
            ),
            StatusProposed => ("Đã đề nghị", "Proposed"),
            StatusApproved => ("Đã khen thưởng", "Approved"),
            StatusRefused => ("Không khen thưởng", "Refused"),
            Decide => ("Xét duyệt", "Decide"),
            Outcome => ("Kết quả", "Outcome"),
            Approve => ("Khen thưởng", "Approve"),
            Refuse => ("Không khen thưởng", "Refuse"),
            Note => ("Ghi chú", "Note"),
            DecisionNeeded => (
                "Khi khen thưởng cần ghi số và ngày quyết định",
                "An approval needs the decision's number and date",
            ),
        }
    }
}

pub fn nominee_kind(kind: NomineeKind) -> PlanText {
    match kind {
        NomineeKind::Team => PlanText::KindTeam,
        NomineeKind::Mediator => PlanText::KindMediator,
        NomineeKind::Organisation => PlanText::KindOrganisation,
        NomineeKind::Person => PlanText::KindPerson,
    }
}

pub fn level(level: CommendationLevel) -> PlanText {
    match level {
        CommendationLevel::City => PlanText::LevelCity,
        CommendationLevel::Province => PlanText::LevelProvince,
        CommendationLevel::Ministry => PlanText::LevelMinistry,
        CommendationLevel::Government => PlanText::LevelGovernment,
    }
}

pub fn commendation_status(status: CommendationStatus) -> PlanText {
    match status {
        CommendationStatus::Proposed => PlanText::StatusProposed,
        CommendationStatus::Approved => PlanText::StatusApproved,
        CommendationStatus::Refused => PlanText::StatusRefused,
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
