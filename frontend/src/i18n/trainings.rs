//! Words of the training screens: courses, sessions, invitations,
//! attendance, certificates.

use super::Words;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrainingText {
    NavCourses,
    Intro,
    CourseList,
    NoCourses,
    NewCourse,
    CourseTitle,
    Venue,
    StartsOn,
    EndsOn,
    Days,
    MinHours,
    Audience,
    AudienceHint,
    Sessions,
    Session,
    AddSession,
    HeldOn,
    StartsAt,
    EndsAt,
    Place,
    Topic,
    Trainer,
    Minutes,
    CreateCourse,
    Organiser,
    Invited,
    Invitees,
    NoInvitees,
    InviteAll,
    InviteAllHint,
    InvitedDone,
    TakeAttendance,
    Attendance,
    Present,
    Absent,
    Excused,
    MinutesPresent,
    TimePresent,
    SaveAttendance,
    AttendanceSaved,
    Certificates,
    NoCertificates,
    IssueCertificates,
    Number,
    Download,
    Earned,
    Marked,
    ForTask,
    NoTrainings,
    TaskCourses,
    OpenCourseForTask,
    CoursesHeld,
    MediatorsTrained,
    ImportSheet,
    SheetFile,
    SheetHint,
    ReadSheet,
    SheetProblems,
    InviteSome,
    NoOrganiser,
    Capacity,
    Places,
    Unit,
    ByName,
    ByNameHint,
    Find,
}

impl Words for TrainingText {
    fn pair(self) -> (&'static str, &'static str) {
        use TrainingText::*;
        match self {
            NavCourses => ("Tập huấn", "Trainings"),
            Intro => (
                "Lớp tập huấn, bồi dưỡng hòa giải viên (nhiệm vụ II.2): buổi học, mời hòa giải viên, điểm danh, cấp giấy chứng nhận.",
                "Training courses for mediators (task II.2): sessions, invitations, attendance, certificates.",
            ),
            CourseList => ("Danh sách lớp tập huấn", "Courses"),
            NoCourses => ("Chưa có lớp tập huấn nào.", "No course yet."),
            NewCourse => ("Mở lớp tập huấn", "New course"),
            CourseTitle => ("Tên lớp", "Title"),
            Venue => ("Địa điểm", "Venue"),
            StartsOn => ("Từ ngày", "From"),
            EndsOn => ("Đến ngày", "To"),
            Days => ("Thời gian", "Days"),
            MinHours => (
                "Số giờ tối thiểu để được cấp giấy chứng nhận",
                "Hours needed for a certificate",
            ),
            Audience => ("Dành cho đơn vị", "Meant for"),
            AudienceHint => (
                "Chọn các xã, phường có hòa giải viên được mời.",
                "Choose the wards whose mediators are invited.",
            ),
            Sessions => ("Các buổi học", "Sessions"),
            Session => ("Buổi", "Session"),
            AddSession => ("Thêm buổi học", "Add a session"),
            HeldOn => ("Ngày học", "Day"),
            StartsAt => ("Bắt đầu", "Starts"),
            EndsAt => ("Kết thúc", "Ends"),
            Place => ("Nơi học", "Place"),
            Topic => ("Chuyên đề", "Topic"),
            Trainer => ("Báo cáo viên", "Trainer"),
            Minutes => ("Thời lượng", "Length"),
            CreateCourse => ("Tạo lớp", "Create the course"),
            Organiser => ("Đơn vị tổ chức", "Organised by"),
            Invited => ("Số được mời", "Invited"),
            Invitees => ("Hòa giải viên được mời", "Mediators invited"),
            NoInvitees => ("Chưa mời hòa giải viên nào.", "Nobody invited yet."),
            InviteAll => (
                "Mời tất cả hòa giải viên của các đơn vị",
                "Invite every mediator of the units",
            ),
            InviteAllHint => (
                "Mời mọi hòa giải viên đang làm nhiệm vụ ở các đơn vị mà lớp dành cho; người đã được mời giữ nguyên.",
                "Invites every serving mediator of the units the course is meant for; those already invited stay.",
            ),
            InvitedDone => ("Đã gửi lời mời", "Invitations made"),
            TakeAttendance => ("Điểm danh", "Take attendance"),
            Attendance => ("Điểm danh buổi học", "Attendance"),
            Present => ("Có mặt", "Present"),
            Absent => ("Vắng", "Absent"),
            Excused => ("Vắng có lý do", "Excused"),
            MinutesPresent => (
                "Số phút có mặt (nếu không dự cả buổi)",
                "Minutes present (if not the whole session)",
            ),
            TimePresent => ("Thời gian có mặt", "Time present"),
            SaveAttendance => ("Lưu điểm danh", "Save attendance"),
            AttendanceSaved => ("Đã lưu điểm danh", "Attendance saved"),
            Certificates => ("Giấy chứng nhận", "Certificates"),
            NoCertificates => (
                "Chưa cấp giấy chứng nhận nào.",
                "No certificate issued yet.",
            ),
            IssueCertificates => (
                "Cấp giấy chứng nhận cho người đủ điều kiện",
                "Issue certificates to those who qualify",
            ),
            Number => ("Số", "No."),
            Download => ("Tải về (Word)", "Download (Word)"),
            Earned => ("Đủ điều kiện cấp giấy", "Qualifies"),
            Marked => ("Đã điểm danh", "Marked"),
            ForTask => ("Lớp mở cho nhiệm vụ", "For the task"),
            NoTrainings => (
                "Chưa được mời dự lớp tập huấn nào.",
                "Not invited to any course yet.",
            ),
            TaskCourses => ("Lớp tập huấn của nhiệm vụ", "Courses for this task"),
            OpenCourseForTask => (
                "Mở lớp tập huấn cho nhiệm vụ này",
                "Open a course for this task",
            ),
            CoursesHeld => ("Số lớp", "Courses"),
            MediatorsTrained => ("Hòa giải viên đã dự", "Mediators who attended"),
            ImportSheet => ("Điểm danh từ tệp", "Attendance from a sheet"),
            SheetFile => (
                "Tệp điểm danh (.xlsx, .csv)",
                "Attendance sheet (.xlsx, .csv)",
            ),
            SheetHint => (
                "Cột «Họ và tên» và «Điểm danh» (x, có mặt, vắng, vắng có phép); thêm «Tổ hòa giải» nếu trùng tên, «Số giờ» nếu không dự cả buổi. Đọc tệp chưa ghi gì: kiểm tra danh sách dưới rồi bấm lưu.",
                "Columns \"Họ và tên\" and \"Điểm danh\" (x, present, absent, excused); add \"Tổ hòa giải\" where names repeat, \"Số giờ\" for part of a session. Reading records nothing: check the list below, then save.",
            ),
            ReadSheet => ("Đọc tệp", "Read the sheet"),
            SheetProblems => ("Các dòng chưa đọc được", "Lines that could not be read"),
            InviteSome => ("Mời theo tổ hoặc theo tên", "Invite by team or by name"),
            Unit => ("Đơn vị", "Unit"),
            NoOrganiser => ("Chưa chọn", "Not chosen"),
            Places => ("Đã mời / số chỗ", "Invited / places"),
            Capacity => (
                "Số chỗ (để trống nếu không giới hạn)",
                "Places (empty: no limit)",
            ),
            ByName => ("Họ tên", "Name"),
            ByNameHint => (
                "Để trống để xem cả đơn vị",
                "Leave empty for the whole unit",
            ),
            Find => ("Tìm", "Find"),
        }
    }
}

/// "3 giờ 30 phút" / "3 h 30 min".
pub fn duration(lang: hgcs_domain::Lang, minutes: i64) -> String {
    let (hours, rest) = (minutes / 60, minutes % 60);
    match lang {
        hgcs_domain::Lang::Vi => match (hours, rest) {
            (h, 0) => format!("{h} giờ"),
            (0, m) => format!("{m} phút"),
            (h, m) => format!("{h} giờ {m} phút"),
        },
        hgcs_domain::Lang::En => match (hours, rest) {
            (h, 0) => format!("{h} h"),
            (0, m) => format!("{m} min"),
            (h, m) => format!("{h} h {m} min"),
        },
    }
}

/// What a sheet filled in: "Đã điền 19 người từ «diem-danh.xlsx»; 1 người
/// không có trong tệp được ghi vắng."
pub fn sheet_read(lang: hgcs_domain::Lang, file: &str, filled: usize, absent: usize) -> String {
    match lang {
        hgcs_domain::Lang::Vi => format!(
            "Đã điền {filled} người từ «{file}»; {absent} người không có trong tệp được ghi vắng. Kiểm tra rồi bấm «Lưu điểm danh»."
        ),
        hgcs_domain::Lang::En => format!(
            "Filled in {filled} from \"{file}\"; {absent} not on the sheet marked absent. Check, then save the attendance."
        ),
    }
}

/// The invite button: "Mời 3 người đã chọn".
pub fn invite_chosen(lang: hgcs_domain::Lang, n: usize) -> String {
    match lang {
        hgcs_domain::Lang::Vi => format!("Mời {n} người đã chọn"),
        hgcs_domain::Lang::En => format!("Invite the {n} chosen"),
    }
}

/// "Năm 2025: 6 giờ 30 phút tập huấn".
pub fn training_year(lang: hgcs_domain::Lang, year: i32, minutes: i64) -> String {
    let time = duration(lang, minutes);
    match lang {
        hgcs_domain::Lang::Vi => format!("Năm {year}: {time} tập huấn"),
        hgcs_domain::Lang::En => format!("{year}: {time} of training"),
    }
}
