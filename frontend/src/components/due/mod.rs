mod due_groups;
mod due_panel;
mod due_reports;

pub use due_panel::DuePanel;
