//! Training courses for mediators (plan task II.2, docs/trainings.md).

pub mod create_course;
pub mod download_certificate;
pub mod get_course;
pub mod invite_mediators;
pub mod issue_certificates;
pub mod list_certificates;
pub mod list_courses;
pub mod list_invitees;
pub mod read_attendance_sheet;
pub mod record_attendance;
