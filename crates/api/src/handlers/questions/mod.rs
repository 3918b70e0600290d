//! Questions on difficult cases (task II.3.b): a ward asks with anonymised facts and attachments, the Justice Office or a legal partner answers, and the closed thread stays searchable as guidance.

pub mod answer_question;
pub mod ask_question;
pub mod attach_files;
pub mod close_question;
pub mod download_question_file;
pub mod get_question;
pub mod list_questions;
