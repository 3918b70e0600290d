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
fn only_admins_manage_users() {
    assert!(can_manage_users(&actor(Role::Admin, PROVINCE)));
    for &role in Role::ALL.iter().filter(|r| **r != Role::Admin) {
        assert!(!can_manage_users(&actor(role, PROVINCE)), "{role}");
    }
}

#[test]
fn the_audit_log_is_read_within_ones_city_or_ward() {
    assert!(can_read_audit_log(
        &actor(Role::Admin, PROVINCE),
        Reach::Outside
    ));
    for role in [Role::CityJustice, Role::WardOfficial] {
        let official = actor(role, CITY);
        assert!(can_read_audit_log(&official, Reach::Within), "{role}");
        assert!(!can_read_audit_log(&official, Reach::Above), "{role}");
        assert!(!can_read_audit_log(&official, Reach::Outside), "{role}");
    }
    for role in [
        Role::CityDepartment,
        Role::TeamLeader,
        Role::FrontPartner,
        Role::LegalPartner,
        Role::Province,
    ] {
        assert!(
            !can_read_audit_log(&actor(role, CITY), Reach::Within),
            "{role}"
        );
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
