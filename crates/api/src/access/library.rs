use std::collections::HashSet;

use hgcs_db::PgConnection;
use hgcs_db::models::library::{self, ItemRow};
use hgcs_db::models::unit;
use hgcs_domain::api::library::{LibraryItemInput, LibraryState};
use hgcs_domain::mediation::QuestionStatus;
use hgcs_domain::policy::{self, Actor};
use hgcs_domain::validation::{Checker, Rule};
use hgcs_domain::{LibraryItemId, Role, UnitId};

use super::{managed_by_unit, readable_question, readable_task, unless};
use crate::error::ApiError;

/// The ids of `rows` the caller may edit, publish and withdraw.
pub fn managed_items(
    conn: &mut PgConnection,
    actor: &Actor,
    rows: &[ItemRow],
) -> Result<HashSet<i64>, ApiError> {
    managed_by_unit(
        conn,
        actor,
        rows.iter().map(|r| (r.id, r.unit_id)),
        policy::can_publish_library,
    )
}

/// The units whose unpublished items the caller sees: the publisher's own
/// subtree, none for a reader; `None` for all (the administrator).
pub fn draft_units(
    conn: &mut PgConnection,
    actor: &Actor,
) -> Result<Option<Vec<UnitId>>, ApiError> {
    if actor.is_admin() {
        return Ok(None);
    }
    if !matches!(actor.role, Role::CityJustice | Role::CityDepartment) {
        return Ok(Some(Vec::new()));
    }
    Ok(Some(unit::held_units(conn, actor.unit_id)?))
}

/// The item and whether the caller manages it: a published item reads
/// for everyone signed in, a draft or withdrawn one only for those who
/// may publish it; 404 otherwise.
pub fn readable_item(
    conn: &mut PgConnection,
    actor: &Actor,
    id: LibraryItemId,
) -> Result<(ItemRow, bool), ApiError> {
    let row = library::find(conn, id)?;
    let manage = managed_items(conn, actor, std::slice::from_ref(&row))?.contains(&row.id);
    unless(manage || row.state()? == LibraryState::Published)?;
    Ok((row, manage))
}

/// The item as typed, cleaned and checked, with the task and question it
/// names readable by the caller (a question only once answered and
/// closed); 422 naming every field at fault.
pub fn checked_item(
    conn: &mut PgConnection,
    actor: &Actor,
    input: &LibraryItemInput,
) -> Result<LibraryItemInput, ApiError> {
    let mut check = Checker::new();
    let item = input.check(&mut check);
    if let Some(task) = input.task_id {
        let known = readable_task(conn, actor, task).is_ok();
        check.unless(known, "task_id", Rule::UnknownReference);
    }
    if let Some(id) = input.question_id {
        match readable_question(conn, actor, id) {
            Ok((row, _)) => check.unless(
                row.status == QuestionStatus::Closed.as_str(),
                "question_id",
                Rule::QuestionNotClosed,
            ),
            Err(_) => check.add("question_id", Rule::UnknownReference),
        }
    }
    check.finish()?;
    Ok(item)
}
