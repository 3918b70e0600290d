use crate::access::{audit_personal_read, readable_case};
use actix_web::{HttpResponse, get, post, put, web};
use hgcs_db::models::version::Versioned;
use hgcs_db::models::{audit, case};
use hgcs_db::views;
use hgcs_domain::api::mediation::Case;
use hgcs_domain::api::success_records::{ExecutionInput, SuccessRecord};
use hgcs_domain::mediation::{CaseAction, CaseState};
use hgcs_domain::policy;
use hgcs_domain::recorded::check_step_day;
use hgcs_domain::text::clean;
use hgcs_domain::time::today;
use hgcs_domain::validation::Checker;
use hgcs_domain::{CaseId, UnitId};
use serde_json::json;

use crate::audit::{Change, action};
use crate::auth::CurrentUser;
use crate::db;
use crate::documents;
use crate::documents::DOCX_CONTENT_TYPE;
use crate::documents::success_record::success_record_docx;
use crate::error::{ApiError, Text};
use crate::json_body::JsonBody;
use crate::preconditions::{IfMatch, etag};
use crate::responses::{
    IdempotencyKey, IfMatchOptional, IfMatchRequired, ReadErrors, StaleErrors, VersionErrors,
    WriteErrors,
};
use crate::state::AppState;

fn only_successful() -> ApiError {
    ApiError::Conflict(Text::new(
        "Chỉ vụ việc hòa giải thành mới có biên bản và theo dõi thực hiện",
        "Only a successful case has a record and a follow-up",
    ))
}

/// Writes the case's success record (its eight parts). Needs the case's
/// `ETag` (its `version`) in `If-Match`.
#[utoipa::path(
    tag = "mediation",
    params(("id" = i64, Path, description = "Case id"), IfMatchRequired),
    request_body = SuccessRecord,
    responses(
        (status = 200, description = "Saved", body = SuccessRecord,
            headers(("ETag" = String, description = "The case's new version"))),
        WriteErrors,
        VersionErrors
    ),
    security(("bearer" = []), ("cookie" = []))
)]
#[put("/cases/{id}/record")]
pub async fn put_record(
    caller: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<CaseId>,
    if_match: IfMatch,
    body: JsonBody<SuccessRecord>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let typed = body.into_inner();
    let record = SuccessRecord {
        basis: clean(&typed.basis),
        parties: clean(&typed.parties),
        content: clean(&typed.content),
        process: clean(&typed.process),
        agreement: clean(&typed.agreement),
        rights_duties: clean(&typed.rights_duties),
        method_deadline: clean(&typed.method_deadline),
        signatures: clean(&typed.signatures),
    };
    let saved = db::transaction(&state.pool, move |conn| {
        let (row, reach) = readable_case(conn, &caller.actor, id)?;
        if !policy::can_manage_case(&caller.actor, reach) {
            return Err(ApiError::Forbidden);
        }
        if row.state()? != CaseState::Successful {
            return Err(only_successful());
        }
        if_match.required()?.claim(conn, Versioned::Case, id.0)?;
        let value = serde_json::to_value(&record).map_err(|e| ApiError::Internal(e.to_string()))?;
        case::set_success_record(conn, id, &value)?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::UPDATE,
                entity: "case",
                entity_id: id.to_string(),
                unit_id: Some(UnitId(row.unit_id)),
                details: json!({ "success_record": true }),
            }),
        )?;
        let version = hgcs_db::models::version::current(conn, Versioned::Case, id.0)?;
        Ok((record, version))
    })
    .await?;
    let (saved, version) = saved;
    Ok(HttpResponse::Ok().insert_header(etag(version)).json(saved))
}

/// The saved success record, to read or edit. Personal data: audited.
#[utoipa::path(
    tag = "mediation",
    params(("id" = i64, Path, description = "Case id")),
    responses(
        (status = 200, description = "The record", body = SuccessRecord,
            headers(("ETag" = String, description = "The case's version, for `If-Match`"))),
        ReadErrors
    ),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/cases/{id}/record")]
pub async fn get_record(
    caller: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<CaseId>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let (record, version) = db::transaction(&state.pool, move |conn| {
        let (row, reach) = readable_case(conn, &caller.actor, id)?;
        if !policy::can_see_personal_data(&caller.actor, reach) {
            return Err(ApiError::Forbidden);
        }
        let value = row.success_record.clone().ok_or(ApiError::NotFound)?;
        audit_personal_read(conn, &caller, &[(row.id, row.unit_id)], "success_record")?;
        let record: SuccessRecord =
            serde_json::from_value(value).map_err(|e| ApiError::Internal(e.to_string()))?;
        Ok((record, row.version))
    })
    .await?;
    Ok(HttpResponse::Ok().insert_header(etag(version)).json(record))
}

/// The success record as a Word document in the administrative format.
#[utoipa::path(
    tag = "mediation",
    params(("id" = i64, Path, description = "Case id")),
    responses(
        (status = 200, description = "The record (DOCX)", content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ReadErrors
    ),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/cases/{id}/record.docx")]
pub async fn record_docx(
    caller: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<CaseId>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let (bytes, entry_no) = db::transaction(&state.pool, move |conn| {
        let (row, reach) = readable_case(conn, &caller.actor, id)?;
        if !policy::can_see_personal_data(&caller.actor, reach) {
            return Err(ApiError::Forbidden);
        }
        let value = row.success_record.clone().ok_or(ApiError::NotFound)?;
        let record: SuccessRecord =
            serde_json::from_value(value).map_err(|e| ApiError::Internal(e.to_string()))?;
        audit_personal_read(conn, &caller, &[(row.id, row.unit_id)], "success_record")?;
        Ok((success_record_docx(conn, &row, &record)?, row.entry_no))
    })
    .await?;
    Ok(documents::attachment(
        DOCX_CONTENT_TYPE,
        &format!("bien-ban-hoa-giai-thanh-{entry_no}.docx"),
        bytes,
    ))
}

/// Follow-up of a successful case: whether the agreement is carried out.
#[utoipa::path(
    tag = "mediation",
    params(("id" = i64, Path, description = "Case id"), IfMatchOptional, IdempotencyKey),
    request_body = ExecutionInput,
    responses((status = 200, description = "Recorded", body = Case), WriteErrors, StaleErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/cases/{id}/execution")]
pub async fn record_execution(
    caller: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<CaseId>,
    if_match: IfMatch,
    body: JsonBody<ExecutionInput>,
) -> Result<web::Json<Case>, ApiError> {
    let id = id.into_inner();
    let input = body.into_inner();
    let user = caller.id;
    let updated = db::transaction(&state.pool, move |conn| {
        let (row, reach) = readable_case(conn, &caller.actor, id)?;
        if !policy::can_manage_case(&caller.actor, reach) {
            return Err(ApiError::Forbidden);
        }
        if row.state()? != CaseState::Successful {
            return Err(only_successful());
        }
        if_match.claim(conn, Versioned::Case, id.0)?;
        let mut check = Checker::new();
        let previous = case::last_step_on(conn, id)?.unwrap_or(row.received_on);
        check_step_day(&mut check, "on", input.on, previous, today());
        check.finish()?;
        case::set_execution(conn, id, input.execution.as_str())?;
        let note = match clean(&input.note) {
            note if note.is_empty() => input.execution.label(hgcs_domain::Lang::Vi).to_owned(),
            note => format!("{}: {note}", input.execution.label(hgcs_domain::Lang::Vi)),
        };
        case::record_event(
            conn,
            id,
            CaseAction::FollowUp.as_str(),
            CaseState::Successful,
            input.on,
            &note,
            user.0,
        )?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::UPDATE,
                entity: "case",
                entity_id: id.to_string(),
                unit_id: Some(UnitId(row.unit_id)),
                details: json!({ "execution": input.execution, "on": input.on }),
            }),
        )?;
        let view = views::cases::CaseView {
            personal: policy::can_see_personal_data(&caller.actor, reach),
            history: true,
            manage: true,
        };
        let row = case::find(conn, id)?;
        Ok(views::cases::case(conn, row, view)?)
    })
    .await?;
    Ok(web::Json(updated))
}
