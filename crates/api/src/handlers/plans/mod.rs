//! Plans and their tasks.

pub mod copy_to_next_year;
pub mod create_plan;
pub mod create_task;
pub mod derive_ward_plan;
pub mod download_final_review;
pub mod get_final_review;
pub mod get_plan;
pub mod list_plans;
pub mod reorder_tasks;
pub mod save_final_review;
pub mod update_plan;
