use actix_web::{post, web};
use hgcs_db::models::{audit, course, mediator, team, unit};
use hgcs_db::views;
use hgcs_domain::api::trainings::{InvitationInput, Invitee};
use hgcs_domain::validation::{Checker, Rule};
use hgcs_domain::{CourseId, UnitId};
use serde_json::json;

use crate::access;
use crate::audit::{Change, action};
use crate::auth::CurrentUser;
use crate::db;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::responses::WriteErrors;
use crate::state::AppState;

/// Invites serving mediators of the course's units (by id; the register
/// of mediators finds them by ward, team or name). An invitation already
/// made stays as it was. Answers everyone invited.
#[utoipa::path(
    tag = "trainings",
    params(("id" = i64, Path, description = "Course id")),
    request_body = InvitationInput,
    responses((status = 200, description = "Everyone the course invited", body = [Invitee]), WriteErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/courses/{id}/invitations")]
pub async fn invite_mediators(
    caller: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<CourseId>,
    body: JsonBody<InvitationInput>,
) -> Result<web::Json<Vec<Invitee>>, ApiError> {
    let id = id.into_inner();
    let input = body.into_inner();
    let invitees = db::transaction(&state.pool, move |conn| {
        let found = access::readable_course(conn, &caller.actor, id)?;
        if !found.manages {
            return Err(ApiError::Forbidden);
        }
        let mut check = Checker::new();
        let input = input.check(&mut check);
        check.finish()?;
        let ids: Vec<i64> = input.mediator_ids.iter().map(|m| m.0).collect();
        let mediators = mediator::many(conn, &ids)?;
        let team_ids: Vec<i64> = mediators.iter().filter_map(|m| m.team_id).collect();
        let teams = team::many(conn, &team_ids)?;
        let tree = unit::held_units(conn, UnitId(found.row.unit_id))?;
        let mut check = Checker::new();
        for (i, wanted) in input.mediator_ids.iter().enumerate() {
            let field = format!("mediator_ids[{i}]");
            let Some(row) = mediators.iter().find(|m| m.id == wanted.0) else {
                check.add(&field, Rule::UnknownReference);
                continue;
            };
            let unit = row
                .team_id
                .and_then(|t| teams.iter().find(|team| team.id == t))
                .map(|team| UnitId(team.unit_id));
            check.unless(
                unit.is_some_and(|u| tree.contains(&u)),
                &field,
                Rule::OutsideCourse,
            );
            check.unless(row.active(), &field, Rule::MediatorLeft);
        }
        check.finish()?;
        let already = course::invited_among(conn, id, &ids)?;
        let added = ids.iter().filter(|m| !already.contains(m)).count();
        if let Some(capacity) = found.row.capacity {
            let invited = course::invitees(conn, id)?.len();
            let room = usize::try_from(capacity)
                .unwrap_or(0)
                .saturating_sub(invited);
            if added > room {
                return Err(ApiError::invalid(
                    "mediator_ids",
                    Rule::TooManyItems { max: room },
                ));
            }
        }
        course::invite(conn, id, &ids, caller.id)?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::UPDATE,
                entity: "course",
                entity_id: id.to_string(),
                unit_id: Some(UnitId(found.row.unit_id)),
                details: json!({ "invited": added }),
            }),
        )?;
        Ok(views::courses::invitees(conn, &found.row)?)
    })
    .await?;
    Ok(web::Json(invitees))
}
