use actix_web::{get, web};
use hgcs_db::models::audit;
use hgcs_domain::api::audit::{AuditEntry, AuditPage, AuditQuery};
use hgcs_domain::validation::PageLimit;

use crate::auth::AdminUser;
use crate::db;
use crate::error::ApiError;
use crate::responses::ReadErrors;
use crate::state::AppState;

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
    let limit = PageLimit::from_query(query.limit)?;
    let rows = db::run(&state.pool, move |conn| {
        Ok(audit::list(conn, &query, limit.fetch())?)
    })
    .await?;
    let (rows, more) = limit.page(rows);
    let items: Vec<AuditEntry> = rows.into_iter().map(AuditEntry::from).collect();
    let next_cursor = more.then(|| items.last().map(|entry| entry.id)).flatten();
    Ok(web::Json(AuditPage { items, next_cursor }))
}
