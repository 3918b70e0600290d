//! Nominations for commendation (tasks II.4, II.5) and the city's decisions.

pub mod create_commendation;
pub mod decide_commendation;
pub mod list_commendations;
