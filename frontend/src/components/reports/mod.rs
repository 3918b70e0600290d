//! The pieces of the report pages: the year and period selects, the
//! overview of a period, the
//! indicator table (with estimates while the report is open), the review
//! form and the list of submissions.

mod lines_table;
mod overview_table;
mod period_fields;
mod review_form;
mod submissions;
mod tasks_table;

pub use lines_table::{Drill, Estimates, LinesTable};
pub use overview_table::OverviewTable;
pub use period_fields::{PeriodChoice, PeriodFields};
pub use review_form::ReviewForm;
pub use submissions::SubmissionList;
pub use tasks_table::TasksTable;
