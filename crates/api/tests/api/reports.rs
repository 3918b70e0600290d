//! Reporting periods and the indicators computed from the registers,
//! checked against figures counted by hand.

use diesel::connection::SimpleConnection;
use hgcs_domain::Role;
use hgcs_domain::reports::Measure;
use serde_json::{Value, json};

use crate::fixtures::{NewCase, member, step, ward_with_team};
use crate::support::{Auth, Reply, TestApp};

fn value(table: &Value, measure: &str) -> Value {
    table["rows"]
        .as_array()
        .and_then(|rows| rows.iter().find(|row| row["measure"] == measure))
        .map(|row| row["actual"].clone())
        .unwrap_or_else(|| panic!("no indicator {measure} in {table}"))
}

async fn indicators(app: &TestApp, token: &str, query: &str) -> Reply {
    app.get(&format!("/api/v1/indicators?{query}"), Auth::Bearer(token))
        .await
}

#[actix_web::test]
async fn the_periods_of_a_year_carry_their_vietnamese_names_and_days() {
    let app = TestApp::start().await;
    app.user("boxuyen", Role::WardOfficial, "12436");
    let ward = app.login("boxuyen").await;
    let periods = app
        .get("/api/v1/report-periods?year=2025", Auth::Bearer(&ward))
        .await;
    assert_eq!(periods.status, 200, "{}", periods.body);
    let names: Vec<&str> = periods
        .body
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name_vi"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "6 tháng đầu năm 2025",
            "Năm 2025 (sơ bộ)",
            "Năm 2025 (chính thức)"
        ]
    );
    let half = &periods.body[0];
    assert_eq!(
        (&half["starts_on"], &half["actual_until"], &half["ends_on"]),
        (
            &json!("2025-01-01"),
            &json!("2025-05-31"),
            &json!("2025-06-30")
        )
    );
    assert_eq!(periods.body[2]["ward_due_on"], "2026-01-10");
}

/// Bồ Xuyên, first half of 2025 (cut-off 31/05): the cases received from
/// 01/01 to 31/05 by kind and result, the team's three mediators, the
/// village, and the pay paid in those days.
#[actix_web::test]
async fn a_wards_indicators_are_the_figures_counted_by_hand() {
    let app = TestApp::start().await;
    let (ward, _village, team) = ward_with_team(&app).await;
    let team_id = team["id"].as_i64().unwrap();
    let mediator = team["members"][0]["id"].as_i64().unwrap();
    let assign =
        |on: &str| json!({"action": "assign", "on": on, "mediators": [{"mediator_id": mediator}]});
    let case = |kind: &str, day: &str| NewCase::for_team(team_id).kind(kind).received_on(day);

    let successful = case("land_use", "2025-04-01").create(&app, &ward).await;
    for body in [
        assign("2025-04-01"),
        json!({"action": "start", "on": "2025-04-02"}),
        json!({"action": "succeed", "on": "2025-04-03", "outcome": "Hai bên thống nhất"}),
    ] {
        assert_eq!(step(&app, &ward, successful, body).await.status, 200);
    }
    let assigned = case("land_use", "2025-02-10").create(&app, &ward).await;
    assert_eq!(
        step(&app, &ward, assigned, assign("2025-02-10"))
            .await
            .status,
        200
    );
    case("marriage_family", "2025-03-01")
        .create(&app, &ward)
        .await;
    let started = case("water", "2025-05-31").create(&app, &ward).await;
    for body in [
        assign("2025-05-31"),
        json!({"action": "start", "on": "2025-06-01"}),
    ] {
        assert_eq!(step(&app, &ward, started, body).await.status, 200);
    }
    // After the cut-off, and before the period: not counted.
    let late = case("contract", "2025-06-15").create(&app, &ward).await;
    case("land_use", "2024-12-31").create(&app, &ward).await;
    // A mediator elected after the cut-off is not on the register yet.
    let mut newcomer = member("Phạm Thị Hoa", "female");
    newcomer["elected"]["on"] = json!("2025-06-20");
    newcomer["recognised_by"]["issued_on"] = json!("2025-06-23");
    let added = app
        .post(
            &format!("/api/v1/teams/{team_id}/members"),
            Auth::Bearer(&ward),
            newcomer,
        )
        .await;
    assert_eq!(added.status, 201, "{}", added.body);
    // Paid in the period (300 000) and after it (400 000).
    app.conn()
        .batch_execute(&format!(
            "INSERT INTO pay_rates (unit_id, amount_vnd, effective_from, basis) \
                 SELECT id, 300000, DATE '2020-01-01', 'Nghị quyết' FROM units WHERE seed_key = '34'; \
             INSERT INTO pay_claims (case_id, rate_id, amount_vnd, claimed_by, claimed_on, status, paid_on) \
                 SELECT c.id, r.id, CASE WHEN c.id = {successful} THEN 300000 ELSE 400000 END, c.created_by, \
                        c.received_on, 'paid', CASE WHEN c.id = {successful} THEN DATE '2025-04-10' ELSE DATE '2025-06-20' END \
                 FROM cases c, pay_rates r WHERE c.id IN ({successful}, {late});"
        ))
        .unwrap();

    let table = indicators(&app, &ward, "year=2025&period=half_year").await;
    assert_eq!(table.status, 200, "{}", table.body);
    assert_eq!(table.body["unit"]["id"], app.unit("12436").0);
    assert_eq!(table.body["period"]["name_vi"], "6 tháng đầu năm 2025");
    let expected = [
        ("villages", 1),
        ("teams", 1),
        ("mediators", 3),
        ("mediators_female", 1),
        ("mediators_male", 2),
        ("mediators_kinh", 3),
        ("mediators_minority", 0),
        ("mediators_other_degree", 3),
        ("mediators_law_degree", 0),
        ("cases_received", 4),
        ("cases_civil", 2),
        ("cases_marriage_family", 1),
        ("cases_other", 1),
        ("cases_successful", 1),
        ("cases_unsuccessful", 0),
        ("cases_in_progress", 1),
        ("cases_not_handled", 2),
        ("cases_withdrawn", 0),
        ("pay_spent_vnd", 300_000),
    ];
    for (measure, n) in expected {
        assert_eq!(value(&table.body, measure), json!(n), "{measure}");
    }
    assert_eq!(value(&table.body, "mediators_trained"), json!(0));
    // Each case figure opens the list of its cases: as many as it counts.
    for measure in Measure::ALL {
        let Some(drill) = measure.case_drill() else {
            continue;
        };
        let mut path = format!(
            "/api/v1/cases?unit_id={}&from=2025-01-01&to=2025-05-31&limit=200",
            app.unit("12436").0
        );
        if let Some(group) = drill.group {
            path.push_str(&format!("&group={group}"));
        }
        if let Some(result) = drill.result {
            path.push_str(&format!("&result={result}"));
        }
        let listed = app.get(&path, Auth::Bearer(&ward)).await;
        assert_eq!(listed.status, 200, "{}", listed.body);
        let found = listed.body["items"].as_array().unwrap().len();
        assert_eq!(
            json!(found),
            value(&table.body, measure.as_str()),
            "{measure}"
        );
    }
    assert_eq!(table.body["rows"][0]["label_vi"], "Số thôn, tổ dân phố");
    // The pay figure opens the claims paid in the period's days.
    let paid = app
        .get(
            &format!(
                "/api/v1/pay-claims?unit_id={}&status=paid&paid_from=2025-01-01&paid_to=2025-05-31",
                app.unit("12436").0
            ),
            Auth::Bearer(&ward),
        )
        .await;
    assert_eq!(paid.status, 200, "{}", paid.body);
    let sum: i64 = paid.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["amount_vnd"].as_i64().unwrap())
        .sum();
    assert_eq!(json!(sum), value(&table.body, "pay_spent_vnd"));
    app.user("detham", Role::WardOfficial, "12439");
    let other = app.login("detham").await;
    app.get(
        &format!("/api/v1/pay-claims?unit_id={}", app.unit("12436").0),
        Auth::Bearer(&other),
    )
    .await
    .assert_problem(403, "forbidden");

    // The year counts the late case and the newcomer; the city sums its
    // wards (only Bồ Xuyên has records here).
    let year = indicators(&app, &ward, "year=2025&period=year_official").await;
    assert_eq!(value(&year.body, "cases_received"), json!(5));
    assert_eq!(value(&year.body, "mediators"), json!(4));
    assert_eq!(value(&year.body, "pay_spent_vnd"), json!(700_000));
    app.user("phongtp", Role::CityJustice, "336");
    let city = app.login("phongtp").await;
    let city_half = indicators(
        &app,
        &city,
        &format!("unit_id={}&year=2025&period=half_year", app.unit("336").0),
    )
    .await;
    assert_eq!(city_half.status, 200, "{}", city_half.body);
    assert_eq!(city_half.body["rows"], table.body["rows"]);

    // A case that moves on changes the live figures.
    assert_eq!(
        step(
            &app,
            &ward,
            started,
            json!({"action": "fail", "on": "2025-06-02", "outcome": "Không thống nhất"})
        )
        .await
        .status,
        200
    );
    let after = indicators(&app, &ward, "year=2025&period=half_year").await;
    assert_eq!(value(&after.body, "cases_in_progress"), json!(0));
    assert_eq!(value(&after.body, "cases_unsuccessful"), json!(1));
}

#[actix_web::test]
async fn another_ward_a_village_and_an_unknown_period_are_refused() {
    let app = TestApp::start().await;
    let (ward, village, _team) = ward_with_team(&app).await;
    app.user("detham", Role::WardOfficial, "12439");
    let other = app.login("detham").await;
    let boxuyen = app.unit("12436").0;
    indicators(
        &app,
        &other,
        &format!("unit_id={boxuyen}&year=2025&period=half_year"),
    )
    .await
    .assert_problem(403, "forbidden");
    // Nor the city above it.
    indicators(
        &app,
        &ward,
        &format!("unit_id={}&year=2025&period=half_year", app.unit("336").0),
    )
    .await
    .assert_problem(403, "forbidden");
    let at_village = indicators(
        &app,
        &ward,
        &format!("unit_id={village}&year=2025&period=half_year"),
    )
    .await;
    at_village.assert_problem(422, "validation_failed");
    assert_eq!(at_village.body["errors"][0]["code"], "unit_level_mismatch");
    // A year outside the calendar is refused, not a server error.
    indicators(&app, &ward, "year=5000&period=half_year")
        .await
        .assert_problem(422, "validation_failed");
    app.post(
        "/api/v1/reports",
        Auth::Bearer(&ward),
        json!({"year": 2200, "period": "half_year"}),
    )
    .await
    .assert_problem(422, "validation_failed");
    let unknown = indicators(&app, &ward, "year=2025&period=quarter").await;
    unknown.assert_problem(422, "validation_failed");
    assert_eq!(unknown.body["errors"][0]["field"], "period");
    // Partners of the city read its counts.
    app.user("mttq", Role::FrontPartner, "336");
    let partner = app.login("mttq").await;
    let read = indicators(&app, &partner, "year=2025&period=half_year").await;
    assert_eq!(read.status, 200, "{}", read.body);
}

/// From 01/07/2025 Phường Thái Bình took over Bồ Xuyên: its year counts
/// Bồ Xuyên's records; its first half of 2025 (before the reform) does not.
#[actix_web::test]
async fn a_new_ward_counts_the_records_of_the_communes_it_took_over() {
    let app = TestApp::start().await;
    let (ward, _village, team) = ward_with_team(&app).await;
    NewCase::for_team(team["id"].as_i64().unwrap())
        .received_on("2025-03-03")
        .create(&app, &ward)
        .await;
    app.user("phuongtb", Role::WardOfficial, "13225@2025");
    let successor = app.login("phuongtb").await;
    let year = indicators(&app, &successor, "year=2025&period=year_official").await;
    assert_eq!(year.status, 200, "{}", year.body);
    assert_eq!(value(&year.body, "cases_received"), json!(1));
    assert_eq!(value(&year.body, "mediators"), json!(3));
    let former: Vec<&Value> = year.body["predecessors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| &u["id"])
        .collect();
    assert!(
        former.contains(&&json!(app.unit("12436").0)),
        "{}",
        year.body["predecessors"]
    );
    let half = indicators(&app, &successor, "year=2025&period=half_year").await;
    assert_eq!(value(&half.body, "cases_received"), json!(0));
    assert_eq!(half.body["predecessors"], json!([]));
    // The former commune does not count its successor's figures.
    let own = indicators(&app, &ward, "year=2025&period=year_official").await;
    assert_eq!(own.body["predecessors"], json!([]));
}
