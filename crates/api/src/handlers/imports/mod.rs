//! Importing a ward's register of teams and mediators: upload, a preview with every problem, then one all-or-nothing write whose progress the client follows.

pub mod commit_import;
pub mod create_import;
pub mod get_import;
