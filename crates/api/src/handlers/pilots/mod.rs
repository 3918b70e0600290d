//! Pilot models of 2019–2021 (task II.4): registration, evaluation and the decision to replicate.

pub mod create_pilot;
pub mod evaluate_pilot;
pub mod list_pilots;
pub mod replicate_pilot;
