//! Teams and mediators under the law's composition rules.

use hgcs_domain::Role;
use serde_json::json;

use crate::fixtures::{member, ward_with_team};
use crate::support::{Auth, TestApp};

#[actix_web::test]
async fn a_two_member_or_all_male_team_is_refused_with_the_rule() {
    let app = TestApp::start().await;
    let (ward, village, team) = ward_with_team(&app).await;
    assert_eq!(team["shortfalls"], json!([]));
    assert_eq!(team["members"].as_array().unwrap().len(), 3);
    assert_eq!(team["members"][0]["is_leader"], true);

    let two = app
        .post(
            "/api/v1/teams",
            Auth::Bearer(&ward),
            json!({"unit_id": village, "name": "Tổ hai người",
                   "members": [member("A", "female"), member("B", "male")]}),
        )
        .await;
    two.assert_problem(422, "validation_failed");
    assert_eq!(two.codes(), ["at_least_three"]);
    assert_eq!(
        two.body["errors"][0]["message"],
        "Tổ hòa giải phải có từ 03 hòa giải viên trở lên"
    );

    let men = app
        .post(
            "/api/v1/teams",
            Auth::Bearer(&ward),
            json!({"unit_id": village, "name": "Tổ toàn nam",
                   "members": [member("A", "male"), member("B", "male"), member("C", "male")]}),
        )
        .await;
    men.assert_problem(422, "validation_failed");
    assert_eq!(men.codes(), ["a_woman"]);
    assert!(
        men.body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("nữ")
    );
}

#[actix_web::test]
async fn an_ethnic_minority_area_needs_a_minority_member() {
    let app = TestApp::start().await;
    let (ward, _, _) = ward_with_team(&app).await;
    let highland = app
        .post(
            "/api/v1/units",
            Auth::Bearer(&ward),
            json!({"parent_id": app.unit("12436"), "name": "Thôn Bản Mới", "kind": "thon", "ethnic_minority_area": true}),
        )
        .await;
    let id = highland.body["id"].as_i64().unwrap();
    let kinh_only = json!({"unit_id": id, "name": "Tổ Bản Mới",
        "members": [member("A", "female"), member("B", "male"), member("C", "male")]});
    let refused = app
        .post("/api/v1/teams", Auth::Bearer(&ward), kinh_only)
        .await;
    assert_eq!(refused.codes(), ["a_minority_member"]);
    let mut tay = member("D", "male");
    tay["ethnicity"] = json!("Tày");
    let mixed = json!({"unit_id": id, "name": "Tổ Bản Mới",
        "members": [member("A", "female"), member("B", "male"), tay]});
    assert_eq!(
        app.post("/api/v1/teams", Auth::Bearer(&ward), mixed)
            .await
            .status,
        201
    );
}

#[actix_web::test]
async fn a_team_below_the_rules_after_a_departure_is_flagged_and_history_kept() {
    let app = TestApp::start().await;
    let (ward, _, team) = ward_with_team(&app).await;
    let woman = team["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["sex"] == "female")
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let left = app
        .post(
            &format!("/api/v1/mediators/{woman}/events"),
            Auth::Bearer(&ward),
            json!({"kind": "left", "occurred_on": "2024-02-01", "reason": "own_wish"}),
        )
        .await;
    assert_eq!(left.status, 200, "{}", left.body);
    assert_eq!(left.body["active"], false);
    let kinds: Vec<_> = left.body["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].clone())
        .collect();
    assert_eq!(kinds, ["elected", "recognised", "left"]);
    assert_eq!(left.body["history"][1]["late"], false);

    let team_id = team["id"].as_i64().unwrap();
    let flagged = app
        .get(&format!("/api/v1/teams/{team_id}"), Auth::Bearer(&ward))
        .await;
    assert_eq!(
        flagged.body["shortfalls"],
        json!(["at_least_three", "a_woman"])
    );
    let notes = app.get("/api/v1/notifications", Auth::Bearer(&ward)).await;
    assert_eq!(notes.body[0]["kind"], "team_below_rules");

    let again = app
        .post(
            &format!("/api/v1/mediators/{woman}/events"),
            Auth::Bearer(&ward),
            json!({"kind": "left", "occurred_on": "2024-02-02", "reason": "own_wish"}),
        )
        .await;
    again.assert_problem(422, "validation_failed");
}

#[actix_web::test]
async fn another_ward_cannot_touch_the_teams() {
    let app = TestApp::start().await;
    let (_, village, team) = ward_with_team(&app).await;
    app.user("detham", Role::WardOfficial, "12439");
    app.user("mttq", Role::FrontPartner, "336");
    let other = app.login("detham").await;
    let team_id = team["id"].as_i64().unwrap();
    app.get(&format!("/api/v1/teams/{team_id}"), Auth::Bearer(&other))
        .await
        .assert_problem(404, "not_found");
    app.post(
        "/api/v1/teams",
        Auth::Bearer(&other),
        json!({"unit_id": village, "name": "x", "members": [member("A", "female"), member("B", "male"), member("C", "male")]}),
    )
    .await
    .assert_problem(403, "forbidden");
    app.post(
        &format!("/api/v1/teams/{team_id}/members"),
        Auth::Bearer(&other),
        member("E", "female"),
    )
    .await
    .assert_problem(404, "not_found");
    let mediator = team["members"][0]["id"].as_i64().unwrap();
    app.get(
        &format!("/api/v1/mediators/{mediator}"),
        Auth::Bearer(&other),
    )
    .await
    .assert_problem(404, "not_found");
    app.post(
        "/api/v1/units",
        Auth::Bearer(&other),
        json!({"parent_id": app.unit("12436"), "name": "Thôn lạ", "kind": "thon"}),
    )
    .await
    .assert_problem(403, "forbidden");

    let partner = app.login("mttq").await;
    let seen = app
        .get(
            &format!("/api/v1/teams?unit_id={}", app.unit("12436")),
            Auth::Bearer(&partner),
        )
        .await;
    assert_eq!(seen.status, 200);
    assert_eq!(seen.body.as_array().unwrap().len(), 1);
    app.post(
        &format!("/api/v1/teams/{team_id}/members"),
        Auth::Bearer(&partner),
        member("E", "female"),
    )
    .await
    .assert_problem(403, "forbidden");
}

#[actix_web::test]
async fn a_recognition_is_late_by_the_days_recorded_and_a_day_to_come_is_refused() {
    let app = TestApp::start().await;
    let (ward, _, team) = ward_with_team(&app).await;
    let mediator = team["members"][1]["id"].as_i64().unwrap();
    // Elected 01/03/2023 and recognised 06/03/2023 at intake: on time. A
    // recognition entered now for 20/03/2023 is 13 working days after.
    let recognised = app
        .post(
            &format!("/api/v1/mediators/{mediator}/events"),
            Auth::Bearer(&ward),
            json!({"kind": "recognised", "occurred_on": "2023-03-20"}),
        )
        .await;
    assert_eq!(recognised.status, 200, "{}", recognised.body);
    let late: Vec<_> = recognised.body["history"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "recognised")
        .map(|e| (e["occurred_on"].clone(), e["late"].clone()))
        .collect();
    assert_eq!(
        late,
        [
            (json!("2023-03-06"), json!(false)),
            (json!("2023-03-20"), json!(true))
        ]
    );
    let tomorrow = (chrono::Utc::now() + chrono::Duration::hours(7 + 24)).date_naive();
    let future = app
        .post(
            &format!("/api/v1/mediators/{mediator}/events"),
            Auth::Bearer(&ward),
            json!({"kind": "leader_elected", "occurred_on": tomorrow}),
        )
        .await;
    future.assert_problem(422, "validation_failed");
    assert_eq!(future.body["errors"][0]["field"], "occurred_on");
    assert_eq!(future.body["errors"][0]["code"], "day_in_future");
}
