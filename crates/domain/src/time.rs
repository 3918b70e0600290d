//! Time as Vietnam counts it. Due days, deadlines and "today" are days of
//! Vietnam's calendar (UTC+7, no daylight saving), whatever the server's
//! own time zone.

use chrono::{DateTime, Duration, NaiveDate, Utc};

/// Vietnam's offset from UTC, in hours.
pub const VIETNAM_UTC_OFFSET_HOURS: i64 = 7;

/// The day it is in Vietnam at `at`.
pub fn day_in_vietnam(at: DateTime<Utc>) -> NaiveDate {
    (at + Duration::hours(VIETNAM_UTC_OFFSET_HOURS)).date_naive()
}

/// Today in Vietnam.
pub fn today() -> NaiveDate {
    day_in_vietnam(Utc::now())
}

/// The hour (0–23) it is in Vietnam at `at`.
pub fn hour_in_vietnam(at: DateTime<Utc>) -> u32 {
    use chrono::Timelike;
    (at + Duration::hours(VIETNAM_UTC_OFFSET_HOURS)).hour()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hour_is_vietnams() {
        let at = DateTime::parse_from_rfc3339("2026-12-03T23:30:00Z")
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_default();
        assert_eq!(hour_in_vietnam(at), 6);
    }

    #[test]
    fn the_day_turns_at_midnight_in_vietnam_not_utc() {
        let day = |s: &str| s.parse::<DateTime<Utc>>().unwrap_or_default();
        assert_eq!(
            day_in_vietnam(day("2026-12-01T16:59:59Z")),
            NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default()
        );
        assert_eq!(
            day_in_vietnam(day("2026-12-01T17:00:00Z")),
            NaiveDate::from_ymd_opt(2026, 12, 2).unwrap_or_default()
        );
    }
}
