use hgcs_db::views;
use std::collections::BTreeMap;

use actix_multipart::Multipart;
use actix_web::{HttpResponse, post, web};
use hgcs_db::PgConnection;
use hgcs_db::models::{import, mediator, team, unit};
use hgcs_domain::api::imports::{ImportPreview, ImportProblem, ImportRow};
use hgcs_domain::mediation::{is_minority, team_shortfalls};
use hgcs_domain::policy::{self, Reach};
use hgcs_domain::text::search_key;
use hgcs_domain::{Lang, UnitId};

use crate::auth::CurrentUser;
use crate::db;
use crate::error::ApiError;

use crate::register_sheet::{self, problem};
use crate::responses::{IdempotencyKey, WriteErrors};
use crate::sheet_upload;
use crate::state::AppState;
use crate::upload_form::FileForm;

/// Uploads a register (part `file`, .xlsx or .csv). Nothing is written to
/// the registry yet: the answer lists every row and every problem, by line.
#[utoipa::path(
    tag = "mediation",
    params(IdempotencyKey),
    request_body(content = FileForm, content_type = "multipart/form-data"),
    responses((status = 201, description = "Checked", body = ImportPreview), WriteErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/imports")]
pub async fn create_import(
    caller: CurrentUser,
    state: web::Data<AppState>,
    form: Multipart,
) -> Result<HttpResponse, ApiError> {
    if !policy::can_manage_team(&caller.actor, Reach::Within) {
        return Err(ApiError::Forbidden);
    }
    let user = caller.id;
    let (file_name, table) =
        sheet_upload::read_sheet(form, state.files.max_bytes(), "register").await?;
    let (rows, problems) = register_sheet::parse(&table);
    let created = db::transaction(&state.pool, move |conn| {
        let mut problems = problems;
        problems.extend(check_against_registry(conn, caller.actor.unit_id, &rows)?);
        let total = i32::try_from(rows.len()).unwrap_or(i32::MAX);
        let stored = import::insert(
            conn,
            caller.actor.unit_id,
            &file_name,
            &serde_json::to_value(&rows).unwrap_or_default(),
            &serde_json::to_value(&problems).unwrap_or_default(),
            total,
            user.0,
        )?;
        Ok(views::imports::preview(stored)?)
    })
    .await?;
    Ok(HttpResponse::Created().json(created))
}

/// Villages must exist in the ward; each team, with the members it already
/// has, must meet the law's rules and have at most one leader.
fn check_against_registry(
    conn: &mut PgConnection,
    ward: UnitId,
    rows: &[ImportRow],
) -> Result<Vec<ImportProblem>, ApiError> {
    let villages: Vec<_> = unit::children(conn, ward)?;
    let mut problems = Vec::new();
    let mut teams: BTreeMap<(i64, String), Vec<&ImportRow>> = BTreeMap::new();
    for row in rows {
        match villages
            .iter()
            .find(|v| search_key(&v.name) == search_key(&row.village))
        {
            Some(village) => teams
                .entry((village.id, row.team.clone()))
                .or_default()
                .push(row),
            None if !row.village.is_empty() => problems.push(problem(
                row.line,
                "village",
                &format!("Phường, xã không có thôn/tổ dân phố «{}»", row.village),
            )),
            None => {}
        }
    }
    for ((village, name), members) in teams {
        let existing = team::list(conn, Some(&[UnitId(village)]))?
            .into_iter()
            .find(|t| search_key(&t.name) == search_key(&name));
        let mut composition = Vec::new();
        if let Some(found) = &existing {
            for m in mediator::for_teams(conn, &[found.id])?
                .into_iter()
                .filter(|m| m.active())
            {
                composition.push((m.sex()?, is_minority(&m.ethnicity)));
            }
        }
        composition.extend(
            members
                .iter()
                .filter_map(|m| m.sex.map(|sex| (sex, is_minority(&m.ethnicity)))),
        );
        for rule in team_shortfalls(&composition, unit::in_minority_area(conn, UnitId(village))?) {
            problems.push(problem(
                0,
                "team",
                &format!("Tổ «{name}»: {}", rule.message(Lang::Vi)),
            ));
        }
        if members.iter().filter(|m| m.leader).count() > 1 {
            problems.push(problem(
                0,
                "leader",
                &format!("Tổ «{name}» có hơn một tổ trưởng"),
            ));
        }
    }
    Ok(problems)
}
