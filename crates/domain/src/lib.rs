//! The HGCS domain: what grassroots mediation work is made of and the rules
//! that govern it, free of storage and transport so the server and the
//! browser app apply exactly the same rules.

#[macro_use]
mod macros;

pub mod api;
pub mod budget;
pub mod digest;
pub mod error_code;
pub mod ids;
pub mod lang;
pub mod mediation;
pub mod plan;
pub mod policy;
pub mod recorded;
pub mod reports;
pub mod role;
pub mod schedule;
pub mod search;
pub mod supervision;
pub mod text;
pub mod time;
pub mod trainings;
pub mod unit;
pub mod validation;

pub use error_code::ErrorCode;
pub use ids::{
    ApiClientId, BudgetLineId, CaseId, CommendationId, CourseId, DeliveryId, EvidenceId,
    LibraryItemId, MaterialRunId, MediatorId, OrganisationId, PilotId, PlanId, ProgrammeId,
    ReportId, SessionId, SpendingId, SupervisionId, TaskId, TaskUpdateId, TeamId, UnitId, UserId,
};
pub use lang::Lang;
pub use role::Role;
pub use unit::{OrganisationKind, UnitLevel};
