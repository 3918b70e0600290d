//! Keyset cursors of the paged lists: the sort key of a page's last row
//! and its id, as `<key>_<id>`. The key is a day (`2025-03-01`) for lists
//! ordered by a day, microseconds since 1970 for lists ordered by a
//! moment, or the text itself for lists ordered by a name (the id after
//! the last `_` ends it). An empty cursor is the first page, as no cursor
//! is.

use chrono::{DateTime, NaiveDate, Utc};
use hgcs_domain::validation::Rule;

use crate::error::ApiError;

/// A sort key that can stand in a cursor.
pub trait Key: Sized {
    fn write(&self) -> String;
    fn read(text: &str) -> Option<Self>;
}

impl Key for NaiveDate {
    fn write(&self) -> String {
        self.to_string()
    }

    fn read(text: &str) -> Option<Self> {
        text.parse().ok()
    }
}

impl Key for DateTime<Utc> {
    fn write(&self) -> String {
        self.timestamp_micros().to_string()
    }

    fn read(text: &str) -> Option<Self> {
        DateTime::from_timestamp_micros(text.parse().ok()?)
    }
}

impl Key for String {
    fn write(&self) -> String {
        self.clone()
    }

    fn read(text: &str) -> Option<Self> {
        Some(text.to_owned())
    }
}

/// The position a `cursor` parameter names; 400 when it names none.
pub fn after<K: Key>(cursor: Option<&str>) -> Result<Option<(K, i64)>, ApiError> {
    let Some(text) = cursor.filter(|text| !text.is_empty()) else {
        return Ok(None);
    };
    let parsed = text
        .rsplit_once('_')
        .and_then(|(key, id)| Some((K::read(key)?, id.parse().ok()?)));
    parsed
        .map(Some)
        .ok_or_else(|| ApiError::invalid("cursor", Rule::Cursor))
}

/// The cursor of the page after the one ending with `last`, when more
/// rows follow.
pub fn next<K: Key>(more: bool, last: Option<(K, i64)>) -> Option<String> {
    let (key, id) = last.filter(|_| more)?;
    Some(format!("{}_{id}", key.write()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_reads_back_what_was_written() {
        let day = NaiveDate::from_ymd_opt(2025, 3, 1).unwrap_or_default();
        let text = next(true, Some((day, 42))).unwrap_or_default();
        assert_eq!(text, "2025-03-01_42");
        assert_eq!(
            after::<NaiveDate>(Some(&text)).ok().flatten(),
            Some((day, 42))
        );
        let moment = DateTime::from_timestamp_micros(1_700_000_000_123_456).unwrap_or_default();
        let text = next(true, Some((moment, 7))).unwrap_or_default();
        assert_eq!(
            after::<DateTime<Utc>>(Some(&text)).ok().flatten(),
            Some((moment, 7))
        );
        assert_eq!(next(false, Some((day, 42))), None);
        assert!(after::<NaiveDate>(Some("")).is_ok_and(|a| a.is_none()));
        assert!(after::<NaiveDate>(Some("2025-13-01_4")).is_err());
        assert!(after::<DateTime<Utc>>(Some("x_4")).is_err());
        let name = "nguyen_van an".to_owned();
        let text = next(true, Some((name.clone(), 9))).unwrap_or_default();
        assert_eq!(after::<String>(Some(&text)).ok().flatten(), Some((name, 9)));
        assert!(after::<String>(Some("no-id")).is_err());
    }
}
