//! Supervision (giám sát) by the Fatherland Front, and its answers.
pub mod answer_supervision;
pub mod create_supervision;
pub mod get_supervision;
pub mod list_supervisions;
