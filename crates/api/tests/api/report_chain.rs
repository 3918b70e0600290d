//! A ward's report goes up to the city and on to the province: prepared
//! from the registers, submitted (frozen), returned with a comment,
//! revised, accepted, summed into the city's report, accepted by the
//! province. Another ward is refused all along.

use actix_web::http::Method;
use hgcs_domain::Role;
use serde_json::{Value, json};

use crate::fixtures::{NewCase, step, ward_with_team};
use crate::support::{Auth, Reply, TestApp};

fn line<'a>(report: &'a Value, measure: &str) -> &'a Value {
    report["content"]["lines"]
        .as_array()
        .and_then(|lines| lines.iter().find(|l| l["measure"] == measure))
        .unwrap_or_else(|| panic!("no line {measure} in {report}"))
}

async fn put_report(app: &TestApp, token: &str, report: &Value, body: Value) -> Reply {
    let id = &report["id"];
    let version = format!("\"{}\"", report["version"]);
    app.send_with(
        Method::PUT,
        &format!("/api/v1/reports/{id}"),
        Auth::Bearer(token),
        Some(body),
        &[("If-Match", &version)],
    )
    .await
}

async fn act(app: &TestApp, token: &str, report: &Value, action: &str, body: Value) -> Reply {
    app.post(
        &format!("/api/v1/reports/{}/{action}", report["id"]),
        Auth::Bearer(token),
        body,
    )
    .await
}

#[actix_web::test]
async fn a_ward_report_goes_up_to_the_city_and_the_province() {
    let app = TestApp::start().await;
    let (ward, _village, team) = ward_with_team(&app).await;
    let team_id = team["id"].as_i64().unwrap();
    let mediator = team["members"][0]["id"].as_i64().unwrap();
    let open = NewCase::for_team(team_id)
        .received_on("2025-02-03")
        .create(&app, &ward)
        .await;
    NewCase::for_team(team_id)
        .kind("marriage_family")
        .received_on("2025-03-04")
        .create(&app, &ward)
        .await;
    app.user("phongtp", Role::CityJustice, "336");
    let city = app.login("phongtp").await;
    app.user("sotp", Role::Province, "34");
    let province = app.login("sotp").await;
    app.user("detham", Role::WardOfficial, "12439");
    let other = app.login("detham").await;

    // The ward starts its report: figures prefilled, a draft.
    let started = app
        .post(
            "/api/v1/reports",
            Auth::Bearer(&ward),
            json!({"year": 2025, "period": "half_year"}),
        )
        .await;
    assert_eq!(started.status, 201, "{}", started.body);
    let report = started.body;
    assert_eq!(report["status"], "draft");
    assert_eq!(report["due_on"], "2025-06-05");
    assert_eq!(line(&report, "cases_received")["actual"], 2);
    assert_eq!(report["may_edit"], true);
    app.post(
        "/api/v1/reports",
        Auth::Bearer(&ward),
        json!({"year": 2025, "period": "half_year"}),
    )
    .await
    .assert_problem(409, "conflict");

    // Estimates for June, a number, a commentary.
    let written = put_report(
        &app,
        &ward,
        &report,
        json!({
            "number": "05/BC-UBND", "commentary": "Tình hình hòa giải ổn định.",
            "estimates": {"II.1": 3, "II.1.1": 2}
        }),
    )
    .await;
    assert_eq!(written.status, 200, "{}", written.body);
    let report = written.body;
    assert_eq!(line(&report, "cases_received")["total"], 5);
    assert_eq!(report["content"]["number"], "05/BC-UBND");
    let unknown = put_report(&app, &ward, &report, json!({"estimates": {"IX.9": 1}})).await;
    unknown.assert_problem(422, "validation_failed");
    assert_eq!(unknown.body["errors"][0]["field"], "estimates.IX.9");

    // Submitted: frozen. The ward can no longer write; a case that moves
    // on changes the live indicators, not the submitted report.
    let submitted = act(&app, &ward, &report, "submit", json!({})).await;
    assert_eq!(submitted.status, 200, "{}", submitted.body);
    let report = submitted.body;
    assert_eq!(report["status"], "submitted");
    assert_eq!(report["may_edit"], false);
    put_report(
        &app,
        &ward,
        &report,
        json!({"commentary": "Sửa sau khi gửi"}),
    )
    .await
    .assert_problem(409, "conflict");
    let assign =
        json!({"action": "assign", "on": "2025-02-03", "mediators": [{"mediator_id": mediator}]});
    assert_eq!(step(&app, &ward, open, assign).await.status, 200);
    let live = app
        .get(
            "/api/v1/indicators?year=2025&period=half_year",
            Auth::Bearer(&ward),
        )
        .await;
    let not_handled = live.body["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["measure"] == "cases_not_handled")
        .unwrap();
    assert_eq!(not_handled["actual"], 2);
    let received = app
        .post(
            "/api/v1/cases",
            Auth::Bearer(&ward),
            NewCase::for_team(team_id).received_on("2025-04-04").json(),
        )
        .await;
    assert_eq!(received.status, 201);
    let frozen = app
        .get(
            &format!("/api/v1/reports/{}", report["id"]),
            Auth::Bearer(&ward),
        )
        .await;
    assert_eq!(
        line(&frozen.body, "cases_received")["actual"],
        2,
        "frozen at submission"
    );

    // Another ward reads none of it and does nothing to it.
    let id = &report["id"];
    for reply in [
        app.get(&format!("/api/v1/reports/{id}"), Auth::Bearer(&other))
            .await,
        app.get(
            &format!("/api/v1/reports/{id}/submissions/1"),
            Auth::Bearer(&other),
        )
        .await,
        act(&app, &other, &report, "review", json!({"accepted": true})).await,
        act(&app, &other, &report, "submit", json!({})).await,
        put_report(&app, &other, &report, json!({})).await,
    ] {
        reply.assert_problem(404, "not_found");
    }
    app.get(
        &format!(
            "/api/v1/reports?unit_id={}&year=2025&period=half_year",
            app.unit("12436").0
        ),
        Auth::Bearer(&other),
    )
    .await
    .assert_problem(403, "forbidden");
    // The ward cannot review itself; the city cannot submit for it.
    act(&app, &ward, &report, "review", json!({"accepted": true}))
        .await
        .assert_problem(403, "forbidden");
    act(&app, &city, &report, "submit", json!({}))
        .await
        .assert_problem(403, "forbidden");

    // The city returns it with a comment (required).
    let bare = act(&app, &city, &report, "review", json!({"accepted": false})).await;
    bare.assert_problem(422, "validation_failed");
    let returned = act(
        &app,
        &city,
        &report,
        "review",
        json!({"accepted": false, "comment": "Bổ sung số liệu tháng 6"}),
    )
    .await;
    assert_eq!(returned.status, 200, "{}", returned.body);
    assert_eq!(returned.body["status"], "returned");
    assert_eq!(returned.body["submissions"][0]["outcome"], "returned");
    assert_eq!(
        returned.body["submissions"][0]["comment"],
        "Bổ sung số liệu tháng 6"
    );
    // Returned, it reads the live figures again (the case received since).
    assert_eq!(line(&returned.body, "cases_received")["actual"], 3);

    // Revised and submitted again; the first submission is kept as it was.
    let revised = put_report(
        &app,
        &ward,
        &returned.body,
        json!({"number": "06/BC-UBND", "estimates": {"II.1": 1}}),
    )
    .await;
    assert_eq!(revised.status, 200, "{}", revised.body);
    let again = act(&app, &ward, &revised.body, "submit", json!({})).await;
    assert_eq!(again.body["submissions"].as_array().unwrap().len(), 2);
    let first = app
        .get(
            &format!("/api/v1/reports/{id}/submissions/1"),
            Auth::Bearer(&ward),
        )
        .await;
    assert_eq!(first.body["number"], "05/BC-UBND");
    assert_eq!(
        first.body["lines"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["code"] == "II.1")
            .unwrap()["total"],
        5
    );
    let accepted = act(
        &app,
        &city,
        &again.body,
        "review",
        json!({"accepted": true}),
    )
    .await;
    assert_eq!(accepted.body["status"], "accepted");

    // The city's overview: Bồ Xuyên accepted, the other wards missing.
    let overview = app
        .get(
            &format!(
                "/api/v1/reports?unit_id={}&year=2025&period=half_year",
                app.unit("336").0
            ),
            Auth::Bearer(&city),
        )
        .await;
    assert_eq!(overview.status, 200, "{}", overview.body);
    let wards = overview.body["reporting"].as_array().unwrap();
    assert_eq!(
        wards.len(),
        19,
        "the 19 communes and wards of TP. Thái Bình"
    );
    let boxuyen = wards
        .iter()
        .find(|w| w["unit"]["id"] == app.unit("12436").0)
        .unwrap();
    assert_eq!(boxuyen["status"], "accepted");
    assert_eq!(boxuyen["late"], true, "first submitted after 05/06/2025");
    assert!(wards.iter().filter(|w| w["status"].is_null()).count() == 18);

    // The city's report sums the accepted ward reports and takes no estimates.
    let city_report = app
        .post(
            "/api/v1/reports",
            Auth::Bearer(&city),
            json!({"year": 2025, "period": "half_year"}),
        )
        .await;
    assert_eq!(city_report.status, 201, "{}", city_report.body);
    let city_report = city_report.body;
    assert_eq!(line(&city_report, "cases_received")["actual"], 3);
    assert_eq!(line(&city_report, "cases_received")["total"], 4);
    assert_eq!(city_report["content"]["sources"][0]["version"], 2);
    assert_eq!(city_report["due_on"], "2025-06-10");
    put_report(&app, &city, &city_report, json!({"estimates": {"II.1": 1}}))
        .await
        .assert_problem(422, "validation_failed");
    let city_submitted = act(&app, &city, &city_report, "submit", json!({})).await;
    assert_eq!(city_submitted.body["status"], "submitted");
    // The province accepts it.
    let by_province = act(
        &app,
        &province,
        &city_submitted.body,
        "review",
        json!({"accepted": true, "comment": "Đã nhận"}),
    )
    .await;
    assert_eq!(by_province.status, 200, "{}", by_province.body);
    assert_eq!(by_province.body["status"], "accepted");
    let read = app
        .get(
            &format!("/api/v1/reports/{}", city_report["id"]),
            Auth::Bearer(&province),
        )
        .await;
    assert_eq!(line(&read.body, "cases_received")["total"], 4);
}
