use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{OrganisationId, OrganisationKind, UnitId, UnitLevel};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UnitSummary {
    pub id: UnitId,
    pub code: String,
    pub name: String,
    pub level: UnitLevel,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Unit {
    pub id: UnitId,
    /// Official code of the General Statistics Office. Codes are reused
    /// after reorganisations, so a code alone does not name a unit.
    pub code: String,
    pub name: String,
    pub short_name: String,
    pub level: UnitLevel,
    /// `phuong`, `xa`, `thi_tran`, `thon`, `to_dan_pho`, … where known.
    pub kind: Option<String>,
    pub parent_id: Option<UnitId>,
    /// First day the unit existed; `null` when not known.
    pub valid_from: Option<NaiveDate>,
    /// Last day the unit existed; `null` while it still does.
    pub valid_to: Option<NaiveDate>,
    pub ethnic_minority_area: bool,
}

/// A reorganisation link: the unit named here took over (or was taken over
/// by) the unit being read, from `effective_on`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UnitLink {
    pub unit: UnitSummary,
    pub effective_on: NaiveDate,
    /// The legal act, e.g. "Nghị quyết 1666/NQ-UBTVQH15".
    pub basis: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UnitDetail {
    #[serde(flatten)]
    pub unit: Unit,
    /// From the parent up to the top.
    pub ancestors: Vec<UnitSummary>,
    pub children: Vec<UnitSummary>,
    pub predecessors: Vec<UnitLink>,
    pub successors: Vec<UnitLink>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct UnitQuery {
    /// Only the direct children of this unit.
    pub parent_id: Option<UnitId>,
    pub level: Option<UnitLevel>,
    /// Only units that existed on this day (YYYY-MM-DD).
    pub on: Option<NaiveDate>,
    /// Name or code; accents and tone placement are ignored.
    pub q: Option<String>,
}

/// A village (`thon`) or residential group (`to_dan_pho`) a ward official
/// adds under the ward; mediation teams serve these.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewVillage {
    pub parent_id: UnitId,
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 200))]
    pub name: String,
    /// `thon` or `to_dan_pho`.
    #[cfg_attr(feature = "openapi", schema(pattern = "^(thon|to_dan_pho)$"))]
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(default)]
    pub ethnic_minority_area: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrganisationSummary {
    pub id: OrganisationId,
    pub name: String,
    pub kind: OrganisationKind,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Organisation {
    pub id: OrganisationId,
    pub code: String,
    pub name: String,
    pub short_name: String,
    pub kind: OrganisationKind,
    pub unit_id: UnitId,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct OrganisationQuery {
    pub unit_id: Option<UnitId>,
    pub kind: Option<OrganisationKind>,
}
