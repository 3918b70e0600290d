//! Supervision (giám sát) of the mediation work by the Fatherland Front
//! and its member organisations (plan 42, section III.5): what they
//! looked at, what they found and recommend, and the answers; and the
//! trainers and materials the court, the procuracy and the Lawyers'
//! Association supply (section III.5).

use crate::Lang;

string_enum! {
    /// What a supervision looked at.
    pub enum SupervisionSubject {
        /// A mediation team's work.
        Team => "team",
        /// A ward's (or the city's) work on the programme.
        Unit => "unit",
        /// A task of a plan.
        Task => "task",
    }
}

string_enum! {
    /// Open until the ward or the Justice Office answers.
    pub enum SupervisionStatus {
        Open => "open",
        Answered => "answered",
    }
}

impl SupervisionSubject {
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (SupervisionSubject::Team, Lang::Vi) => "Tổ hòa giải",
            (SupervisionSubject::Team, Lang::En) => "Mediation team",
            (SupervisionSubject::Unit, Lang::Vi) => "Công tác của phường, xã",
            (SupervisionSubject::Unit, Lang::En) => "A ward's work",
            (SupervisionSubject::Task, Lang::Vi) => "Nhiệm vụ của kế hoạch",
            (SupervisionSubject::Task, Lang::En) => "A plan's task",
        }
    }
}

impl SupervisionStatus {
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (SupervisionStatus::Open, Lang::Vi) => "Chờ trả lời",
            (SupervisionStatus::Open, Lang::En) => "Awaiting an answer",
            (SupervisionStatus::Answered, Lang::Vi) => "Đã trả lời",
            (SupervisionStatus::Answered, Lang::En) => "Answered",
        }
    }
}

string_enum! {
    /// What a legal partner supplied to the mediators' training.
    pub enum SupportKind {
        /// Trainers or experts sent (judges, prosecutors, lawyers).
        Trainer => "trainer",
        /// Materials given.
        Material => "material",
    }
}

impl SupportKind {
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (SupportKind::Trainer, Lang::Vi) => "Cử báo cáo viên, người hỗ trợ nghiệp vụ",
            (SupportKind::Trainer, Lang::En) => "Trainers sent",
            (SupportKind::Material, Lang::Vi) => "Cung cấp tài liệu",
            (SupportKind::Material, Lang::En) => "Materials given",
        }
    }
}
