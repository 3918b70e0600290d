use actix_web::{get, web};
use hgcs_db::models::programme;
use hgcs_domain::api::programmes::Programme;

use crate::auth::Authenticated;
use crate::db;
use crate::error::ApiError;
use crate::responses::ReadErrors;
use crate::state::AppState;

/// The national programmes (đề án), the oldest first: national reference
/// data every signed-in user reads. Plans are grouped under the programme
/// whose years hold their start, and pilot models belong to its years.
#[utoipa::path(
    tag = "plans",
    responses((status = 200, description = "The programmes", body = [Programme]), ReadErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/programmes")]
pub async fn list_programmes(
    _caller: Authenticated,
    state: web::Data<AppState>,
) -> Result<web::Json<Vec<Programme>>, ApiError> {
    let found = db::run(&state.pool, move |conn| Ok(programme::all(conn)?)).await?;
    Ok(web::Json(found))
}
