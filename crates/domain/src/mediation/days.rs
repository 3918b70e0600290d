//! Working days, which the law's deadlines count.

use chrono::{Datelike, NaiveDate, Weekday};

/// Working days (Monday–Friday) after `from` up to and including `to`.
/// Public holidays are not counted out: the ward checks those by hand.
pub fn working_days_between(from: NaiveDate, to: NaiveDate) -> u32 {
    let days = (to - from).num_days();
    if days <= 0 {
        return 0;
    }
    // Whole weeks hold five working days each; count the rest one by one.
    let weeks = days / 7;
    let mut count = weeks * 5;
    let mut day = from + chrono::Duration::days(weeks * 7);
    for _ in 0..days % 7 {
        day = day.succ_opt().unwrap_or(day);
        if !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
            count += 1;
        }
    }
    u32::try_from(count).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mediation::RECOGNITION_WORKING_DAYS;

    #[test]
    fn working_days_skip_weekends() {
        let friday = NaiveDate::from_ymd_opt(2024, 5, 3).unwrap_or_default();
        let next_friday = NaiveDate::from_ymd_opt(2024, 5, 10).unwrap_or_default();
        assert_eq!(working_days_between(friday, next_friday), 5);
        assert!(working_days_between(friday, next_friday) <= RECOGNITION_WORKING_DAYS);
        assert_eq!(working_days_between(next_friday, friday), 0);
        // The same count as walking day by day, for every start and span of a month.
        for start in 0..7 {
            let from = friday + chrono::Duration::days(start);
            for span in 0..40 {
                let to = from + chrono::Duration::days(span);
                let walked = (1..=span)
                    .map(|d| from + chrono::Duration::days(d))
                    .filter(|d| !matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
                    .count();
                assert_eq!(
                    working_days_between(from, to) as usize,
                    walked,
                    "{from} → {to}"
                );
            }
        }
        let far = NaiveDate::from_ymd_opt(1, 1, 1).unwrap_or_default();
        assert!(
            working_days_between(far, friday) > 500_000,
            "a distant date is counted at once"
        );
    }
}
