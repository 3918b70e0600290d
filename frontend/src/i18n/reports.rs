//! Words of the reports: periods, the indicator table, preparing,
//! submitting and reviewing. One exhaustive match, like `CommonText`.

use hgcs_domain::Lang;
use hgcs_domain::reports::{ReportStatus, ReviewOutcome};

use super::{Words, pick};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportText {
    NavReports,
    ReportsIntro,
    Year,
    Period,
    OwnReport,
    NotStarted,
    StartReport,
    OpenReport,
    Reporting,
    Unit,
    Status,
    SubmittedAt,
    DueOn,
    Late,
    OnTime,
    NoReporting,
    Code,
    Indicator,
    Measure,
    Actual,
    Estimate,
    EstimateNumber,
    Total,
    Number,
    Commentary,
    Save,
    Saved,
    Submit,
    SubmitHint,
    Submitted,
    Review,
    Accept,
    Return,
    ReviewComment,
    Accepted,
    Returned,
    Submissions,
    SubmissionNo,
    SentAt,
    Reviewer,
    Outcome,
    DownloadXlsx,
    DownloadDocx,
    Sources,
    Predecessors,
    Draft,
    StatusSubmitted,
    StatusReturned,
    StatusAccepted,
    Pending,
    FromReport,
    OpenRecords,
    Tasks,
    NoTasks,
    Task,
    Progress,
    Evidence,
}

impl Words for ReportText {
    fn pair(self) -> (&'static str, &'static str) {
        use ReportText::*;
        match self {
            NavReports => ("Báo cáo", "Reports"),
            ReportsIntro => (
                "Báo cáo định kỳ 6 tháng và năm: số liệu lấy từ sổ sách đã nhập, gửi cấp trên duyệt; báo cáo đã gửi được giữ nguyên.",
                "Six-monthly and yearly reports: figures from the registers, sent up for review; a submitted report is kept as sent.",
            ),
            Year => ("Năm", "Year"),
            Period => ("Kỳ báo cáo", "Period"),
            OwnReport => ("Báo cáo của đơn vị", "Our report"),
            NotStarted => ("Chưa lập", "Not started"),
            StartReport => ("Lập báo cáo", "Start the report"),
            OpenReport => ("Mở báo cáo", "Open the report"),
            Reporting => (
                "Báo cáo của các đơn vị trực thuộc",
                "Reports of the units below",
            ),
            Unit => ("Đơn vị", "Unit"),
            Status => ("Trạng thái", "Status"),
            SubmittedAt => ("Gửi lần đầu", "First submitted"),
            DueOn => ("Hạn gửi", "Due"),
            Late => ("Trễ hạn", "Late"),
            OnTime => ("Đúng hạn", "On time"),
            NoReporting => (
                "Không có đơn vị trực thuộc báo cáo.",
                "No units report to this one.",
            ),
            Code => ("Mã", "Code"),
            Indicator => ("Chỉ tiêu", "Indicator"),
            Measure => ("Đơn vị tính", "Unit of measure"),
            Actual => ("Thực tế", "Actual"),
            Estimate => ("Ước tính", "Estimate"),
            EstimateNumber => (
                "số ước tính phải là số nguyên không âm",
                "an estimate must be a whole number, 0 or more",
            ),
            Total => ("Tổng cộng", "Total"),
            Number => (
                "Số văn bản (ví dụ 05/BC-UBND)",
                "Document number (e.g. 05/BC-UBND)",
            ),
            Commentary => ("Đánh giá, kiến nghị", "Assessment and proposals"),
            Save => ("Lưu báo cáo", "Save the report"),
            Saved => ("Đã lưu báo cáo.", "Report saved."),
            Submit => ("Gửi cấp trên", "Submit"),
            SubmitHint => (
                "Gửi báo cáo sẽ lưu những gì vừa nhập rồi chốt số liệu; chỉ sửa được khi cấp trên trả lại.",
                "Submitting saves what was typed, then freezes the figures; they change only if the report is returned.",
            ),
            Submitted => ("Đã gửi báo cáo.", "Report submitted."),
            Review => ("Duyệt báo cáo", "Review the report"),
            Accept => ("Chấp nhận", "Accept"),
            Return => ("Trả lại để bổ sung", "Return for revision"),
            ReviewComment => (
                "Ý kiến (bắt buộc khi trả lại)",
                "Comment (required to return)",
            ),
            Accepted => ("Đã chấp nhận báo cáo.", "Report accepted."),
            Returned => ("Đã trả lại báo cáo.", "Report returned."),
            Submissions => ("Các lần gửi", "Submissions"),
            SubmissionNo => ("Lần", "No."),
            SentAt => ("Người gửi, thời điểm", "Sent by, at"),
            Reviewer => ("Người duyệt, thời điểm", "Reviewed by, at"),
            Outcome => ("Kết quả duyệt", "Review"),
            DownloadXlsx => ("Tải bảng số liệu (Excel)", "Download the figures (Excel)"),
            DownloadDocx => ("Tải báo cáo (Word)", "Download the report (Word)"),
            Sources => (
                "Tổng hợp từ báo cáo đã duyệt của",
                "Summed from the accepted reports of",
            ),
            Predecessors => (
                "Gồm số liệu của đơn vị trước sắp xếp",
                "Includes the records of former units",
            ),
            Draft => ("Đang soạn", "Draft"),
            StatusSubmitted => ("Đã gửi, chờ duyệt", "Submitted"),
            StatusReturned => ("Bị trả lại", "Returned"),
            StatusAccepted => ("Đã chấp nhận", "Accepted"),
            Pending => ("Chờ duyệt", "Pending"),
            FromReport => (
                "Các vụ, việc của đơn vị hợp thành số liệu này của báo cáo (theo trạng thái hiện tại); số liệu của phường mới còn gồm hồ sơ của các xã, phường trước sắp xếp.",
                "The unit's cases that make up this figure of a report (as they stand now); a new ward's figure also counts the records of the communes it took over.",
            ),
            OpenRecords => (
                "Xem các hồ sơ tạo nên số liệu",
                "See the records behind the figure",
            ),
            Tasks => (
                "Kết quả thực hiện nhiệm vụ của kế hoạch",
                "The plan's tasks",
            ),
            NoTasks => (
                "Đơn vị chưa có kế hoạch cho năm của kỳ báo cáo.",
                "The unit has no plan for the period's year.",
            ),
            Task => ("Nhiệm vụ", "Task"),
            Progress => ("Tiến độ", "Progress"),
            Evidence => ("Minh chứng", "Evidence"),
        }
    }
}

pub fn report_status(status: ReportStatus) -> ReportText {
    match status {
        ReportStatus::Draft => ReportText::Draft,
        ReportStatus::Submitted => ReportText::StatusSubmitted,
        ReportStatus::Returned => ReportText::StatusReturned,
        ReportStatus::Accepted => ReportText::StatusAccepted,
    }
}

pub fn review_outcome(outcome: ReviewOutcome) -> ReportText {
    match outcome {
        ReviewOutcome::Pending => ReportText::Pending,
        ReviewOutcome::Accepted => ReportText::StatusAccepted,
        ReviewOutcome::Returned => ReportText::StatusReturned,
    }
}

/// The period's name in the interface's language.
pub fn period_name(lang: Lang, vi: &str, en: &str) -> String {
    pick(lang, vi.to_owned(), en.to_owned())
}
