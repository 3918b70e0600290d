//! Words of supervision by the Fatherland Front: the list, the form that
//! records one, and the thread of answers.

use super::Words;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SupervisionText {
    NavSupervision,
    Intro,
    List,
    NoSupervisions,
    Record,
    RecordTitle,
    Subject,
    SupervisedOn,
    Findings,
    Recommendations,
    RecordedBy,
    Answers,
    AnswerPosted,
    NoPersonalData,
    AllStatuses,
    AllSubjects,
    Filter,
    NavSupport,
    SupportIntro,
    SupportList,
    NoSupport,
    RecordSupport,
    SupportRecorded,
    SupportKind,
    SupportUnit,
    SuppliedOn,
    Description,
    Quantity,
}

impl Words for SupervisionText {
    fn pair(self) -> (&'static str, &'static str) {
        use SupervisionText::*;
        match self {
            NavSupervision => ("Giám sát", "Supervision"),
            Intro => (
                "Kết quả giám sát của Mặt trận Tổ quốc và các tổ chức thành viên đối với tổ hòa giải, công tác hòa giải của phường, xã và các nhiệm vụ của kế hoạch; ý kiến trả lời của phường, xã và Phòng Tư pháp.",
                "Findings of the Fatherland Front and its member organisations on mediation teams, wards' mediation work and the plan's tasks, with the answers of the wards and the Justice Office.",
            ),
            List => ("Các cuộc giám sát", "Supervisions"),
            NoSupervisions => ("Chưa có cuộc giám sát nào.", "No supervision yet."),
            Record => ("Ghi nhận kết quả giám sát", "Record a supervision"),
            RecordTitle => ("Giám sát", "Supervision"),
            Subject => ("Đối tượng giám sát", "Supervised"),
            SupervisedOn => ("Ngày giám sát", "Day of supervision"),
            Findings => ("Kết quả giám sát", "Findings"),
            Recommendations => ("Kiến nghị", "Recommendations"),
            RecordedBy => ("Người ghi nhận", "Recorded by"),
            Answers => ("Ý kiến trả lời", "Answers"),
            AnswerPosted => ("Đã gửi ý kiến trả lời.", "Answer sent."),
            NoPersonalData => (
                "Không ghi tên, tuổi, địa chỉ của các bên trong vụ việc.",
                "Do not write the names, ages or addresses of the parties to a case.",
            ),
            AllStatuses => ("Mọi trạng thái", "Any status"),
            AllSubjects => ("Mọi đối tượng", "Anything supervised"),
            Filter => ("Lọc", "Filter"),
            NavSupport => ("Hỗ trợ nghiệp vụ", "Partner support"),
            SupportIntro => (
                "Báo cáo viên và tài liệu do Tòa án, Viện Kiểm sát và Hội Luật gia hỗ trợ cho hòa giải viên ở cơ sở (mục III.5 của Kế hoạch).",
                "Trainers and materials the court, the procuracy and the Lawyers' Association supply to grassroots mediators (section III.5 of the plan).",
            ),
            SupportList => ("Đã hỗ trợ", "Supplied"),
            NoSupport => ("Chưa có hỗ trợ nào được ghi nhận.", "Nothing recorded yet."),
            RecordSupport => ("Ghi nhận hỗ trợ", "Record support"),
            SupportRecorded => ("Đã ghi nhận hỗ trợ.", "Support recorded."),
            SupportKind => ("Hình thức", "Kind"),
            SupportUnit => ("Đơn vị được hỗ trợ", "Unit supported"),
            SuppliedOn => ("Ngày hỗ trợ", "Day supplied"),
            Description => (
                "Nội dung (người được cử, tài liệu)",
                "What (who was sent, which materials)",
            ),
            Quantity => ("Số người / số bản", "People / copies"),
        }
    }
}
