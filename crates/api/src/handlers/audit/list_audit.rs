use actix_web::{get, web};
use hgcs_db::models::case_read::Scope;
use hgcs_db::models::{audit, unit};
use hgcs_domain::api::audit::{AuditEntry, AuditPage, AuditQuery};
use hgcs_domain::policy;
use hgcs_domain::validation::PageLimit;

use crate::access;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::query::Query;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// The audit log of the caller's unit and the units under it (the
/// Justice Office its city, a ward official the ward; the administrator
/// everything, entries without a unit included), newest
/// first, filtered; page with `next_cursor`. A unit outside the caller's
/// scope is refused (403).
#[utoipa::path(
    tag = "audit",
    params(AuditQuery),
    responses((status = 200, description = "A page of entries", body = AuditPage), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/audit")]
pub async fn list_audit(
    caller: Authenticated,
    state: web::Data<AppState>,
    query: Query<AuditQuery>,
) -> Result<web::Json<AuditPage>, ApiError> {
    let query = query.into_inner();
    let limit = PageLimit::from_query(query.limit)?;
    let actor = caller.actor;
    let rows = db::run(&state.pool, move |conn| {
        let root = query.unit_id.unwrap_or(actor.unit_id);
        let reach = access::reach(conn, &actor, root)?;
        if !policy::can_read_audit_log(&actor, reach) {
            return Err(ApiError::Forbidden);
        }
        let scope = match query.unit_id {
            None if policy::sees_every_unit(&actor) => Scope::Everywhere,
            _ => unit::scope(conn, root)?,
        };
        Ok(audit::list(conn, &query, &scope, limit.fetch())?)
    })
    .await?;
    let (rows, more) = limit.page(rows);
    let items: Vec<AuditEntry> = rows.into_iter().map(AuditEntry::from).collect();
    let next_cursor = more.then(|| items.last().map(|entry| entry.id)).flatten();
    Ok(web::Json(AuditPage { items, next_cursor }))
}
