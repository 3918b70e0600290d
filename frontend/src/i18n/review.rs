//! Words of a plan's final review (task II.5).

use super::Words;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewText {
    Open,
    Title,
    Intro,
    FiguresUntil,
    Tasks,
    Code,
    Task,
    Result,
    Evidence,
    Figures,
    Commendations,
    NoCommendations,
    Summary,
    Lessons,
    Proposals,
    Save,
    Saved,
    Download,
    NotWritten,
}

impl Words for ReviewText {
    fn pair(self) -> (&'static str, &'static str) {
        use ReviewText::*;
        match self {
            Open => ("Tổng kết kế hoạch", "Final review"),
            Title => ("Tổng kết thực hiện kế hoạch", "Final review of the plan"),
            Intro => (
                "Số liệu, tiến độ và minh chứng được lấy từ sổ sách khi mở trang; chỉ phần đánh giá do cán bộ viết được lưu.",
                "Figures, progress and evidence are read from the registers when the page opens; only what you write is stored.",
            ),
            FiguresUntil => ("Số liệu đến ngày", "Figures up to"),
            Tasks => (
                "I. Kết quả thực hiện các nhiệm vụ",
                "I. Results of the tasks",
            ),
            Code => ("Mã", "Code"),
            Task => ("Nhiệm vụ", "Task"),
            Result => ("Kết quả", "Result"),
            Evidence => ("Minh chứng", "Evidence"),
            Figures => ("II. Số liệu từ sổ sách", "II. Figures from the registers"),
            Commendations => ("III. Khen thưởng", "III. Commendations"),
            NoCommendations => (
                "Không có khen thưởng được phê duyệt trong kỳ.",
                "No commendation approved in the period.",
            ),
            Summary => ("IV. Đánh giá chung", "IV. Overall assessment"),
            Lessons => ("V. Bài học kinh nghiệm", "V. Lessons learnt"),
            Proposals => ("VI. Đề xuất, kiến nghị", "VI. Proposals"),
            Save => ("Lưu bản tổng kết", "Save the review"),
            Saved => ("Đã lưu bản tổng kết.", "Review saved."),
            Download => ("Tải báo cáo tổng kết (Word)", "Download the report (Word)"),
            NotWritten => ("Chưa viết.", "Not written yet."),
        }
    }
}
