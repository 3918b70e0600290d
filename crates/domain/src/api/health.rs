use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Health {
    /// `ok` when the database answers, `unavailable` when not.
    pub status: String,
    /// Whether the database answered; `false` from the liveness check,
    /// which does not ask it.
    pub database: bool,
    pub version: String,
}
