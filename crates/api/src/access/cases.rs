use hgcs_db::PgConnection;
use hgcs_db::models::audit;
use hgcs_db::models::case::{self, CaseRow};
use hgcs_db::models::case_read::{self, CaseRecord};
use hgcs_domain::policy::{self, Actor, Reach};
use hgcs_domain::{CaseId, UnitId};
use serde_json::json;

use super::{reach, unless};
use crate::audit::{Change, action};
use crate::auth::Authenticated;
use crate::error::ApiError;

/// The case and where its unit stands for the caller.
pub fn readable_case(
    conn: &mut PgConnection,
    actor: &Actor,
    id: CaseId,
) -> Result<(CaseRow, Reach), ApiError> {
    let row = case::find(conn, id)?;
    let reach = reach(conn, actor, UnitId(row.unit_id))?;
    unless(policy::can_read_case(actor, reach))?;
    Ok((row, reach))
}

/// The case with its team, mediators, parties and history (one query),
/// and where its unit stands for the caller.
pub fn readable_case_record(
    conn: &mut PgConnection,
    actor: &Actor,
    id: CaseId,
) -> Result<(CaseRecord, Reach), ApiError> {
    let record = case_read::record_of(conn, id.0)?.ok_or(ApiError::NotFound)?;
    let reach = reach(conn, actor, UnitId(record.row.unit_id))?;
    unless(policy::can_read_case(actor, reach))?;
    Ok((record, reach))
}

/// Writes one audit entry per case (id, unit) whose personal data the
/// caller reads, in the transaction of the read.
pub fn audit_personal_read(
    conn: &mut PgConnection,
    caller: &Authenticated,
    cases: &[(i64, i64)],
    purpose: &str,
) -> Result<(), ApiError> {
    for (case_id, unit_id) in cases {
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::READ_PERSONAL_DATA,
                entity: "case",
                entity_id: case_id.to_string(),
                unit_id: Some(UnitId(*unit_id)),
                details: json!({ "purpose": purpose }),
            }),
        )?;
    }
    Ok(())
}
