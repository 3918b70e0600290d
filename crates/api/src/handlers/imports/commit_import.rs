use crate::access::own_import;
use crate::preconditions::IfMatch;
use hgcs_db::models::version::Versioned;
use hgcs_db::views;
use hgcs_domain::mediation::ImportStatus;
use std::collections::BTreeMap;

use actix_web::{HttpResponse, post, web};
use diesel::Connection;
use hgcs_db::models::mediator::{self, NewMediatorRow};
use hgcs_db::models::{audit, import, team, unit};
use hgcs_db::{PgConnection, PgPool};
use hgcs_domain::api::imports::ImportRow;
use hgcs_domain::text::search_key;
use hgcs_domain::{MediatorId, TeamId, UnitId};
use serde_json::json;

use crate::audit::{Change, action};
use crate::auth::Authenticated;
use crate::db;
use crate::error::{ApiError, Text};
use crate::responses::{IdempotencyKey, IfMatchOptional, StaleErrors, WriteErrors};
use crate::state::AppState;

/// Rows written between two progress reports.
const PROGRESS_EVERY: usize = 25;

/// Writes a checked import without problems, all or nothing. Answers 202
/// at once; `GET /imports/{id}` then shows the rows written so far and the
/// end state (`done` or `failed`, with the reason).
#[utoipa::path(
    tag = "mediation",
    params(("id" = i64, Path, description = "Import id"), IfMatchOptional, IdempotencyKey),
    responses((status = 202, description = "Writing started", body = hgcs_domain::api::imports::ImportPreview), WriteErrors, StaleErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/imports/{id}/commit")]
pub async fn commit_import(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<i64>,
    if_match: IfMatch,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let who = caller.clone();
    let preview = db::transaction(&state.pool, move |conn| {
        own_import(conn, &who.actor, id)?;
        if_match.claim(conn, Versioned::Import, id)?;
        if !import::start(conn, id)? {
            return Err(ApiError::Conflict(Text::new(
                "Chỉ ghi được tệp đã kiểm tra và không còn lỗi, một lần",
                "Only a checked import without problems can be written, once",
            )));
        }
        Ok(views::imports::preview(import::find(conn, id)?)?)
    })
    .await?;
    let pool = state.pool.clone();
    actix_web::rt::spawn(async move {
        let outcome = web::block(move || write_all(&pool, id, &caller)).await;
        if let Ok(Err(error)) | Err(error) = outcome.map_err(|e| ApiError::Internal(e.to_string()))
        {
            tracing::warn!(%error, import = id, "import failed");
        }
    });
    Ok(HttpResponse::Accepted().json(preview))
}

fn write_all(pool: &PgPool, id: i64, caller: &Authenticated) -> Result<(), ApiError> {
    let mut progress = pool.get().map_err(|_| ApiError::Unavailable)?;
    let mut conn = pool.get().map_err(|_| ApiError::Unavailable)?;
    let result = conn.transaction(|conn| write_rows(conn, &mut progress, id, caller));
    match result {
        Ok(written) => {
            import::finish(&mut progress, id, ImportStatus::Done, written, "")?;
            Ok(())
        }
        Err(error) => {
            import::finish(
                &mut progress,
                id,
                ImportStatus::Failed,
                0,
                &error.to_string(),
            )?;
            Err(error)
        }
    }
}

fn write_rows(
    conn: &mut PgConnection,
    progress: &mut PgConnection,
    id: i64,
    caller: &Authenticated,
) -> Result<i32, ApiError> {
    let record = import::find(conn, id)?;
    let rows: Vec<ImportRow> =
        serde_json::from_value(record.rows).map_err(|e| ApiError::Internal(e.to_string()))?;
    let ward = UnitId(record.unit_id);
    let villages = unit::children(conn, ward)?;
    let mut teams: BTreeMap<(i64, String), i64> = BTreeMap::new();
    let mut written = 0;
    for row in &rows {
        let village = villages
            .iter()
            .find(|v| search_key(&v.name) == search_key(&row.village))
            .ok_or_else(|| ApiError::Internal(format!("line {}: village vanished", row.line)))?;
        let key = (village.id, search_key(&row.team));
        let team_id = match teams.get(&key) {
            Some(id) => *id,
            None => {
                let found = team::list(conn, Some(&[UnitId(village.id)]))?
                    .into_iter()
                    .find(|t| search_key(&t.name) == key.1);
                let id = match found {
                    Some(t) => t.id,
                    None => team::insert(conn, UnitId(village.id), &row.team, None)?.id,
                };
                teams.insert(key, id);
                id
            }
        };
        let sex = row
            .sex
            .ok_or_else(|| ApiError::Internal(format!("line {}: no sex", row.line)))?;
        let saved = mediator::insert(
            conn,
            &NewMediatorRow {
                team_id: Some(team_id),
                full_name: row.full_name.clone(),
                search_key: search_key(&row.full_name),
                sex: sex.as_str().to_owned(),
                birth_year: row.birth_year.unwrap_or_default(),
                ethnicity: row.ethnicity.clone(),
                education: row.education.clone(),
                occupation: row.occupation.clone(),
                phone: row.phone.clone(),
                is_leader: false,
            },
        )?;
        if row.leader {
            mediator::set_leader(conn, TeamId(team_id), MediatorId(saved.id))?;
        }
        written += 1;
        if written % PROGRESS_EVERY == 0 {
            import::progress(progress, id, i32::try_from(written).unwrap_or(i32::MAX))?;
        }
    }
    audit::record(
        conn,
        &caller.audit(Change {
            action: action::CREATE,
            entity: "import",
            entity_id: id.to_string(),
            unit_id: Some(ward),
            details: json!({ "mediators": written, "teams": teams.len() }),
        }),
    )?;
    Ok(i32::try_from(written).unwrap_or(i32::MAX))
}
