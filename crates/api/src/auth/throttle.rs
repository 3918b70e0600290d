//! Password-guessing brake that cannot be turned into a lockout.
//!
//! - One account from one address: after `throttle_limit` failures within
//!   the window (since that pair's last success), 429 with `Retry-After`.
//! - One address, whatever the accounts: after `address_limit` failures.
//! - One account from everywhere: past `throttle_limit` failures, each
//!   attempt waits a delay that doubles with every failure (up to
//!   [`MAX_DELAY_SECS`]) before its password is checked; the right password
//!   is never refused for it.
//! - A browser that sends a live refresh cookie of the same account (it is
//!   signed in already) passes all three.
//!
//! The count and the recording of the attempt are one step: the attempt
//! is written as a failure under a lock on the address in the same
//! transaction as the count, before the password is checked, and marked
//! succeeded afterwards (`settle`). Concurrent guesses therefore cannot all
//! pass a count that none of them has yet raised.

use std::time::Duration;

use chrono::{DateTime, Utc};
use hgcs_db::PgConnection;
use hgcs_db::models::login_attempt;

use crate::config::AuthSettings;
use crate::error::ApiError;

/// The longest an attempt on a much-guessed account is made to wait.
pub const MAX_DELAY_SECS: u64 = 16;

/// An attempt recorded as failed until [`settle`] says otherwise.
#[derive(Debug, Clone, Copy)]
pub struct Reservation {
    pub attempt: i64,
    /// How long to wait before checking the password.
    pub delay: Duration,
}

/// Counts and records one attempt at `key` (a username, or `client:<id>`)
/// from `address`. Run it inside a transaction: the address lock it takes
/// is held until the transaction ends. `signed_in` is true when the
/// request proves a live session of this very account.
pub fn reserve(
    conn: &mut PgConnection,
    settings: &AuthSettings,
    key: &str,
    address: &str,
    signed_in: bool,
) -> Result<Reservation, ApiError> {
    let now = Utc::now();
    let window = chrono::Duration::from_std(settings.throttle_window)
        .unwrap_or(chrono::Duration::minutes(15));
    let since = now - window;
    let limit = settings.throttle_limit.max(1);
    login_attempt::lock_address(conn, address)?;
    if !signed_in {
        let as_i64 = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
        let by_pair = login_attempt::pair_failures(conn, key, address, since, as_i64(limit))?;
        let address_limit = settings.address_limit.max(1);
        let by_address =
            login_attempt::address_failures(conn, address, since, as_i64(address_limit))?;
        let wait = [(by_pair, limit), (by_address, address_limit)]
            .iter()
            .filter(|(failures, limit)| failures.len() >= *limit)
            .filter_map(|(failures, _)| failures.last())
            .map(|oldest: &DateTime<Utc>| (*oldest + window - now).num_seconds().max(1))
            .max();
        if let Some(seconds) = wait {
            return Err(ApiError::TooManyRequests {
                retry_after: u64::try_from(seconds).unwrap_or(1),
            });
        }
    }
    let delay = if signed_in {
        Duration::ZERO
    } else {
        let counted = i64::try_from(limit + 8).unwrap_or(i64::MAX);
        let failures = login_attempt::account_failures(conn, key, since, counted)?.len();
        delay_after(failures, limit)
    };
    let attempt = login_attempt::reserve(conn, key, address)?;
    Ok(Reservation { attempt, delay })
}

/// The wait before checking a password of an account with `failures`
/// recent failures: none below `limit`, then 1 s doubling per failure.
pub fn delay_after(failures: usize, limit: usize) -> Duration {
    let Some(over) = failures.checked_sub(limit) else {
        return Duration::ZERO;
    };
    let seconds = 1u64
        .checked_shl(u32::try_from(over).unwrap_or(u32::MAX))
        .unwrap_or(MAX_DELAY_SECS);
    Duration::from_secs(seconds.min(MAX_DELAY_SECS))
}

/// Marks a reserved attempt as succeeded.
pub fn settle(conn: &mut PgConnection, reservation: Reservation) -> Result<(), ApiError> {
    login_attempt::mark_succeeded(conn, reservation.attempt)?;
    Ok(())
}

/// Waits the reservation's delay, without holding a connection.
pub async fn wait(reservation: &Reservation) {
    if !reservation.delay.is_zero() {
        actix_web::rt::time::sleep(reservation.delay).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_delay_starts_at_the_limit_and_doubles_up_to_its_cap() {
        assert_eq!(delay_after(4, 5), Duration::ZERO);
        assert_eq!(delay_after(5, 5), Duration::from_secs(1));
        assert_eq!(delay_after(6, 5), Duration::from_secs(2));
        assert_eq!(delay_after(8, 5), Duration::from_secs(8));
        assert_eq!(delay_after(13, 5), Duration::from_secs(MAX_DELAY_SECS));
        assert_eq!(delay_after(500, 5), Duration::from_secs(MAX_DELAY_SECS));
    }
}
