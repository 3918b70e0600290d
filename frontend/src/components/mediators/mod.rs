mod mediator_details;
mod mediator_event_form;
mod mediator_history;

pub use mediator_details::MediatorDetails;
pub use mediator_event_form::MediatorEventForm;
pub use mediator_history::MediatorHistory;
