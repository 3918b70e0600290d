mod supervision_facts;
mod supervision_filters;
mod supervision_form;
mod supervision_table;
mod support_form;
mod support_table;

pub use supervision_facts::SupervisionFacts;
pub use supervision_filters::SupervisionFilters;
pub use supervision_form::{Supervised, SupervisionForm};
pub use supervision_table::{SupervisionTable, supervised_name};
pub use support_form::SupportForm;
pub use support_table::SupportTable;
