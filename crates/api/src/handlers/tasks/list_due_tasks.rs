use hgcs_domain::policy;
use std::collections::HashMap;

use actix_web::{get, web};
use chrono::Days;
use hgcs_db::models::task_party;
use hgcs_db::models::{plan, plan_task, unit};
use hgcs_domain::UnitId;
use hgcs_domain::api::plans::{DueList, DueQuery, DueTask};
use hgcs_domain::plan::document_label;
use hgcs_domain::validation::Rule;

use crate::access;
use crate::access::visible_units;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::query::Query;
use crate::responses::ReadErrors;
use crate::state::AppState;
use hgcs_db::views;
use hgcs_domain::time::today;

/// Open tasks of plans in force that are overdue or due within `days`,
/// in the plans the caller may see; and the periodic reports owed: the
/// caller's own unit's, overdue or due within `days`, and (for the Justice
/// Office) its wards' that are late.
#[utoipa::path(
    tag = "plans",
    params(DueQuery),
    responses((status = 200, description = "Overdue and soon-due tasks", body = DueList), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/tasks/due")]
pub async fn list_due_tasks(
    caller: Authenticated,
    state: web::Data<AppState>,
    query: Query<DueQuery>,
) -> Result<web::Json<DueList>, ApiError> {
    let query = query.into_inner();
    let days = query.days.unwrap_or(30);
    if !(0..=366).contains(&days) {
        return Err(ApiError::invalid("days", Rule::DaysAhead));
    }
    let list = db::run(&state.pool, move |conn| {
        let today = today();
        let until = today
            .checked_add_days(Days::new(u64::try_from(days).unwrap_or(0)))
            .unwrap_or(today);
        let mut among = visible_units(conn, &caller.actor)?;
        if let Some(unit_id) = query.unit_id {
            if !policy::can_view_unit(&caller.actor, access::reach(conn, &caller.actor, unit_id)?) {
                return Err(ApiError::Forbidden);
            }
            let below = unit::subtree(conn, unit_id)?;
            among = Some(match among {
                Some(visible) => below
                    .into_iter()
                    .filter(|id| visible.contains(id))
                    .collect(),
                None => below,
            });
        }
        let (reports_overdue, reports_due_soon) = if query.organisation_id.is_some() {
            (Vec::new(), Vec::new())
        } else {
            access::owed_reports(conn, &caller.actor, among.as_deref(), today, until)?
        };
        let mut rows = plan_task::due(conn, until, among.as_deref())?;
        if let Some(org) = query.organisation_id {
            let ids: Vec<i64> = rows.iter().map(|(task, _)| task.id).collect();
            let leading = task_party::led_by(conn, &ids, org)?;
            rows.retain(|(task, _)| leading.contains(&task.id));
        }
        let plan_ids: Vec<i64> = rows.iter().map(|(task, _)| task.plan_id).collect();
        let documents: HashMap<i64, String> = plan::find_many(conn, &plan_ids)?
            .into_iter()
            .map(|row| {
                (
                    row.id,
                    document_label(&row.doc_number, &row.doc_type, &row.doc_issuer),
                )
            })
            .collect();
        let unit_ids: Vec<UnitId> = rows.iter().map(|(_, unit)| UnitId(*unit)).collect();
        let units: HashMap<UnitId, _> = unit::summaries(conn, &unit_ids)?
            .into_iter()
            .map(|u| (u.id, u))
            .collect();
        let plan_units: Vec<i64> = rows.iter().map(|(_, unit)| *unit).collect();
        let tasks = views::plans::tasks(
            conn,
            rows.into_iter().map(|(task, _)| task).collect(),
            today,
        )?;
        let (mut overdue, mut due_soon) = (Vec::new(), Vec::new());
        for (task, unit_id) in tasks.into_iter().zip(plan_units) {
            let item = DueTask {
                plan_id: task.plan_id,
                plan_document: documents.get(&task.plan_id.0).cloned().unwrap_or_default(),
                plan_unit: units
                    .get(&UnitId(unit_id))
                    .cloned()
                    .ok_or(ApiError::NotFound)?,
                task,
            };
            if item.task.overdue {
                overdue.push(item);
            } else {
                due_soon.push(item);
            }
        }
        Ok(DueList {
            today,
            overdue,
            due_soon,
            reports_overdue,
            reports_due_soon,
        })
    })
    .await?;
    Ok(web::Json(list))
}
