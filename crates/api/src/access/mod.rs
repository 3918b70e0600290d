//! Who may read which record, in one place. Each `readable_*` loader finds
//! a record, places its unit for the caller and asks `hgcs_domain::policy`
//! whether the caller may read it. A record the caller may not read
//! answers 404, whatever its type, so an id is never confirmed to someone
//! outside its scope. What the caller may then do with it (manage, decide,
//! see personal data) is again a question for the policy, asked by the
//! handler with the `Reach` the loader returns.

mod budget;
mod cases;
mod courses;
mod dashboard;
mod duties;
mod imports;
mod library;
mod materials;
mod pilots;
mod plans;
mod questions;
mod reports;
mod search;
mod supervisions;
mod teams;
mod units;

pub use budget::{
    check_fits, check_line_task, kept_line, kept_spending, readable_budget, readable_line,
    readable_voucher,
};
pub use cases::{audit_personal_read, readable_case, readable_case_record};
pub use courses::{ReadableCourse, attendance_taken, listed_courses, readable_course};
pub use dashboard::readable_dashboard;
pub use duties::owed_reports;
pub use imports::own_import;
pub use library::{checked_item, draft_units, managed_items, readable_item};
pub use materials::{RunReader, listed_runs, readable_run};
pub use pilots::readable_pilot;
pub use plans::{checked_task, duplicate_code, readable_plan, readable_task};
pub use questions::{question_units, questions_root, readable_question};
pub use reports::{ReadableReport, readable_report, report_unit};
pub use search::{SearchScope, search_scope};
pub use supervisions::{readable_supervision, supervised_unit, supported_unit};
pub use teams::{readable_mediator, readable_team};
pub use units::{readable_organisation, referenced_unit, visible_units};

use std::collections::{HashMap, HashSet};

use hgcs_db::PgConnection;
use hgcs_db::models::unit;
use hgcs_domain::policy::{Actor, Reach};
use hgcs_domain::{UnitId, UnitLevel};

use crate::error::ApiError;

/// Where `unit_id` stands for the caller.
pub fn reach(conn: &mut PgConnection, actor: &Actor, unit_id: UnitId) -> Result<Reach, ApiError> {
    Ok(unit::reach(conn, actor, unit_id)?)
}

/// The ids of `records` (id, unit) whose unit `allowed` lets the caller
/// change, asking once per unit: a list's records mostly share a few.
fn managed_by_unit(
    conn: &mut PgConnection,
    actor: &Actor,
    records: impl IntoIterator<Item = (i64, i64)>,
    allowed: impl Fn(&Actor, Reach, UnitLevel) -> bool,
) -> Result<HashSet<i64>, ApiError> {
    let mut by_unit: HashMap<i64, bool> = HashMap::new();
    let mut managed = HashSet::new();
    for (id, unit_id) in records {
        let yes = match by_unit.get(&unit_id) {
            Some(known) => *known,
            None => {
                let unit = UnitId(unit_id);
                let level = unit::level_of(conn, unit)?;
                let yes = allowed(actor, reach(conn, actor, unit)?, level);
                by_unit.insert(unit_id, yes);
                yes
            }
        };
        if yes {
            managed.insert(id);
        }
    }
    Ok(managed)
}

/// The answer to a read the policy refused: the same as for a missing id.
fn unless(allowed: bool) -> Result<(), ApiError> {
    if allowed {
        Ok(())
    } else {
        Err(ApiError::NotFound)
    }
}
