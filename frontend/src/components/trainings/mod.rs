mod attendance_form;
mod certificates_panel;
mod course_form;
mod course_table;
mod invite_all;
mod invitee_table;
mod session_fields;
mod sessions_table;
mod sheet_upload;
mod task_courses;

pub use attendance_form::AttendanceForm;
pub use certificates_panel::CertificatesPanel;
pub use course_form::CourseForm;
pub use course_table::CourseTable;
pub use invite_all::InviteAll;
pub use invitee_table::InviteeTable;
pub use sessions_table::SessionsTable;
pub use task_courses::TaskCourses;
