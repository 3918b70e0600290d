use actix_web::{HttpRequest, HttpResponse, get, web};

use crate::access::readable_voucher;
use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::responses::StoredFile;
use crate::state::AppState;

/// A voucher of a spending the caller may read.
#[utoipa::path(
    tag = "plans",
    params(("id" = i64, Path, description = "Voucher id")),
    responses(StoredFile),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/budget-vouchers/{id}")]
pub async fn download_voucher(
    req: HttpRequest,
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let file = db::run(&state.pool, move |conn| {
        readable_voucher(conn, &caller.actor, id)
    })
    .await?;
    state
        .files
        .download(&req, &file.sha256, &file.file_name, &file.content_type)
        .await
}
