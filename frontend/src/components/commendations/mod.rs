mod commendation_table;
mod decision_form;
mod nomination_form;

pub use commendation_table::CommendationTable;
pub use decision_form::DecisionForm;
pub use nomination_form::NominationForm;
