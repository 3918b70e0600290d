mod mediator_details;
mod mediator_event_form;
mod mediator_history;
mod mediator_trainings;
mod register_filters;
mod register_table;

pub use mediator_details::MediatorDetails;
pub use mediator_event_form::MediatorEventForm;
pub use mediator_history::MediatorHistory;
pub use mediator_trainings::MediatorTrainings;
pub use register_filters::RegisterFilters;
pub use register_table::RegisterTable;
