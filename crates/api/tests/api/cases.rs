//! Cases: the scope check, the workflow, confidentiality, lists and the logbook.

use hgcs_domain::Role;
use serde_json::json;

use crate::fixtures::{NewCase, step, team_leader, ward_with_team};
use crate::support::{Auth, TestApp};

#[actix_web::test]
async fn an_out_of_scope_matter_is_refused_with_its_referral() {
    let app = TestApp::start().await;
    let (ward, _, team) = ward_with_team(&app).await;
    let team = team["id"].as_i64().unwrap();
    let refused = app
        .post(
            "/api/v1/cases",
            Auth::Bearer(&ward),
            NewCase::for_team(team)
                .kind("labour")
                .party("Phạm Văn Đức")
                .received_on("2024-03-02")
                .json(),
        )
        .await;
    refused.assert_problem(422, "validation_failed");
    let mut ancient = NewCase::for_team(team)
        .kind("shared_path")
        .party("Phạm Văn Đức")
        .received_on("2024-03-02")
        .json();
    ancient["parties"][0]["birth_year"] = json!(-2_000_000_000);
    let ancient = app
        .post("/api/v1/cases", Auth::Bearer(&ward), ancient)
        .await;
    ancient.assert_problem(422, "validation_failed");
    assert_eq!(ancient.body["errors"][0]["field"], "parties[0].birth_year");
    assert_eq!(refused.body["errors"][0]["field"], "kind");
    assert_eq!(refused.body["errors"][0]["code"], "out_of_scope");
    assert!(
        refused.body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("Hòa giải viên lao động")
    );
    let page = app.get("/api/v1/cases", Auth::Bearer(&ward)).await;
    assert_eq!(page.body["items"], json!([]), "nothing recorded");
}

#[actix_web::test]
async fn a_case_goes_from_intake_to_success_and_illegal_steps_are_refused() {
    let app = TestApp::start().await;
    let (ward, _, team) = ward_with_team(&app).await;
    let members: Vec<i64> = team["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_i64().unwrap())
        .collect();
    let team = team["id"].as_i64().unwrap();
    let created = app
        .post(
            "/api/v1/cases",
            Auth::Bearer(&ward),
            NewCase::for_team(team)
                .kind("shared_path")
                .party("Phạm Văn Đức")
                .received_on("2024-03-02")
                .json(),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    assert_eq!(created.body["entry_no"], 1);
    assert_eq!(created.body["state"], "received");
    assert_eq!(created.body["actions"], json!(["assign", "withdraw"]));
    let case = created.body["id"].as_i64().unwrap();

    let early = step(
        &app,
        &ward,
        case,
        json!({"action": "succeed", "on": "2024-03-03", "outcome": "x"}),
    )
    .await;
    early.assert_problem(409, "conflict");
    assert!(
        early.body["detail"]
            .as_str()
            .unwrap()
            .contains("Đã tiếp nhận")
    );

    let interested = step(
        &app,
        &ward,
        case,
        json!({"action": "assign", "on": "2024-03-02", "mediators": [{"mediator_id": members[0], "has_interest": true}]}),
    )
    .await;
    interested.assert_problem(422, "validation_failed");
    assert_eq!(interested.body["errors"][0]["code"], "has_interest");

    let assigned = step(
        &app,
        &ward,
        case,
        json!({"action": "assign", "on": "2024-03-02", "mediators": [{"mediator_id": members[0]}, {"mediator_id": members[1]}]}),
    )
    .await;
    assert_eq!(assigned.status, 200, "{}", assigned.body);
    assert_eq!(assigned.body["mediators"].as_array().unwrap().len(), 2);
    assert_eq!(
        step(
            &app,
            &ward,
            case,
            json!({"action": "start", "on": "2024-03-04"})
        )
        .await
        .status,
        200
    );
    let missing_outcome = step(
        &app,
        &ward,
        case,
        json!({"action": "succeed", "on": "2024-03-05"}),
    )
    .await;
    missing_outcome.assert_problem(422, "validation_failed");
    let done = step(
        &app,
        &ward,
        case,
        json!({"action": "succeed", "on": "2024-03-05", "outcome": "Hai bên thống nhất mở lối đi rộng 1,5 m"}),
    )
    .await;
    assert_eq!(done.status, 200, "{}", done.body);
    assert_eq!(done.body["state"], "successful");
    assert_eq!(done.body["closed_on"], "2024-03-05");
    assert_eq!(
        done.body["outcome"],
        "Hai bên thống nhất mở lối đi rộng 1,5 m"
    );
    let history: Vec<_> = done.body["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].clone())
        .collect();
    assert_eq!(history, ["receive", "assign", "start", "succeed"]);
    step(
        &app,
        &ward,
        case,
        json!({"action": "reopen", "on": "2024-03-06"}),
    )
    .await
    .assert_problem(409, "conflict");
}

#[actix_web::test]
async fn partners_get_no_personal_data_and_every_personal_read_is_audited() {
    let app = TestApp::start().await;
    let (ward, _, team) = ward_with_team(&app).await;
    app.user("mttq", Role::FrontPartner, "336");
    app.user("phongtuphap", Role::CityJustice, "336");
    app.user("detham", Role::WardOfficial, "12439");
    app.user("root", Role::Admin, "34");
    let team = team["id"].as_i64().unwrap();
    let created = app
        .post(
            "/api/v1/cases",
            Auth::Bearer(&ward),
            NewCase::for_team(team)
                .kind("inheritance")
                .party("Phạm Văn Đức")
                .received_on("2024-04-10")
                .json(),
        )
        .await;
    let case = created.body["id"].as_i64().unwrap();

    let partner = app.login("mttq").await;
    let seen = app
        .get(&format!("/api/v1/cases/{case}"), Auth::Bearer(&partner))
        .await;
    assert_eq!(seen.status, 200);
    assert_eq!(seen.body["personal_data_visible"], false);
    for field in ["parties", "summary", "invited", "outcome", "proposed_by"] {
        assert!(seen.body[field].is_null(), "{field} hidden");
    }
    assert!(!seen.body.to_string().contains("Phạm Văn Đức"));
    assert_eq!(seen.body["kind"], "inheritance");
    assert_eq!(seen.body["group"], "civil");

    let city = app.login("phongtuphap").await;
    let full = app
        .get(&format!("/api/v1/cases/{case}"), Auth::Bearer(&city))
        .await;
    assert_eq!(full.body["parties"][0]["name"], "Phạm Văn Đức");
    assert_eq!(
        app.get(&format!("/api/v1/cases/{case}"), Auth::Bearer(&ward))
            .await
            .body["personal_data_visible"],
        true
    );

    let other = app.login("detham").await;
    app.get(&format!("/api/v1/cases/{case}"), Auth::Bearer(&other))
        .await
        .assert_problem(404, "not_found");
    step(
        &app,
        &other,
        case,
        json!({"action": "withdraw", "on": "2024-04-11"}),
    )
    .await
    .assert_problem(404, "not_found");
    step(
        &app,
        &partner,
        case,
        json!({"action": "withdraw", "on": "2024-04-11"}),
    )
    .await
    .assert_problem(403, "forbidden");

    let admin = app.login("root").await;
    let reads = app
        .get(
            &format!("/api/v1/audit?action=read_personal_data&entity_id={case}"),
            Auth::Bearer(&admin),
        )
        .await;
    let readers: Vec<_> = reads.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["actor_name"].clone())
        .collect();
    assert_eq!(
        readers,
        ["boxuyen", "phongtuphap"],
        "newest first; the partner's read is not personal"
    );
}

#[actix_web::test]
async fn a_flagged_case_notifies_the_ward() {
    let app = TestApp::start().await;
    let (ward, _, team) = ward_with_team(&app).await;
    let mut body = NewCase::for_team(team["id"].as_i64().unwrap())
        .kind("marriage_family")
        .party("Bên A")
        .received_on("2024-06-01")
        .json();
    body["risk_of_violence"] = json!(true);
    assert_eq!(
        app.post("/api/v1/cases", Auth::Bearer(&ward), body)
            .await
            .status,
        201
    );
    let notes = app.get("/api/v1/notifications", Auth::Bearer(&ward)).await;
    assert_eq!(notes.body[0]["kind"], "case_flagged");
    assert!(
        notes.body[0]["message"]
            .as_str()
            .unwrap()
            .contains("nguy cơ bạo lực")
    );
}

#[actix_web::test]
async fn a_team_leader_sees_the_own_teams_cases_only() {
    let app = TestApp::start().await;
    let (ward, village_a, team_a) = ward_with_team(&app).await;
    let village_b = app
        .post(
            "/api/v1/units",
            Auth::Bearer(&ward),
            json!({"parent_id": app.unit("12436"), "name": "Tổ dân phố số 4", "kind": "to_dan_pho"}),
        )
        .await
        .body["id"]
        .as_i64()
        .unwrap();
    let team_b = app
        .post(
            "/api/v1/teams",
            Auth::Bearer(&ward),
            json!({"unit_id": village_b, "name": "Tổ hòa giải số 4", "members": [
                crate::fixtures::member("Một", "female"), crate::fixtures::member("Hai", "male"), crate::fixtures::member("Ba", "male")]}),
        )
        .await;
    let case_a = app
        .post(
            "/api/v1/cases",
            Auth::Bearer(&ward),
            NewCase::for_team(team_a["id"].as_i64().unwrap())
                .kind("water")
                .party("Bên A")
                .received_on("2024-06-01")
                .json(),
        )
        .await;
    let case_b = app
        .post(
            "/api/v1/cases",
            Auth::Bearer(&ward),
            NewCase::for_team(team_b.body["id"].as_i64().unwrap())
                .kind("water")
                .party("Bên B")
                .received_on("2024-06-02")
                .json(),
        )
        .await;
    let leader = team_leader(&app, "totruong.a", village_a).await;
    let listed = app.get("/api/v1/cases", Auth::Bearer(&leader)).await;
    let ids: Vec<_> = listed.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].clone())
        .collect();
    assert_eq!(ids, [case_a.body["id"].clone()]);
    let own = app
        .get(
            &format!("/api/v1/cases/{}", case_a.body["id"]),
            Auth::Bearer(&leader),
        )
        .await;
    assert_eq!(own.body["personal_data_visible"], true);
    app.get(
        &format!("/api/v1/cases/{}", case_b.body["id"]),
        Auth::Bearer(&leader),
    )
    .await
    .assert_problem(404, "not_found");
}
