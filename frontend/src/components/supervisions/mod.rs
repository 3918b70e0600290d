mod supervision_facts;
mod supervision_filters;
mod supervision_form;
mod supervision_table;

pub use supervision_facts::SupervisionFacts;
pub use supervision_filters::SupervisionFilters;
pub use supervision_form::{Supervised, SupervisionForm};
pub use supervision_table::{SupervisionTable, supervised_name};
