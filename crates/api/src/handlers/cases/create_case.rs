use actix_web::{HttpResponse, post, web};
use chrono::Datelike;
use hgcs_db::PgConnection;
use hgcs_db::models::case::{self, NewCaseRow};
use hgcs_db::models::{audit, notification, team, unit};
use hgcs_db::views;
use hgcs_domain::api::mediation::{Case, CaseInput};
use hgcs_domain::mediation::{CaseAction, CaseState};
use hgcs_domain::policy;
use hgcs_domain::time::today;
use hgcs_domain::{CaseId, TeamId, UnitId, UnitLevel};
use serde_json::json;

use crate::access::readable_team;
use crate::audit::{Change, action};
use crate::auth::CurrentUser;
use crate::db;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::responses::{IdempotencyKey, WriteErrors};
use crate::state::AppState;

/// Records a case received by a team. A matter outside grassroots
/// mediation is refused with the reason and where to refer it. Flags for a
/// risk of violence or signs of an offence notify the ward's officials.
#[utoipa::path(
    tag = "mediation",
    params(IdempotencyKey),
    request_body = CaseInput,
    responses((status = 201, description = "Recorded", body = Case), WriteErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/cases")]
pub async fn create_case(
    caller: CurrentUser,
    state: web::Data<AppState>,
    body: JsonBody<CaseInput>,
) -> Result<HttpResponse, ApiError> {
    let input = body.into_inner();
    let user = caller.id;
    let created = db::transaction(&state.pool, move |conn| {
        let (team_row, reach) = readable_team(conn, &caller.actor, input.team_id)?;
        if !policy::can_manage_case(&caller.actor, reach) {
            return Err(ApiError::Forbidden);
        }
        let input = input.validate(today())?;
        team::lock(conn, TeamId(team_row.id))?;
        let year = input.received_on.year();
        let entry_no = case::next_entry_no(conn, TeamId(team_row.id), year)?;
        let row = case::insert(
            conn,
            &NewCaseRow {
                unit_id: team_row.unit_id,
                team_id: team_row.id,
                entry_year: year,
                entry_no,
                received_on: input.received_on,
                start_kind: input.start.as_str().to_owned(),
                proposed_by: input.proposed_by.clone(),
                kind: input.kind.as_str().to_owned(),
                summary: input.summary.clone(),
                invited: serde_json::to_value(&input.invited).unwrap_or_default(),
                public_session: input.public_session,
                risk_of_violence: input.risk_of_violence,
                signs_of_offence: input.signs_of_offence,
                created_by: user.0,
            },
        )?;
        case::insert_parties(conn, CaseId(row.id), &input.parties)?;
        case::record_event(
            conn,
            CaseId(row.id),
            CaseAction::Receive.as_str(),
            CaseState::Received,
            row.received_on,
            "",
            user.0,
        )?;
        notify_flags(conn, &row)?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::CREATE,
                entity: "case",
                entity_id: row.id.to_string(),
                unit_id: Some(UnitId(row.unit_id)),
                details: json!({ "team_id": row.team_id, "kind": row.kind, "entry_no": row.entry_no }),
            }),
        )?;
        let view = views::cases::CaseView {
            // The case is the team's: it stands where the team does.
            personal: policy::can_see_personal_data(&caller.actor, reach),
            history: true,
            manage: true,
        };
        Ok(views::cases::case(conn, row, view)?)
    })
    .await?;
    Ok(HttpResponse::Created().json(created))
}

/// Tells the ward (the commune the team's unit belongs to) about a flagged case.
fn notify_flags(conn: &mut PgConnection, row: &case::CaseRow) -> Result<(), ApiError> {
    if !row.risk_of_violence && !row.signs_of_offence {
        return Ok(());
    }
    let mut ward = UnitId(row.unit_id);
    for id in unit::path(conn, UnitId(row.unit_id))? {
        if unit::find(conn, id)?.level()? == UnitLevel::Commune {
            ward = id;
            break;
        }
    }
    let mut flags = Vec::new();
    if row.risk_of_violence {
        flags.push("có nguy cơ bạo lực");
    }
    if row.signs_of_offence {
        flags.push("có dấu hiệu tội phạm");
    }
    let message = format!(
        "Vụ việc số {} {}: cần báo cáo, xử lý kịp thời",
        row.entry_no,
        flags.join(", ")
    );
    notification::insert(conn, ward, "case_flagged", Some(row.id), &message)?;
    Ok(())
}
