mod criteria_rows;
mod evaluation_form;
mod pilot_form;
mod pilot_table;
mod replication_form;
mod ward_checklist;

pub use evaluation_form::EvaluationForm;
pub use pilot_form::PilotForm;
pub use pilot_table::PilotTable;
pub use replication_form::ReplicationForm;
