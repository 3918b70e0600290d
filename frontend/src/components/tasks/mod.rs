mod event_form;
mod evidence_links;
mod figure_rows;
mod remove_task;
mod task_header;
mod update_form;
mod update_list;

pub use event_form::EventForm;
pub use remove_task::RemoveTask;
pub use task_header::TaskHeader;
pub use update_form::UpdateForm;
pub use update_list::UpdateList;
