//! Scope follows the 2025 reorganisation: the new Phường Thái Bình holds
//! the records and reports of Bồ Xuyên, merged into it; Bồ Xuyên's users
//! do not see the new ward's; Hưng Yên province (its users and its
//! machine client) reads the former Thái Bình's history; a sibling new
//! ward sees none of it.

use hgcs_domain::Role;
use serde_json::{Value, json};

use crate::fixtures::{NewCase, member, submitted_report, successful_case};
use crate::support::{Auth, TestApp};

fn ids(list: &Value) -> Vec<i64> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_i64().unwrap())
        .collect()
}

/// A case of the new ward, entered after the reorganisation.
async fn new_wards_case(app: &TestApp, token: &str) -> i64 {
    let village = app
        .post(
            "/api/v1/units",
            Auth::Bearer(token),
            json!({"parent_id": app.unit("13225@2025"), "name": "Tổ dân phố số 9", "kind": "to_dan_pho"}),
        )
        .await;
    assert_eq!(village.status, 201, "{}", village.body);
    let team = app
        .post(
            "/api/v1/teams",
            Auth::Bearer(token),
            json!({"unit_id": village.body["id"], "name": "Tổ hòa giải số 9",
                   "members": [member("Lê Văn Sơn", "male"), member("Hà Thị Mai", "female"), member("Ngô Văn Tú", "male")],
                   "leader": 0}),
        )
        .await;
    assert_eq!(team.status, 201, "{}", team.body);
    NewCase::for_team(team.body["id"].as_i64().unwrap())
        .received_on("2025-09-02")
        .create(app, token)
        .await
}

#[actix_web::test]
async fn a_new_ward_holds_the_cases_of_the_communes_merged_into_it() {
    let app = TestApp::start().await;
    let (boxuyen, old_case, _) = successful_case(&app).await;
    app.user("thaibinh", Role::WardOfficial, "13225@2025");
    app.user("tranlam", Role::WardOfficial, "12454@2025");
    let successor = app.login("thaibinh").await;
    let sibling = app.login("tranlam").await;
    let new_case = new_wards_case(&app, &successor).await;

    // The successor reads the former ward's case, in its list and counts too.
    let read = app
        .get(
            &format!("/api/v1/cases/{old_case}"),
            Auth::Bearer(&successor),
        )
        .await;
    assert_eq!(read.status, 200, "{}", read.body);
    let listed = app.get("/api/v1/cases", Auth::Bearer(&successor)).await;
    assert_eq!(ids(&listed.body), [new_case, old_case]);
    let counts = app
        .get("/api/v1/cases/counts", Auth::Bearer(&successor))
        .await;
    let total: i64 = counts
        .body
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["count"].as_i64().unwrap())
        .sum();
    assert_eq!(total, 2);
    let by_unit = app
        .get(
            &format!("/api/v1/cases?unit_id={}", app.unit("12436")),
            Auth::Bearer(&successor),
        )
        .await;
    assert_eq!(ids(&by_unit.body), [old_case]);

    // And the former ward's team.
    let teams = app.get("/api/v1/teams", Auth::Bearer(&successor)).await;
    assert_eq!(teams.body.as_array().unwrap().len(), 2, "{}", teams.body);

    // The former ward's official does not see the successor's case.
    app.get(&format!("/api/v1/cases/{new_case}"), Auth::Bearer(&boxuyen))
        .await
        .assert_problem(404, "not_found");
    let own = app.get("/api/v1/cases", Auth::Bearer(&boxuyen)).await;
    assert_eq!(ids(&own.body), [old_case]);

    // A sibling new ward sees neither.
    for case in [old_case, new_case] {
        app.get(&format!("/api/v1/cases/{case}"), Auth::Bearer(&sibling))
            .await
            .assert_problem(404, "not_found");
    }
    assert_eq!(
        ids(&app.get("/api/v1/cases", Auth::Bearer(&sibling)).await.body),
        Vec::<i64>::new()
    );
    let teams = app.get("/api/v1/teams", Auth::Bearer(&sibling)).await;
    assert_eq!(teams.body, json!([]));
}

#[actix_web::test]
async fn the_successors_read_the_former_units_reports() {
    let app = TestApp::start().await;
    let (_boxuyen, report) = submitted_report(&app).await;
    let path = format!("/api/v1/reports/{}", report["id"]);
    app.user("thaibinh", Role::WardOfficial, "13225@2025");
    app.user("tranlam", Role::WardOfficial, "12454@2025");
    app.user("hungyen", Role::Province, "33");
    let successor = app.login("thaibinh").await;
    let sibling = app.login("tranlam").await;
    let province = app.login("hungyen").await;

    let read = app.get(&path, Auth::Bearer(&successor)).await;
    assert_eq!(read.status, 200, "{}", read.body);
    assert_eq!(
        read.body["may_edit"], false,
        "a successor reads, the report stays Bồ Xuyên's"
    );
    let read = app.get(&path, Auth::Bearer(&province)).await;
    assert_eq!(read.status, 200, "{}", read.body);
    app.get(&path, Auth::Bearer(&sibling))
        .await
        .assert_problem(404, "not_found");

    // So does Hưng Yên's machine client, in its feed.
    app.user("root", Role::Admin, "33");
    let admin = app.login("root").await;
    let client = app
        .post(
            "/api/v1/admin/clients",
            Auth::Bearer(&admin),
            json!({"name": "Sở Tư pháp Hưng Yên", "unit_id": app.unit("33")}),
        )
        .await;
    assert_eq!(client.status, 201, "{}", client.body);
    let token = app
        .post(
            "/api/v1/auth/token",
            Auth::None,
            json!({"grant_type": "client_credentials", "client_id": client.body["client"]["client_id"],
                   "client_secret": client.body["client_secret"]}),
        )
        .await;
    let machine = token.body["access_token"].as_str().unwrap().to_owned();
    let feed = app
        .get("/api/v1/report-changes", Auth::Bearer(&machine))
        .await;
    assert_eq!(feed.body["items"][0]["id"], report["id"], "{}", feed.body);
    assert_eq!(app.get(&path, Auth::Bearer(&machine)).await.status, 200);

    // Hưng Yên reads the former Thái Bình city's figures.
    let city = format!(
        "/api/v1/indicators?unit_id={}&year=2025&period=half_year",
        app.unit("336")
    );
    let figures = app.get(&city, Auth::Bearer(&province)).await;
    assert_eq!(figures.status, 200, "{}", figures.body);
    app.get(&city, Auth::Bearer(&sibling))
        .await
        .assert_problem(403, "forbidden");
}
