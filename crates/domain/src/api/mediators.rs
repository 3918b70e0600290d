//! The register of mediators as a list: everyone serving (or who served)
//! in the teams of the caller's units, with filters.

use serde::{Deserialize, Serialize};

use crate::api::mediation::MediatorSummary;
use crate::api::units::UnitSummary;
use crate::mediation::{Education, Sex};
use crate::{TeamId, UnitId};

string_enum! {
    /// Kinh, or any other ethnicity (the rule of team composition).
    pub enum EthnicityGroup {
        Kinh => "kinh",
        Minority => "minority",
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct MediatorQuery {
    /// Mediators of the teams of this unit and the units below it
    /// (default: the caller's unit).
    pub unit_id: Option<UnitId>,
    pub team_id: Option<TeamId>,
    pub sex: Option<Sex>,
    pub ethnicity: Option<EthnicityGroup>,
    pub education: Option<Education>,
    /// Words of the name, accents ignored ("nguyen van").
    pub q: Option<String>,
    /// `true` (default): serving now; `false`: those who have left.
    pub serving: Option<bool>,
    /// `true`: present at a training session in `year`; `false`: not.
    pub trained: Option<bool>,
    /// The year `trained` looks at (default: this year).
    #[cfg_attr(feature = "openapi", param(minimum = 1900, maximum = 2199))]
    pub year: Option<i32>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
    /// 1–200, default 50.
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 200))]
    pub limit: Option<i64>,
}

/// The team a mediator serves in, named.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TeamRef {
    pub id: TeamId,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MediatorListItem {
    #[serde(flatten)]
    pub summary: MediatorSummary,
    pub education: Education,
    pub team: TeamRef,
    /// The village or residential group the team serves.
    pub unit: UnitSummary,
    /// The commune or ward above it, when there is one.
    pub commune: Option<UnitSummary>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MediatorPage {
    /// In the order of names (accents ignored), then of ids.
    pub items: Vec<MediatorListItem>,
    pub next_cursor: Option<String>,
}
