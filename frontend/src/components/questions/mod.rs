mod answer_form;
mod answer_list;
mod attach_form;
mod close_button;
mod question_filters;
mod question_form;
mod question_header;
mod question_table;

pub use answer_form::AnswerForm;
pub use answer_list::AnswerList;
pub use attach_form::AttachForm;
pub use close_button::CloseButton;
pub use question_filters::QuestionFilters;
pub use question_form::QuestionForm;
pub use question_header::QuestionHeader;
pub use question_table::QuestionTable;
