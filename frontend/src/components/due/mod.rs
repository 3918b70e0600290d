mod digest_card;
mod due_groups;
mod due_panel;
mod due_reports;

pub use digest_card::DigestCard;
pub use due_panel::DuePanel;
