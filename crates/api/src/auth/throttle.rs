//! Password-guessing brake: after `limit` failures for one account or one
//! address within the window, further attempts get 429 with the seconds
//! until the oldest of those failures leaves the window.

use chrono::{DateTime, Utc};
use hgcs_db::PgConnection;
use hgcs_db::models::login_attempt;

use crate::config::AuthSettings;
use crate::error::ApiError;

pub fn check(
    conn: &mut PgConnection,
    settings: &AuthSettings,
    username: &str,
    address: &str,
) -> Result<(), ApiError> {
    let now = Utc::now();
    let window = chrono::Duration::from_std(settings.throttle_window)
        .unwrap_or(chrono::Duration::minutes(15));
    let since = now - window;
    let limit = i64::try_from(settings.throttle_limit).unwrap_or(5);
    let by_account = login_attempt::account_failures(conn, username, since, limit)?;
    let by_address = login_attempt::address_failures(conn, address, since, limit)?;
    let wait = [by_account, by_address]
        .iter()
        .filter(|failures| failures.len() >= settings.throttle_limit)
        .filter_map(|failures| failures.last())
        .map(|oldest: &DateTime<Utc>| (*oldest + window - now).num_seconds().max(1))
        .max();
    match wait {
        Some(seconds) => Err(ApiError::TooManyRequests {
            retry_after: u64::try_from(seconds).unwrap_or(1),
        }),
        None => Ok(()),
    }
}
