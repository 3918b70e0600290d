use actix_web::{get, web};
use hgcs_db::models::audit;
use hgcs_domain::api::audit::{AuditEntry, AuditPage, AuditQuery};
use hgcs_domain::validation::Rule;

use crate::auth::AdminUser;
use crate::db;
use crate::error::ApiError;
use crate::responses::ReadErrors;
use crate::state::AppState;

const DEFAULT_LIMIT: i64 = 50;
const MAX_LIMIT: i64 = 200;

/// The audit log, newest first, filtered; page with `next_cursor`.
#[utoipa::path(
    tag = "admin",
    params(AuditQuery),
    responses((status = 200, description = "A page of entries", body = AuditPage), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/admin/audit")]
pub async fn list_audit(
    _admin: AdminUser,
    state: web::Data<AppState>,
    query: web::Query<AuditQuery>,
) -> Result<web::Json<AuditPage>, ApiError> {
    let query = query.into_inner();
    let limit = query.limit.unwrap_or(DEFAULT_LIMIT);
    if !(1..=MAX_LIMIT).contains(&limit) {
        return Err(ApiError::invalid(
            "limit",
            Rule::PageSize { max: MAX_LIMIT },
        ));
    }
    let rows = db::run(&state.pool, move |conn| {
        Ok(audit::list(conn, &query, limit + 1)?)
    })
    .await?;
    let mut items: Vec<AuditEntry> = rows.into_iter().map(AuditEntry::from).collect();
    let next_cursor = if items.len() > usize::try_from(limit).unwrap_or(usize::MAX) {
        items.pop();
        items.last().map(|entry| entry.id)
    } else {
        None
    };
    Ok(web::Json(AuditPage { items, next_cursor }))
}
