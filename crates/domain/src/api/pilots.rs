use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::api::units::UnitSummary;
use crate::plan::{CommendationLevel, CommendationStatus, DocumentRef, NomineeKind};
use crate::{CommendationId, PilotId, UnitId};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 500))]
    pub name: String,
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 1000))]
    pub max_score: i32,
    /// From 0 to `max_score`.
    #[cfg_attr(feature = "openapi", schema(minimum = 0))]
    pub score: i32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PilotEvaluation {
    pub evaluated_on: NaiveDate,
    pub criteria: Vec<Criterion>,
    pub total: i32,
    pub max_total: i32,
    pub conclusion: String,
    /// Whether the model is worth replicating.
    pub recommend_replication: bool,
    pub evaluated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PilotEvaluationInput {
    pub evaluated_on: NaiveDate,
    #[cfg_attr(feature = "openapi", schema(min_items = 1, max_items = 100))]
    pub criteria: Vec<Criterion>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 20000))]
    pub conclusion: String,
    pub recommend_replication: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Replication {
    pub unit: UnitSummary,
    pub decision: DocumentRef,
}

/// The decision to replicate a model to named wards.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ReplicationInput {
    pub decision: DocumentRef,
    #[cfg_attr(feature = "openapi", schema(min_items = 1))]
    pub unit_ids: Vec<UnitId>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Pilot {
    pub id: PilotId,
    pub unit: UnitSummary,
    pub year: i32,
    pub name: String,
    pub description: String,
    pub evaluation: Option<PilotEvaluation>,
    pub replications: Vec<Replication>,
    /// The pilot's version, sent back in `If-Match` to evaluate it.
    pub version: i32,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PilotInput {
    pub unit_id: UnitId,
    /// A year of a programme (`GET /programmes`), e.g. 2019–2022.
    #[cfg_attr(feature = "openapi", schema(minimum = 1900, maximum = 2199))]
    pub year: i32,
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 500))]
    pub name: String,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 20000))]
    pub description: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct PilotQuery {
    pub unit_id: Option<UnitId>,
    #[cfg_attr(feature = "openapi", param(minimum = 1900, maximum = 2199))]
    pub year: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Commendation {
    pub id: CommendationId,
    pub year: i32,
    /// The unit that nominated.
    pub unit: UnitSummary,
    pub nominee_kind: NomineeKind,
    pub nominee_name: String,
    pub grounds: String,
    pub proposed_level: CommendationLevel,
    pub status: CommendationStatus,
    pub decision: Option<DocumentRef>,
    pub decision_note: String,
    pub created_at: DateTime<Utc>,
    /// The nomination's version (also its `ETag`), for `If-Match`.
    pub version: i32,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CommendationInput {
    #[cfg_attr(feature = "openapi", schema(minimum = 2000, maximum = 2100))]
    pub year: i32,
    pub nominee_kind: NomineeKind,
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 500))]
    pub nominee_name: String,
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 20000))]
    pub grounds: String,
    pub proposed_level: CommendationLevel,
}

/// The city's decision on a nomination.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CommendationDecision {
    pub approved: bool,
    /// The decision document (number, type, issuer, date); required when approved.
    #[serde(default)]
    pub decision: Option<DocumentRef>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 5000))]
    pub note: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct CommendationQuery {
    #[cfg_attr(feature = "openapi", param(minimum = 1900, maximum = 2199))]
    pub year: Option<i32>,
    pub status: Option<CommendationStatus>,
    pub unit_id: Option<UnitId>,
}
