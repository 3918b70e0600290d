//! Typed identifiers, so a unit id can never be passed where a user id is
//! expected.

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

id_type!(
    /// An administrative unit (province, district, commune/ward, village).
    UnitId
);
id_type!(
    /// An organisation such as the city Justice Office or a ward committee.
    OrganisationId
);
id_type!(
    /// A person who signs in.
    UserId
);
id_type!(
    /// A machine client (e.g. the provincial Justice Department's system).
    ApiClientId
);
id_type!(
    /// A unit's report for a period (báo cáo).
    ReportId
);
id_type!(
    /// A plan (kế hoạch) of a city or a ward.
    PlanId
);
id_type!(
    /// A task of a plan.
    TaskId
);
id_type!(
    /// A progress update on a task.
    TaskUpdateId
);
id_type!(
    /// An evidence file attached to a progress update.
    EvidenceId
);
id_type!(
    /// A pilot model (mô hình chỉ đạo điểm).
    PilotId
);
id_type!(
    /// A national programme (đề án) that plans implement.
    ProgrammeId
);
id_type!(
    /// A commendation nomination.
    CommendationId
);
id_type!(
    /// A mediation team (tổ hòa giải).
    TeamId
);
id_type!(
    /// A mediator (hòa giải viên).
    MediatorId
);
id_type!(
    /// A mediation case (vụ việc).
    CaseId
);
id_type!(
    /// A training course (lớp tập huấn) for mediators.
    CourseId
);
id_type!(
    /// A session of a training course.
    SessionId
);
id_type!(
    /// A print run of a material set (bộ tài liệu).
    MaterialRunId
);
id_type!(
    /// Copies of a print run handed to a ward or team.
    DeliveryId
);
id_type!(
    /// A document of the legal library (thư viện pháp luật).
    LibraryItemId
);
id_type!(
    /// A supervision (giám sát) by the Fatherland Front or a member
    /// organisation.
    SupervisionId
);
id_type!(
    /// A budget line (dòng kinh phí) of a plan, for the plan or one task.
    BudgetLineId
);
id_type!(
    /// Money spent from a budget line.
    SpendingId
);
