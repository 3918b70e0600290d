//! A print run of the material set for task II.1: copies handed to two
//! wards, one to a team, never more than printed; each ward sees and
//! confirms its own; a third ward sees nothing; the task counts them.

use diesel::connection::SimpleConnection;
use hgcs_domain::Role;
use serde_json::json;

use crate::fixtures::plan_42;
use crate::support::{Auth, TestApp};

const TEAM: &str = "INSERT INTO mediation_teams (unit_id, name) \
    SELECT id, 'Tổ hòa giải số 3' FROM units WHERE seed_key = '12439';";

#[actix_web::test]
async fn the_city_prints_hands_out_and_each_ward_confirms_its_own() {
    let app = TestApp::start().await;
    app.db.connect().batch_execute(TEAM).unwrap();
    app.user("phongtp", Role::CityJustice, "336");
    app.user("boxuyen", Role::WardOfficial, "12436");
    app.user("detham", Role::WardOfficial, "12439");
    app.user("kyba", Role::WardOfficial, "12442");
    let city = app.login("phongtp").await;
    let ward = app.login("boxuyen").await;
    let other = app.login("detham").await;
    let sibling = app.login("kyba").await;
    let plan = plan_42(&app, &city).await;
    let task = plan["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["code"] == "II.1")
        .and_then(|t| t["id"].as_i64())
        .unwrap();

    let run = json!({
        "unit_id": app.unit("336"), "task_id": task,
        "title": "Bộ tài liệu bồi dưỡng kỹ năng hòa giải ở cơ sở", "edition": "2022",
        "quantity": 300, "cost_vnd": 45_000_000, "printed_on": "2022-06-01",
    });
    let refused = app
        .post("/api/v1/materials", Auth::Bearer(&ward), run.clone())
        .await;
    assert_eq!(refused.status, 403, "{}", refused.body);
    let mut bad = run.clone();
    bad["quantity"] = json!(0);
    bad["printed_on"] = json!("2999-01-01");
    let refused = app
        .post("/api/v1/materials", Auth::Bearer(&city), bad)
        .await;
    refused.assert_problem(422, "validation_failed");
    let created = app
        .post("/api/v1/materials", Auth::Bearer(&city), run)
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    assert_eq!(created.body["stock"], 300);
    assert_eq!(created.body["manage"], true);
    let id = created.body["id"].as_i64().unwrap();
    let deliveries = format!("/api/v1/materials/{id}/deliveries");

    // 120 to Bồ Xuyên, 150 to a team of Đề Thám; 40 more is over the 30
    // left, and a delivery before printing is refused too.
    let team: i64 = app
        .get(
            &format!("/api/v1/teams?unit_id={}", app.unit("12439").0),
            Auth::Bearer(&city),
        )
        .await
        .body[0]["id"]
        .as_i64()
        .unwrap();
    let first = app
        .post(
            &deliveries,
            Auth::Bearer(&city),
            json!({"unit_id": app.unit("12436"), "copies": 120, "delivered_on": "2022-06-10",
                   "received_by": "Nguyễn Thị Lan"}),
        )
        .await;
    assert_eq!(first.status, 201, "{}", first.body);
    let second = app
        .post(
            &deliveries,
            Auth::Bearer(&city),
            json!({"unit_id": app.unit("12439"), "team_id": team, "copies": 150,
                   "delivered_on": "2022-06-12"}),
        )
        .await;
    assert_eq!(second.body["stock"], 30, "{}", second.body);
    let over = app
        .post(
            &deliveries,
            Auth::Bearer(&city),
            json!({"unit_id": app.unit("12442"), "copies": 40, "delivered_on": "2022-05-01"}),
        )
        .await;
    over.assert_problem(422, "validation_failed");
    assert_eq!(over.codes(), ["over_stock", "before_printing"]);
    let foreign = app
        .post(
            &deliveries,
            Auth::Bearer(&city),
            json!({"unit_id": app.unit("12436"), "team_id": team, "copies": 1,
                   "delivered_on": "2022-06-12"}),
        )
        .await;
    assert_eq!(
        foreign.body["errors"][0]["field"], "team_id",
        "{}",
        foreign.body
    );
    let refused = app
        .post(
            &deliveries,
            Auth::Bearer(&ward),
            json!({"unit_id": app.unit("12436"), "copies": 1, "delivered_on": "2022-06-12"}),
        )
        .await;
    assert_eq!(refused.status, 403, "{}", refused.body);

    // Each ward sees its own delivery; the third ward sees no run at all.
    let path = format!("/api/v1/materials/{id}");
    let seen = app.get(&path, Auth::Bearer(&ward)).await;
    assert_eq!(seen.status, 200, "{}", seen.body);
    assert_eq!(seen.body["deliveries"].as_array().unwrap().len(), 1);
    assert_eq!(seen.body["deliveries"][0]["copies"], 120);
    assert_eq!(seen.body["deliveries"][0]["can_confirm"], true);
    assert_eq!(seen.body["manage"], false);
    assert_eq!(app.get(&path, Auth::Bearer(&sibling)).await.status, 404);
    let listed = app.get("/api/v1/materials", Auth::Bearer(&sibling)).await;
    assert_eq!(listed.body, json!([]));
    let listed = app.get("/api/v1/materials", Auth::Bearer(&other)).await;
    assert_eq!(listed.body[0]["deliveries"][0]["team"]["id"], team);

    // Bồ Xuyên confirms its copies (twice: the first stands); Đề Thám may
    // not confirm them, nor may the city.
    let ours = seen.body["deliveries"][0]["id"].as_i64().unwrap();
    let receipt = format!("{deliveries}/{ours}/receipt");
    for token in [&other, &city] {
        let refused = app.post(&receipt, Auth::Bearer(token), json!(null)).await;
        assert!([403, 404].contains(&refused.status), "{}", refused.body);
    }
    let confirmed = app.post(&receipt, Auth::Bearer(&ward), json!(null)).await;
    assert_eq!(confirmed.status, 200, "{}", confirmed.body);
    let at = confirmed.body["deliveries"][0]["confirmed_at"].clone();
    assert!(at.is_string(), "{}", confirmed.body);
    let again = app.post(&receipt, Auth::Bearer(&ward), json!(null)).await;
    assert_eq!(again.body["deliveries"][0]["confirmed_at"], at);
    assert_eq!(again.body["deliveries"][0]["can_confirm"], false);

    // Task II.1 counts what was printed, handed out and confirmed.
    let page = app
        .get(&format!("/api/v1/tasks/{task}"), Auth::Bearer(&city))
        .await;
    assert_eq!(
        page.body["materials"],
        json!({"runs": 1, "printed": 300, "distributed": 270, "confirmed": 120}),
        "{}",
        page.body
    );
}
