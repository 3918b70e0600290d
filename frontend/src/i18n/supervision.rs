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
        }
    }
}
