use chrono::NaiveDate;
use hgcs_domain::api::units::{Organisation, Unit, UnitDetail};
use hgcs_domain::{UnitId, UnitLevel};

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

pub use hgcs_domain::api::units::NewVillage;

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
