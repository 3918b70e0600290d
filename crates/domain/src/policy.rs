//! Who may do what, in one place. Handlers ask these functions; they never
//! compare roles themselves. A user's scope is their unit and everything
//! below it; the units above are visible as context (a ward sees the name of
//! its city) but their records are not.

use crate::{ApiClientId, OrganisationId, Role, UnitId, UnitLevel, UserId};

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

pub fn can_read_audit_log(actor: &Actor) -> bool {
    actor.is_admin()
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
mod tests {
    use super::*;

    const PROVINCE: UnitId = UnitId(1);
    const CITY: UnitId = UnitId(2);
    const WARD_A: UnitId = UnitId(3);
    const WARD_B: UnitId = UnitId(4);
    const VILLAGE_A: UnitId = UnitId(5);

    fn actor(role: Role, unit_id: UnitId) -> Actor {
        Actor {
            principal: Principal::User(UserId(1)),
            role,
            unit_id,
            organisation_id: None,
        }
    }

    #[test]
    fn a_ward_reaches_its_villages_and_sees_its_city_but_not_other_wards() {
        let ward = actor(Role::WardOfficial, WARD_A);
        let own = [WARD_A, CITY, PROVINCE];
        assert_eq!(
            ward.reach(&[VILLAGE_A, WARD_A, CITY, PROVINCE], &own),
            Reach::Within
        );
        assert_eq!(ward.reach(&own, &own), Reach::Within);
        assert_eq!(ward.reach(&[CITY, PROVINCE], &own), Reach::Above);
        assert_eq!(ward.reach(&[WARD_B, CITY, PROVINCE], &own), Reach::Outside);
        assert!(!can_view_unit(&ward, Reach::Outside));
        assert!(can_view_unit(&ward, Reach::Above));
    }

    #[test]
    fn a_successor_reaches_the_trees_it_took_over_and_not_the_other_way() {
        // WARD_B was merged into WARD_A.
        let successor = actor(Role::WardOfficial, WARD_A);
        let own = [WARD_A, CITY, PROVINCE];
        let former_village = [VILLAGE_A, WARD_B, CITY, PROVINCE];
        assert_eq!(
            successor.reach_through(&former_village, &own, &[WARD_B]),
            Reach::Within
        );
        assert_eq!(
            successor.reach_through(&former_village, &own, &[]),
            Reach::Outside
        );
        let former = actor(Role::WardOfficial, WARD_B);
        let theirs = [WARD_B, CITY, PROVINCE];
        assert_eq!(former.reach_through(&own, &theirs, &[]), Reach::Outside);
    }

    #[test]
    fn the_city_reaches_every_ward() {
        let city = actor(Role::CityJustice, CITY);
        let own = [CITY, PROVINCE];
        assert_eq!(city.reach(&[WARD_B, CITY, PROVINCE], &own), Reach::Within);
    }

    #[test]
    fn only_admins_manage_users_and_read_the_audit_log() {
        let admin = actor(Role::Admin, PROVINCE);
        assert!(can_manage_users(&admin) && can_read_audit_log(&admin));
        for &role in Role::ALL.iter().filter(|r| **r != Role::Admin) {
            let other = actor(role, PROVINCE);
            assert!(!can_manage_users(&other), "{role}");
            assert!(!can_read_audit_log(&other), "{role}");
        }
    }

    #[test]
    fn machine_clients_and_the_province_only_read() {
        let client = Actor {
            principal: Principal::Client(ApiClientId(1)),
            role: Role::Province,
            unit_id: PROVINCE,
            organisation_id: None,
        };
        assert!(!can_write(&client));
        assert!(!can_write(&actor(Role::Province, PROVINCE)));
        assert!(can_write(&actor(Role::WardOfficial, WARD_A)));
    }

    #[test]
    fn personal_data_stays_with_the_team_the_ward_and_the_justice_office() {
        for role in [Role::TeamLeader, Role::WardOfficial, Role::CityJustice] {
            assert!(
                can_see_personal_data(&actor(role, WARD_A), Reach::Within),
                "{role}"
            );
        }
        for role in [
            Role::FrontPartner,
            Role::LegalPartner,
            Role::Province,
            Role::CityDepartment,
            Role::Admin,
        ] {
            assert!(
                !can_see_personal_data(&actor(role, CITY), Reach::Within),
                "{role}"
            );
        }
        let ward = actor(Role::WardOfficial, WARD_A);
        assert!(!can_read_case(&ward, Reach::Outside));
        assert!(!can_read_case(&ward, Reach::Above));
        assert!(can_manage_case(
            &actor(Role::TeamLeader, VILLAGE_A),
            Reach::Within
        ));
        assert!(!can_manage_case(
            &actor(Role::CityJustice, CITY),
            Reach::Within
        ));
        assert!(can_manage_team(&ward, Reach::Within) && !can_manage_team(&ward, Reach::Outside));
    }

    #[test]
    fn questions_are_asked_by_wards_and_answered_by_the_city_and_legal_partners() {
        let ward = actor(Role::WardOfficial, WARD_A);
        assert!(can_ask_question(&ward));
        assert!(can_attach_to_question(&ward, WARD_A));
        assert!(!can_attach_to_question(&ward, WARD_B));
        assert!(!can_attach_to_question(
            &actor(Role::CityJustice, CITY),
            CITY
        ));
        assert!(can_answer_question(
            &actor(Role::LegalPartner, CITY),
            Reach::Within
        ));
        assert!(!can_answer_question(&ward, Reach::Within));
        assert!(can_close_question(&ward, WARD_A, Reach::Within));
        assert!(!can_close_question(&ward, WARD_B, Reach::Outside));
        assert!(can_claim_pay(
            &actor(Role::TeamLeader, VILLAGE_A),
            Reach::Within
        ));
        assert!(!can_claim_pay(&ward, Reach::Within) && can_decide_pay(&ward, Reach::Within));
    }

    #[test]
    fn plans_are_managed_by_their_own_unit() {
        let ward = actor(Role::WardOfficial, WARD_A);
        assert!(can_manage_plan(&ward, WARD_A));
        assert!(!can_manage_plan(&ward, WARD_B));
        assert!(!can_manage_plan(&ward, CITY));
        assert!(can_read_plan(&ward, Reach::Above));
        assert!(!can_read_plan(&ward, Reach::Outside));
        assert!(can_derive_plan(&ward, Reach::Above));
        assert!(!can_derive_plan(
            &actor(Role::CityJustice, CITY),
            Reach::Above
        ));
        assert!(!can_manage_plan(&actor(Role::FrontPartner, CITY), CITY));
    }

    #[test]
    fn a_city_office_reports_only_on_tasks_it_leads() {
        let mut office = actor(Role::CityDepartment, CITY);
        office.organisation_id = Some(OrganisationId(7));
        assert!(can_report_on_task(
            &office,
            CITY,
            &[OrganisationId(3), OrganisationId(7)]
        ));
        assert!(!can_report_on_task(&office, CITY, &[OrganisationId(3)]));
        office.organisation_id = None;
        assert!(!can_report_on_task(&office, CITY, &[OrganisationId(7)]));
    }

    #[test]
    fn only_the_city_evaluates_pilots_and_decides_commendations() {
        let city = actor(Role::CityJustice, CITY);
        let ward = actor(Role::WardOfficial, WARD_A);
        assert!(can_evaluate_pilot(&city, Reach::Within));
        assert!(!can_evaluate_pilot(&ward, Reach::Within));
        assert!(can_register_pilot(&ward, Reach::Within));
        assert!(!can_register_pilot(&ward, Reach::Outside));
        assert!(can_decide_commendation(&city, Reach::Within));
        assert!(!can_decide_commendation(&ward, Reach::Within));
        assert!(can_nominate(&ward) && !can_nominate(&actor(Role::LegalPartner, CITY)));
    }

    #[test]
    fn registers_are_read_from_within_and_pilots_from_anywhere_in_scope() {
        let ward = actor(Role::WardOfficial, WARD_A);
        assert!(can_read_team(&ward, Reach::Within));
        assert!(!can_read_team(&ward, Reach::Above) && !can_read_team(&ward, Reach::Outside));
        assert!(can_read_team(&actor(Role::Admin, PROVINCE), Reach::Outside));
        assert!(can_read_pilot(&ward, Reach::Above) && !can_read_pilot(&ward, Reach::Outside));
        assert!(sees_every_unit(&actor(Role::Admin, PROVINCE)) && !sees_every_unit(&ward));
    }

    #[test]
    fn imports_belong_to_the_ward_that_keeps_the_teams() {
        let ward = actor(Role::WardOfficial, WARD_A);
        assert!(can_use_import(&ward, WARD_A));
        assert!(!can_use_import(&ward, WARD_B));
        assert!(!can_use_import(&actor(Role::CityJustice, WARD_A), WARD_A));
    }

    #[test]
    fn villages_are_added_by_their_ward_or_the_administrator() {
        let ward = actor(Role::WardOfficial, WARD_A);
        assert!(can_add_village(&ward, Reach::Within));
        assert!(!can_add_village(&ward, Reach::Outside));
        assert!(!can_add_village(
            &actor(Role::CityJustice, CITY),
            Reach::Within
        ));
        assert!(can_add_village(
            &actor(Role::Admin, PROVINCE),
            Reach::Outside
        ));
        assert!(makes_ward_plans(&ward) && !makes_ward_plans(&actor(Role::CityJustice, CITY)));
    }

    #[test]
    fn a_ward_reads_its_citys_questions_others_their_own_subtrees() {
        let path = [WARD_A, CITY, PROVINCE];
        assert_eq!(questions_root(UnitLevel::Commune, &path, WARD_A), CITY);
        assert_eq!(questions_root(UnitLevel::District, &path[1..], CITY), CITY);
        assert_eq!(
            questions_root(UnitLevel::Commune, &[WARD_A], WARD_A),
            WARD_A
        );
    }

    #[test]
    fn indicators_are_read_within_ones_scope_by_every_role() {
        for role in Role::ALL {
            let reader = actor(*role, CITY);
            assert!(can_read_indicators(&reader, Reach::Within), "{role}");
            assert_eq!(
                can_read_indicators(&reader, Reach::Above),
                reader.is_admin()
            );
            assert_eq!(
                can_read_indicators(&reader, Reach::Outside),
                reader.is_admin()
            );
        }
    }

    #[test]
    fn a_report_is_prepared_at_its_unit_and_reviewed_right_above_it() {
        let ward = actor(Role::WardOfficial, WARD_A);
        let city = actor(Role::CityJustice, CITY);
        assert!(can_prepare_report(&ward, WARD_A, UnitLevel::Commune));
        assert!(!can_prepare_report(&ward, WARD_B, UnitLevel::Commune));
        assert!(!can_prepare_report(&city, WARD_A, UnitLevel::Commune));
        assert!(can_prepare_report(&city, CITY, UnitLevel::District));
        assert!(!can_prepare_report(
            &actor(Role::FrontPartner, CITY),
            CITY,
            UnitLevel::District
        ));
        assert!(can_review_report(&city, Some(CITY)));
        assert!(!can_review_report(&ward, Some(WARD_A)));
        assert!(!can_review_report(&city, Some(PROVINCE)));
        assert!(can_review_report(
            &actor(Role::Province, PROVINCE),
            Some(PROVINCE)
        ));
        let client = Actor {
            principal: Principal::Client(ApiClientId(1)),
            ..actor(Role::Province, PROVINCE)
        };
        assert!(!can_review_report(&client, Some(PROVINCE)));
    }
}
