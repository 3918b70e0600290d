//! Who may do what, in one place. Handlers ask these functions; they never
//! compare roles themselves. A user's scope is their unit and everything
//! below it; the units above are visible as context (a ward sees the name of
//! its city) but their records are not.

use crate::{ApiClientId, OrganisationId, Role, UnitId, UnitLevel, UserId};

mod budget;
mod library;
mod materials;
mod supervisions;
mod trainings;
pub use budget::{can_manage_budget, can_read_budget};
pub use library::can_publish_library;
pub use materials::{can_confirm_receipt, can_print_materials};
pub use supervisions::{
    can_answer_supervision, can_read_supervision, can_record_support, can_supervise,
    reads_own_support_only, reads_supervisions, reads_support,
};
pub use trainings::{can_manage_course, can_read_course, can_take_attendance};

/// Who is asking: a signed-in person or a machine client.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Principal {
    User(UserId),
    Client(ApiClientId),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Actor {
    pub principal: Principal,
    pub role: Role,
    pub unit_id: UnitId,
    /// The organisation a user works for, when recorded.
    pub organisation_id: Option<OrganisationId>,
}

/// Where a unit stands relative to the actor's own unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// The actor's unit or one below it.
    Within,
    /// A unit above the actor's (their district, their province).
    Above,
    /// Anything else: a sibling ward, another city.
    Outside,
}

impl Actor {
    /// `target_path` lists the target unit and its ancestors (target first),
    /// `own_path` the same for the actor's unit.
    pub fn reach(&self, target_path: &[UnitId], own_path: &[UnitId]) -> Reach {
        if target_path.contains(&self.unit_id) {
            Reach::Within
        } else if target_path
            .first()
            .is_some_and(|target| own_path.contains(target))
        {
            Reach::Above
        } else {
            Reach::Outside
        }
    }

    /// As [`Actor::reach`], and a target inside the tree of a unit the
    /// actor's unit took over in a reorganisation (`taken_over`) is within:
    /// a new ward holds the records of the communes merged into it. The
    /// former unit's users do not reach the successor's records.
    pub fn reach_through(
        &self,
        target_path: &[UnitId],
        own_path: &[UnitId],
        taken_over: &[UnitId],
    ) -> Reach {
        if target_path.iter().any(|unit| taken_over.contains(unit)) {
            Reach::Within
        } else {
            self.reach(target_path, own_path)
        }
    }

    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }
}

/// Reference data about a unit (name, code, parent) may be read by anyone
/// whose scope touches it; the administrator sees all.
pub fn can_view_unit(actor: &Actor, reach: Reach) -> bool {
    actor.is_admin() || reach != Reach::Outside
}

pub fn can_manage_users(actor: &Actor) -> bool {
    actor.is_admin()
}

/// The audit log of a unit's tree: the administrator reads all of it, the
/// Justice Office its city's and a ward official the ward's, the others
/// none (partners and machine clients read records, not who touched them).
pub fn can_read_audit_log(actor: &Actor, reach: Reach) -> bool {
    actor.is_admin()
        || (matches!(actor.role, Role::CityJustice | Role::WardOfficial)
            && matches!(actor.principal, Principal::User(_))
            && reach == Reach::Within)
}

/// Machine clients act for the province and only read.
pub fn can_write(actor: &Actor) -> bool {
    !actor.role.is_read_only() && matches!(actor.principal, Principal::User(_))
}

/// Plans, their tasks, updates and evidence are read by anyone whose scope
/// touches the plan's unit: a ward reads the city's plan and its own, the
/// city reads every ward's, another ward reads neither.
pub fn can_read_plan(actor: &Actor, plan_reach: Reach) -> bool {
    actor.is_admin() || plan_reach != Reach::Outside
}

/// The Justice Office manages the city's plans, a ward official the ward's.
pub fn can_manage_plan(actor: &Actor, plan_unit: UnitId) -> bool {
    can_write(actor)
        && matches!(actor.role, Role::CityJustice | Role::WardOfficial)
        && actor.unit_id == plan_unit
}

/// Progress is reported by whoever manages the plan, and by a city office
/// on the tasks it leads.
pub fn can_report_on_task(
    actor: &Actor,
    plan_unit: UnitId,
    lead_organisations: &[OrganisationId],
) -> bool {
    can_manage_plan(actor, plan_unit)
        || (can_write(actor)
            && actor.role == Role::CityDepartment
            && actor
                .organisation_id
                .is_some_and(|org| lead_organisations.contains(&org)))
}

/// A ward official makes the ward's plan from a plan of a unit above.
pub fn can_derive_plan(actor: &Actor, parent_reach: Reach) -> bool {
    can_write(actor) && actor.role == Role::WardOfficial && parent_reach == Reach::Above
}

/// Pilot models are registered by the city for its wards, or by a ward
/// for itself.
pub fn can_register_pilot(actor: &Actor, unit_reach: Reach) -> bool {
    can_write(actor)
        && unit_reach == Reach::Within
        && matches!(actor.role, Role::CityJustice | Role::WardOfficial)
}

/// Evaluating a pilot and deciding to replicate it is the city's.
pub fn can_evaluate_pilot(actor: &Actor, unit_reach: Reach) -> bool {
    can_write(actor) && unit_reach == Reach::Within && actor.role == Role::CityJustice
}

/// Wards and the city nominate for commendation, in their own name.
pub fn can_nominate(actor: &Actor) -> bool {
    can_write(actor) && matches!(actor.role, Role::CityJustice | Role::WardOfficial)
}

/// The city decides on nominations from its own unit and its wards.
pub fn can_decide_commendation(actor: &Actor, unit_reach: Reach) -> bool {
    can_write(actor) && unit_reach == Reach::Within && actor.role == Role::CityJustice
}

/// Cases are read only within one's own scope, never from above: a team
/// leader reads the village team's cases, a ward official the ward's, the
/// city all its wards'. Partners and the province read them too, without
/// personal data.
pub fn can_read_case(actor: &Actor, case_reach: Reach) -> bool {
    actor.is_admin() || case_reach == Reach::Within
}

/// The parties' names, ages and addresses and the facts of a case are
/// confidential: the team, the ward's officials and the city Justice Office.
pub fn can_see_personal_data(actor: &Actor, case_reach: Reach) -> bool {
    case_reach == Reach::Within
        && matches!(
            actor.role,
            Role::TeamLeader | Role::WardOfficial | Role::CityJustice
        )
}

/// Intake and the workflow of a case: the team leader and the ward official.
pub fn can_manage_case(actor: &Actor, case_reach: Reach) -> bool {
    can_write(actor)
        && case_reach == Reach::Within
        && matches!(actor.role, Role::TeamLeader | Role::WardOfficial)
}

/// Teams and mediators are kept by the ward official.
pub fn can_manage_team(actor: &Actor, unit_reach: Reach) -> bool {
    can_write(actor) && unit_reach == Reach::Within && actor.role == Role::WardOfficial
}

/// A ward official asks about a difficult case in the ward's name.
pub fn can_ask_question(actor: &Actor) -> bool {
    can_write(actor) && actor.role == Role::WardOfficial
}

/// Files are attached to a question by the ward that asked it.
pub fn can_attach_to_question(actor: &Actor, question_unit: UnitId) -> bool {
    can_ask_question(actor) && actor.unit_id == question_unit
}

/// The Justice Office and the legal partners (court, procuracy, lawyers)
/// answer the questions of wards in their scope.
pub fn can_answer_question(actor: &Actor, question_reach: Reach) -> bool {
    can_write(actor)
        && question_reach == Reach::Within
        && matches!(actor.role, Role::CityJustice | Role::LegalPartner)
}

/// The asking ward or the Justice Office closes a question.
pub fn can_close_question(actor: &Actor, question_unit: UnitId, question_reach: Reach) -> bool {
    can_write(actor)
        && ((actor.role == Role::WardOfficial && actor.unit_id == question_unit)
            || (actor.role == Role::CityJustice && question_reach == Reach::Within))
}

/// The team leader claims pay for the team's ended cases.
pub fn can_claim_pay(actor: &Actor, case_reach: Reach) -> bool {
    can_write(actor) && case_reach == Reach::Within && actor.role == Role::TeamLeader
}

/// The ward decides on pay claims and records the payment.
pub fn can_decide_pay(actor: &Actor, case_reach: Reach) -> bool {
    can_write(actor) && case_reach == Reach::Within && actor.role == Role::WardOfficial
}

/// The administrator's scope is every unit; everyone else's is their
/// unit's subtree (and the units above it as context).
pub fn sees_every_unit(actor: &Actor) -> bool {
    actor.is_admin()
}

/// A unit's report figures are counts without personal data: read by
/// anyone whose scope holds the unit (partners and the province
/// included), never from above or from a sibling.
pub fn can_read_indicators(actor: &Actor, unit_reach: Reach) -> bool {
    actor.is_admin() || unit_reach == Reach::Within
}

/// A unit's report is prepared and submitted by its own officials: the
/// ward official for a commune or ward, the Justice Office for a city.
pub fn can_prepare_report(actor: &Actor, unit: UnitId, level: UnitLevel) -> bool {
    can_write(actor)
        && actor.unit_id == unit
        && matches!(
            (actor.role, level),
            (Role::WardOfficial, UnitLevel::Commune) | (Role::CityJustice, UnitLevel::District)
        )
}

/// A submitted report is accepted or returned at the unit right above it:
/// the Justice Office for its wards, the province (Sở Tư pháp) for its
/// cities and the wards directly under it. Reviewing is the one thing a
/// province user writes; machine clients never do.
pub fn can_review_report(actor: &Actor, parent: Option<UnitId>) -> bool {
    matches!(actor.principal, Principal::User(_))
        && parent == Some(actor.unit_id)
        && matches!(actor.role, Role::CityJustice | Role::Province)
}

/// Whoever reviews the reports of the units right below (the Justice
/// Office its wards', the province its cities' and wards') follows them:
/// a late one shows in its due list.
pub fn follows_reports_below(actor: &Actor) -> bool {
    matches!(actor.role, Role::CityJustice | Role::Province)
        && matches!(actor.principal, Principal::User(_))
}

/// Teams and their mediators are read like the cases they hold: within
/// one's own scope, never from above.
pub fn can_read_team(actor: &Actor, team_reach: Reach) -> bool {
    can_read_case(actor, team_reach)
}

/// Pilot models are read by anyone whose scope touches the pilot's unit.
pub fn can_read_pilot(actor: &Actor, pilot_reach: Reach) -> bool {
    actor.is_admin() || pilot_reach != Reach::Outside
}

/// A register import is the ward's own, used by whoever keeps its teams.
pub fn can_use_import(actor: &Actor, import_unit: UnitId) -> bool {
    actor.unit_id == import_unit && can_manage_team(actor, Reach::Within)
}

/// A ward official adds villages and residential groups under the ward;
/// the administrator under any commune.
pub fn can_add_village(actor: &Actor, commune_reach: Reach) -> bool {
    actor.is_admin()
        || (can_write(actor) && actor.role == Role::WardOfficial && commune_reach == Reach::Within)
}

/// Whether the actor makes ward plans from the plans above, so a plan's
/// page shows the one they made from it.
pub fn makes_ward_plans(actor: &Actor) -> bool {
    actor.role == Role::WardOfficial
}

/// The unit whose subtree's questions the actor reads: questions are
/// anonymised guidance, so a ward reads all of its city's (the unit above
/// it, second in `own_path`); anyone else reads their own subtree's.
pub fn questions_root(own_level: UnitLevel, own_path: &[UnitId], own_unit: UnitId) -> UnitId {
    if own_level == UnitLevel::Commune {
        own_path.get(1).copied().unwrap_or(own_unit)
    } else {
        own_unit
    }
}

#[cfg(test)]
mod tests;
