//! The daily digests a user received.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::digest::DigestItem;

/// What became due or overdue in the user's scope, as of one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Digest {
    /// The day (in Vietnam) it was made for.
    pub day: NaiveDate,
    pub items: Vec<DigestItem>,
    pub created_at: DateTime<Utc>,
}
