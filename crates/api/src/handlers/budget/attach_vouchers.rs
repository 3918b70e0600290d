use actix_multipart::Multipart;
use actix_web::{HttpResponse, post, web};
use hgcs_db::models::{audit, budget};
use hgcs_db::views;
use hgcs_domain::api::budget::BudgetLineDetail;
use hgcs_domain::{SpendingId, UnitId};
use serde_json::json;

use crate::access::kept_spending;
use crate::audit::{Change, action};
use crate::auth::CurrentUser;
use crate::db;
use crate::error::ApiError;
use crate::files::Incoming;
use crate::responses::{IdempotencyKey, WriteErrors};
use crate::state::AppState;
use crate::upload_form::{FilesForm, receive_files};

/// Attaches vouchers (invoices, receipts, signed lists: parts named
/// `files`) to a spending of a line the caller keeps.
#[utoipa::path(
    tag = "plans",
    params(("id" = i64, Path, description = "Spending id"), IdempotencyKey),
    request_body(content = FilesForm, content_type = "multipart/form-data"),
    responses((status = 201, description = "Attached", body = BudgetLineDetail), WriteErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/budget-spending/{id}/vouchers")]
pub async fn attach_vouchers(
    caller: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<SpendingId>,
    form: Multipart,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let actor = caller.actor;
    // Refused before the files are received, and checked again with them.
    db::run(&state.pool, move |conn| {
        kept_spending(conn, &actor, id)?;
        Ok(())
    })
    .await?;
    let files = receive_files(&state.files, form).await?;
    let store = state.files.clone();
    let kept = files.clone();
    let user = caller.id;
    let outcome: Result<BudgetLineDetail, ApiError> = db::transaction(&state.pool, move |conn| {
        let (_, line, plan) = kept_spending(conn, &caller.actor, id)?;
        for file in &kept {
            let size = i64::try_from(file.size).unwrap_or(i64::MAX);
            budget::add_voucher(
                conn,
                id,
                (&file.file_name, &file.content_type, size, &file.sha256),
                user.0,
            )?;
        }
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::CREATE,
                entity: "budget_voucher",
                entity_id: id.0.to_string(),
                unit_id: Some(UnitId(plan.unit_id)),
                details: json!({ "files": kept.iter().map(|f| &f.file_name).collect::<Vec<_>>() }),
            }),
        )?;
        for file in &kept {
            store.keep(file)?;
        }
        Ok(views::budget::line_detail(conn, line, &plan, true)?)
    })
    .await;
    files.iter().for_each(Incoming::discard);
    Ok(HttpResponse::Created().json(outcome?))
}
