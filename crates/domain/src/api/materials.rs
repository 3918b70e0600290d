//! Material sets (plan task II.1): print runs and their distribution to
//! wards and teams, with the ward's receipt.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::api::mediators::TeamRef;
use crate::api::units::UnitSummary;
use crate::{DeliveryId, MaterialRunId, TaskId, TeamId, UnitId};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct MaterialRunInput {
    /// The unit that printed it (a city).
    pub unit_id: UnitId,
    /// The plan task it serves (II.1).
    #[serde(default)]
    pub task_id: Option<TaskId>,
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 300))]
    pub title: String,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 100))]
    pub edition: String,
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 1000000))]
    pub quantity: i32,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(minimum = 0, maximum = 1000000000000_i64))]
    pub cost_vnd: i64,
    pub printed_on: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct DeliveryInput {
    /// The ward (or unit below the printer) receiving the copies.
    pub unit_id: UnitId,
    /// One of the ward's teams, when the copies go to it.
    #[serde(default)]
    pub team_id: Option<TeamId>,
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 1000000))]
    pub copies: i32,
    pub delivered_on: NaiveDate,
    /// Who took the copies.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 200))]
    pub received_by: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Delivery {
    pub id: DeliveryId,
    pub unit: UnitSummary,
    pub team: Option<TeamRef>,
    pub copies: i32,
    pub delivered_on: NaiveDate,
    pub received_by: String,
    /// When the ward confirmed the copies arrived.
    pub confirmed_at: Option<DateTime<Utc>>,
    /// Whether the caller may confirm the receipt now.
    pub can_confirm: bool,
}

/// A print run with the deliveries the caller may see: all of them for
/// the printer, a ward's own for a ward.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MaterialRun {
    pub id: MaterialRunId,
    pub unit: UnitSummary,
    pub task_id: Option<TaskId>,
    pub title: String,
    pub edition: String,
    pub quantity: i32,
    pub cost_vnd: i64,
    pub printed_on: NaiveDate,
    /// Copies handed out, to every unit.
    pub distributed: i64,
    /// Copies whose receipt was confirmed, to every unit.
    pub confirmed: i64,
    /// Copies left to hand out.
    pub stock: i64,
    pub deliveries: Vec<Delivery>,
    /// Whether the caller may hand out copies.
    pub manage: bool,
    pub version: i32,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct MaterialQuery {
    pub task_id: Option<TaskId>,
}

/// A plan task's material sets (task II.1): copies printed, handed out
/// and confirmed, over the runs the reader sees.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TaskMaterials {
    pub runs: i64,
    pub printed: i64,
    pub distributed: i64,
    pub confirmed: i64,
}
