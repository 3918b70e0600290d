use hgcs_domain::UnitId;
use hgcs_domain::api::units::{Organisation, OrganisationQuery, Unit, UnitDetail, UnitQuery};

use super::http::query_pairs;
use super::{Api, ApiError};

pub use hgcs_domain::api::units::NewVillage;

impl Api {
    pub async fn create_village(&self, input: &NewVillage) -> Result<Unit, ApiError> {
        self.post("/units", Some(input)).await
    }

    pub async fn units(&self, query: &UnitQuery) -> Result<Vec<Unit>, ApiError> {
        self.get("/units", query_pairs(query)).await
    }

    pub async fn unit(&self, id: UnitId) -> Result<UnitDetail, ApiError> {
        self.get(&format!("/units/{id}"), Vec::new()).await
    }

    pub async fn organisations(&self, unit_id: UnitId) -> Result<Vec<Organisation>, ApiError> {
        let query = OrganisationQuery {
            unit_id: Some(unit_id),
            kind: None,
        };
        self.get("/organisations", query_pairs(&query)).await
    }
}
