mod due_groups;
mod due_panel;

pub use due_panel::DuePanel;
