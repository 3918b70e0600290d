//! Mediation cases: intake with the scope check, the workflow, lists, the success record and the follow-up of its execution.

pub mod count_cases;
pub mod create_case;
pub mod get_case;
pub mod list_cases;
pub mod record;
pub mod step_case;
