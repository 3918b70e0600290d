//! Dates as Vietnamese offices write them: dd/mm/yyyy, times in
//! Asia/Ho_Chi_Minh (UTC+7, no daylight saving).

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, Utc};
use hgcs_domain::Lang;

use crate::i18n::{CommonText, text};

const VN_OFFSET_SECONDS: i32 = 7 * 3600;

fn vietnam() -> Option<FixedOffset> {
    FixedOffset::east_opt(VN_OFFSET_SECONDS)
}

pub fn date(day: NaiveDate) -> String {
    day.format("%d/%m/%Y").to_string()
}

/// A start date that may be unknown.
pub fn valid_from(day: Option<NaiveDate>, lang: Lang) -> String {
    day.map(date)
        .unwrap_or_else(|| text(lang, CommonText::Unknown).to_owned())
}

/// An end date; none means the unit still exists.
pub fn valid_to(day: Option<NaiveDate>, lang: Lang) -> String {
    day.map(date)
        .unwrap_or_else(|| text(lang, CommonText::StillValid).to_owned())
}

/// An instant as dd/mm/yyyy HH:mm in Vietnam time.
pub fn date_time(at: DateTime<Utc>) -> String {
    match vietnam() {
        Some(offset) => at
            .with_timezone(&offset)
            .format("%d/%m/%Y %H:%M")
            .to_string(),
        None => at.format("%d/%m/%Y %H:%M UTC").to_string(),
    }
}

/// Reads a day typed as dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy)
/// or yyyy-mm-dd.
pub fn parse_date(input: &str) -> Option<NaiveDate> {
    let input = input.trim();
    if let Ok(day) = NaiveDate::parse_from_str(input, "%Y-%m-%d") {
        return Some(day);
    }
    let normalised = input.replace(['-', '.'], "/");
    NaiveDate::parse_from_str(&normalised, "%d/%m/%Y").ok()
}

/// Empty text is no date; text that is not a date is an error.
pub fn parse_optional_date(input: &str) -> Result<Option<NaiveDate>, ()> {
    if input.trim().is_empty() {
        Ok(None)
    } else {
        parse_date(input).map(Some).ok_or(())
    }
}

/// The instant a Vietnamese day begins.
pub fn start_of_day(day: NaiveDate) -> Option<DateTime<Utc>> {
    day.and_time(NaiveTime::MIN)
        .and_local_timezone(vietnam()?)
        .single()
        .map(|at| at.with_timezone(&Utc))
}

/// The instant a Vietnamese day ends (the next day's start).
pub fn end_of_day(day: NaiveDate) -> Option<DateTime<Utc>> {
    start_of_day(day.succ_opt()?)
}

/// Today in Vietnam, from the browser's clock.
pub fn today() -> NaiveDate {
    let millis = js_sys::Date::now() as i64;
    let at = DateTime::<Utc>::from_timestamp_millis(millis).unwrap_or_default();
    match vietnam() {
        Some(offset) => at.with_timezone(&offset).date_naive(),
        None => at.date_naive(),
    }
}

/// "01/01/2022 – 31/12/2022".
pub fn period(start: NaiveDate, end: NaiveDate) -> String {
    format!("{} – {}", date(start), date(end))
}
