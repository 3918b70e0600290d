//! What each pooled connection sends: a count of statements per thread, so
//! the API can tell how many round trips a request cost (`Server-Timing`,
//! the request log line, `/metrics`), and the mark of a connection found
//! lost, so the pool drops it instead of lending it again.

use std::cell::Cell;

use diesel::connection::{Instrumentation, InstrumentationEvent};
use diesel::result::{DatabaseErrorKind, Error};

thread_local! {
    static SENT: Cell<u64> = const { Cell::new(0) };
    static LOST: Cell<bool> = const { Cell::new(false) };
}

/// Statements sent on this thread so far (each one round trip; `BEGIN`
/// and `COMMIT` count).
pub fn sent() -> u64 {
    SENT.with(Cell::get)
}

/// Whether the last connection used on this thread was found lost; clears
/// the mark.
pub fn take_lost() -> bool {
    LOST.with(|lost| lost.replace(false))
}

/// The instrumentation every pooled connection carries.
#[derive(Debug, Clone, Copy)]
pub struct Counter;

impl Instrumentation for Counter {
    fn on_connection_event(&mut self, event: InstrumentationEvent<'_>) {
        match event {
            InstrumentationEvent::StartQuery { .. } => SENT.with(|n| n.set(n.get() + 1)),
            InstrumentationEvent::FinishQuery {
                error: Some(error), ..
            } if is_lost(error) => LOST.with(|lost| lost.set(true)),
            _ => {}
        }
    }
}

fn is_lost(error: &Error) -> bool {
    matches!(
        error,
        Error::DatabaseError(
            DatabaseErrorKind::ClosedConnection | DatabaseErrorKind::UnableToSendCommand,
            _
        )
    )
}
