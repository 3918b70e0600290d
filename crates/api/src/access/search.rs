use hgcs_db::PgConnection;
use hgcs_db::models::unit;
use hgcs_domain::UnitId;
use hgcs_domain::policy::Actor;

use super::{draft_units, question_units};
use crate::error::ApiError;

/// Where a search looks for the caller: the same records the lists show.
pub struct SearchScope {
    /// Units whose unpublished library items the caller sees (`None`:
    /// all); published ones are seen by all.
    pub drafts: Option<Vec<UnitId>>,
    /// Units whose questions the caller reads.
    pub questions: Vec<UnitId>,
    /// Units whose courses the caller reads, and the units a course may
    /// be meant for to be read by the caller.
    pub courses: (Vec<UnitId>, Vec<UnitId>),
}

pub fn search_scope(conn: &mut PgConnection, actor: &Actor) -> Result<SearchScope, ApiError> {
    Ok(SearchScope {
        drafts: draft_units(conn, actor)?,
        questions: question_units(conn, actor)?,
        courses: (
            unit::held_units(conn, actor.unit_id)?,
            unit::path(conn, actor.unit_id)?,
        ),
    })
}
