use chrono::NaiveDate;
use hgcs_domain::api::units::{Organisation, Unit, UnitDetail};
use hgcs_domain::{UnitId, UnitLevel};

use serde::Serialize;

use super::http::{Query, push};
use super::{Api, ApiError};

/// GET /units filters; `None` leaves a filter out.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UnitFilter {
    pub parent_id: Option<UnitId>,
    pub level: Option<UnitLevel>,
    pub on: Option<NaiveDate>,
    pub q: Option<String>,
}

/// A village (`thon`) or residential group (`to_dan_pho`) a ward official
/// adds under their ward (POST /units). The server declares this shape in
/// its own crate, not in the domain.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NewVillage {
    pub parent_id: UnitId,
    pub name: String,
    pub kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    pub ethnic_minority_area: bool,
}

impl Api {
    pub async fn create_village(&self, input: &NewVillage) -> Result<Unit, ApiError> {
        self.post("/units", Some(input)).await
    }

    pub async fn units(&self, filter: &UnitFilter) -> Result<Vec<Unit>, ApiError> {
        let mut query = Query::new();
        push(&mut query, "parent_id", filter.parent_id);
        push(&mut query, "level", filter.level);
        push(&mut query, "on", filter.on.map(|d| d.format("%Y-%m-%d")));
        push(&mut query, "q", filter.q.as_ref());
        self.get("/units", query).await
    }

    pub async fn unit(&self, id: UnitId) -> Result<UnitDetail, ApiError> {
        self.get(&format!("/units/{id}"), Vec::new()).await
    }

    pub async fn organisations(&self, unit_id: UnitId) -> Result<Vec<Organisation>, ApiError> {
        let mut query = Query::new();
        push(&mut query, "unit_id", Some(unit_id));
        self.get("/organisations", query).await
    }
}
