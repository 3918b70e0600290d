use hgcs_domain::api::audit::{AuditPage, AuditQuery};

use super::http::query_pairs;
use super::{Api, ApiError};

pub const PAGE_SIZE: i64 = 50;

impl Api {
    /// A page of the audit log; `from` is inclusive and `to` exclusive.
    pub async fn audit(&self, query: &AuditQuery) -> Result<AuditPage, ApiError> {
        self.get("/audit", query_pairs(query)).await
    }
}
