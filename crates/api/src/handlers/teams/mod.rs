//! Mediation teams and their mediators (docs/domain.md §4).

pub mod add_member;
pub mod create_team;
pub mod get_mediator;
pub mod get_team;
pub mod list_mediators;
pub mod list_teams;
pub mod logbook;
pub mod record_mediator_event;
