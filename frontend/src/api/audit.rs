use chrono::{DateTime, SecondsFormat, Utc};
use hgcs_domain::api::audit::AuditPage;

use super::http::{Query, push};
use super::{Api, ApiError};

/// Audit log filters; `from` is inclusive and `to` exclusive.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AuditFilter {
    pub entity: Option<String>,
    pub action: Option<String>,
    pub from: Option<DateTime<Utc>>,
    pub to: Option<DateTime<Utc>>,
}

pub const PAGE_SIZE: i64 = 50;

fn instant(at: Option<DateTime<Utc>>) -> Option<String> {
    at.map(|at| at.to_rfc3339_opts(SecondsFormat::Secs, true))
}

impl Api {
    pub async fn audit(
        &self,
        filter: &AuditFilter,
        cursor: Option<i64>,
    ) -> Result<AuditPage, ApiError> {
        let mut query = Query::new();
        push(&mut query, "entity", filter.entity.as_ref());
        push(&mut query, "action", filter.action.as_ref());
        push(&mut query, "from", instant(filter.from));
        push(&mut query, "to", instant(filter.to));
        push(&mut query, "cursor", cursor);
        push(&mut query, "limit", Some(PAGE_SIZE));
        self.get("/admin/audit", query).await
    }
}
