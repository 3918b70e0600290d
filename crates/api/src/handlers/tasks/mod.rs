//! A task's page, progress reports with evidence, and due lists.

pub mod create_task_update;
pub mod delete_task;
pub mod download_evidence;
pub mod get_task;
pub mod list_due_tasks;
pub mod record_event;
pub mod update_task;
