use actix_web::{HttpResponse, post, web};
use diesel::prelude::*;
use hgcs_db::models::{audit, unit};
use hgcs_db::schema::units;
use hgcs_db::{DatabaseErrorKind, DbError};
use hgcs_domain::api::units::{NewVillage, Unit};
use hgcs_domain::policy;
use hgcs_domain::text::search_key;
use hgcs_domain::validation::{LevelRule, Rule};
use hgcs_domain::{UnitId, UnitLevel};
use serde_json::json;

use crate::access;
use crate::audit::{Change, action};
use crate::auth::Authenticated;
use crate::db;
use crate::error::{ApiError, Text};
use crate::json_body::JsonBody;
use crate::responses::{IdempotencyKey, WriteErrors};
use crate::state::AppState;

/// Adds a village or residential group under the caller's ward (or any
/// commune, for an administrator).
#[utoipa::path(
    tag = "units",
    params(IdempotencyKey),
    request_body = NewVillage,
    responses((status = 201, description = "Created", body = Unit), WriteErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/units")]
pub async fn create_unit(
    caller: Authenticated,
    state: web::Data<AppState>,
    body: JsonBody<NewVillage>,
) -> Result<HttpResponse, ApiError> {
    let input = body.validate()?;
    let name = input.name.clone();
    let created = db::transaction(&state.pool, move |conn| {
        let parent = access::referenced_unit(conn, input.parent_id, "parent_id")?;
        let reach = access::reach(conn, &caller.actor, input.parent_id)?;
        if !policy::can_add_village(&caller.actor, reach) {
            return Err(ApiError::Forbidden);
        }
        if parent.level()? != UnitLevel::Commune {
            return Err(ApiError::invalid(
                "parent_id",
                Rule::WrongLevel(LevelRule::VillageInCommune),
            ));
        }
        let code = input
            .code
            .clone()
            .filter(|c| !c.trim().is_empty())
            .unwrap_or_else(|| format!("{}-{}", parent.code, search_key(&name).replace(' ', "-")));
        let id: i64 = diesel::insert_into(units::table)
            .values((
                units::code.eq(&code),
                units::name.eq(&name),
                units::short_name.eq(&name),
                units::search_key.eq(search_key(&name)),
                units::level.eq(UnitLevel::Village.as_str()),
                units::kind.eq(&input.kind),
                units::parent_id.eq(parent.id),
                units::valid_from.eq(parent.valid_from),
                units::valid_to.eq(parent.valid_to),
                units::ethnic_minority_area.eq(input.ethnic_minority_area),
            ))
            .returning(units::id)
            .get_result(conn)
            .map_err(|error| match error {
                DbError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => {
                    ApiError::Conflict(Text::new(
                        format!("Mã đơn vị «{code}» đã có"),
                        format!("The code \"{code}\" is taken"),
                    ))
                }
                other => other.into(),
            })?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::CREATE,
                entity: "unit",
                entity_id: id.to_string(),
                unit_id: Some(UnitId(parent.id)),
                details: json!({ "name": name, "kind": input.kind }),
            }),
        )?;
        Ok(unit::find(conn, UnitId(id))?.into_dto()?)
    })
    .await?;
    Ok(HttpResponse::Created().json(created))
}
