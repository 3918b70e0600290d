//! Material sets (plan task II.1, docs/materials.md): print runs, copies
//! handed to wards and teams, the ward's receipt.

pub mod confirm_receipt;
pub mod create_run;
pub mod deliver;
pub mod get_run;
pub mod list_runs;
