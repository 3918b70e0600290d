//! Training courses for mediators (plan task II.2): how long a session
//! lasts, what attendance counts, who has earned a certificate.

use chrono::NaiveTime;

pub mod sheet;

string_enum! {
    /// A mediator's mark for one session.
    pub enum AttendanceStatus {
        Present => "present",
        Absent => "absent",
        Excused => "excused",
    }
}

/// Minutes from `starts_at` to `ends_at` (none when it ends first).
pub fn session_minutes(starts_at: NaiveTime, ends_at: NaiveTime) -> i32 {
    i32::try_from((ends_at - starts_at).num_minutes()).map_or(0, |m| m.max(0))
}

/// The minutes a mark counts: a present mediator the minutes recorded (the
/// whole session unless said otherwise, never more), anyone else none.
pub fn counted_minutes(status: AttendanceStatus, recorded: Option<i32>, session: i32) -> i32 {
    match status {
        AttendanceStatus::Present => recorded.unwrap_or(session).clamp(0, session),
        AttendanceStatus::Absent | AttendanceStatus::Excused => 0,
    }
}

/// Whether attendance of `minutes` earns the course's certificate: some
/// attendance, and at least the course's minimum.
pub fn earns_certificate(minutes: i64, minimum: i32) -> bool {
    minutes > 0 && minutes >= i64::from(minimum)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default()
    }

    #[test]
    fn a_session_lasts_from_its_start_to_its_end() {
        assert_eq!(session_minutes(at(8, 0), at(11, 30)), 210);
        assert_eq!(session_minutes(at(14, 0), at(13, 0)), 0);
    }

    #[test]
    fn only_presence_counts_and_never_more_than_the_session() {
        assert_eq!(counted_minutes(AttendanceStatus::Present, None, 210), 210);
        assert_eq!(
            counted_minutes(AttendanceStatus::Present, Some(90), 210),
            90
        );
        assert_eq!(
            counted_minutes(AttendanceStatus::Present, Some(300), 210),
            210
        );
        assert_eq!(counted_minutes(AttendanceStatus::Excused, Some(90), 210), 0);
        assert_eq!(counted_minutes(AttendanceStatus::Absent, None, 210), 0);
    }

    #[test]
    fn a_certificate_needs_the_minimum_and_some_attendance() {
        assert!(earns_certificate(240, 240));
        assert!(!earns_certificate(239, 240));
        assert!(!earns_certificate(0, 0));
        assert!(earns_certificate(30, 0));
    }
}
