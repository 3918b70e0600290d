//! Questions on difficult cases.

string_enum! {
    pub enum QuestionStatus {
        Open => "open",
        Closed => "closed",
    }
}
