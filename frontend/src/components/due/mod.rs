mod digest_card;
mod due_groups;
mod due_panel;
mod due_reports;
mod email_form;

pub use digest_card::DigestCard;
pub use due_panel::DuePanel;
pub use email_form::EmailForm;
