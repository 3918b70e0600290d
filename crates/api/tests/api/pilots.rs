//! Pilot models and commendations: who registers, evaluates, nominates and decides.

use hgcs_domain::Role;
use serde_json::json;

use crate::support::{Auth, TestApp};

#[actix_web::test]
async fn pilots_are_registered_evaluated_and_replicated() {
    let app = TestApp::start().await;
    app.user("boxuyen", Role::WardOfficial, "12436");
    app.user("detham", Role::WardOfficial, "12439");
    app.user("phongtuphap", Role::CityJustice, "336");
    let ward = app.login("boxuyen").await;
    let other = app.login("detham").await;
    let city = app.login("phongtuphap").await;
    let model = json!({"unit_id": app.unit("12436"), "year": 2020, "name": "Tổ hòa giải kiểu mẫu", "description": "Mô hình tại tổ dân phố số 3"});

    app.post("/api/v1/pilots", Auth::Bearer(&other), model.clone())
        .await
        .assert_problem(403, "forbidden");
    // Pilots belong to a year of a programme: 2019–2022 and 2024–2030
    // are, 2023 (between them) is not; nothing is written when refused.
    let programmes = app.get("/api/v1/programmes", Auth::Bearer(&ward)).await;
    let periods: Vec<(String, i64, i64)> = programmes
        .body
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["decision"].as_str().unwrap().to_owned(),
                p["first_year"].as_i64().unwrap(),
                p["last_year"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        periods,
        [
            ("428/QĐ-TTg".to_owned(), 2019, 2022),
            ("315/QĐ-TTg".to_owned(), 2024, 2030)
        ]
    );
    let mut between = model.clone();
    between["year"] = json!(2023);
    let refused = app
        .post("/api/v1/pilots", Auth::Bearer(&ward), between)
        .await;
    refused.assert_problem(422, "validation_failed");
    assert_eq!(refused.body["errors"][0]["code"], "not_a_pilot_year");
    for year in [2022, 2025] {
        let mut later = model.clone();
        later["year"] = json!(year);
        later["name"] = json!(format!("Mô hình năm {year}"));
        let made = app.post("/api/v1/pilots", Auth::Bearer(&ward), later).await;
        assert_eq!(made.status, 201, "{year}: {}", made.body);
    }

    let created = app.post("/api/v1/pilots", Auth::Bearer(&ward), model).await;
    assert_eq!(created.status, 201, "{}", created.body);
    let id = created.body["id"].as_i64().unwrap();

    let evaluation = json!({
        "evaluated_on": "2022-08-20",
        "criteria": [
            {"name": "Số vụ việc hòa giải thành", "max_score": 40, "score": 35},
            {"name": "Kỹ năng của hòa giải viên", "max_score": 60, "score": 48},
        ],
        "conclusion": "Hiệu quả, đề nghị nhân rộng",
        "recommend_replication": true,
    });
    app.send(
        actix_web::http::Method::PUT,
        &format!("/api/v1/pilots/{id}/evaluation"),
        Auth::Bearer(&ward),
        Some(evaluation.clone()),
    )
    .await
    .assert_problem(403, "forbidden");
    let version = format!("\"{}\"", created.body["version"]);
    let evaluated = app
        .send_with(
            actix_web::http::Method::PUT,
            &format!("/api/v1/pilots/{id}/evaluation"),
            Auth::Bearer(&city),
            Some(evaluation),
            &[("If-Match", &version)],
        )
        .await;
    assert_eq!(evaluated.status, 200, "{}", evaluated.body);
    assert_eq!(evaluated.body["evaluation"]["total"], 83);
    assert_eq!(evaluated.body["evaluation"]["max_total"], 100);

    let by_ward = app
        .post(
            &format!("/api/v1/pilots/{id}/replications"),
            Auth::Bearer(&ward),
            json!({"decision": {"number": "120", "doc_type": "QĐ", "issuer": "UBND", "issued_on": "2022-09-05"},
                   "unit_ids": [app.unit("12439")]}),
        )
        .await;
    by_ward.assert_problem(403, "forbidden");
    let replicated = app
        .post(
            &format!("/api/v1/pilots/{id}/replications"),
            Auth::Bearer(&city),
            json!({"decision": {"number": "120", "doc_type": "QĐ", "issuer": "UBND", "issued_on": "2022-09-05"},
                   "unit_ids": [app.unit("12439"), app.unit("12442")]}),
        )
        .await;
    assert_eq!(replicated.status, 200, "{}", replicated.body);
    let wards: Vec<_> = replicated.body["replications"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["unit"]["name"].clone())
        .collect();
    assert_eq!(wards, ["Phường Đề Thám", "Phường Kỳ Bá"]);
    assert_eq!(
        replicated.body["replications"][0]["decision"]["number"],
        "120"
    );

    let outside = app
        .post(
            &format!("/api/v1/pilots/{id}/replications"),
            Auth::Bearer(&city),
            json!({"decision": {"number": "121", "doc_type": "QĐ", "issuer": "UBND", "issued_on": "2022-09-05"},
                   "unit_ids": [app.unit("12817@2025")]}),
        )
        .await;
    outside.assert_problem(422, "validation_failed");

    let seen_by_other = app.get("/api/v1/pilots", Auth::Bearer(&other)).await;
    assert_eq!(
        seen_by_other.body,
        json!([]),
        "another ward does not see Bồ Xuyên's pilot"
    );
}

#[actix_web::test]
async fn a_ward_nominates_and_the_city_decides_once() {
    let app = TestApp::start().await;
    app.user("boxuyen", Role::WardOfficial, "12436");
    app.user("detham", Role::WardOfficial, "12439");
    app.user("phongtuphap", Role::CityJustice, "336");
    app.user("luatgia", Role::LegalPartner, "336");
    let ward = app.login("boxuyen").await;
    let other = app.login("detham").await;
    let city = app.login("phongtuphap").await;
    let partner = app.login("luatgia").await;
    let nomination = json!({"year": 2022, "nominee_kind": "mediator", "nominee_name": "Trần Văn Bình",
        "grounds": "Hòa giải thành 12 vụ việc trong năm", "proposed_level": "city"});

    app.post(
        "/api/v1/commendations",
        Auth::Bearer(&partner),
        nomination.clone(),
    )
    .await
    .assert_problem(403, "forbidden");
    let created = app
        .post("/api/v1/commendations", Auth::Bearer(&ward), nomination)
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    assert_eq!(created.body["unit"]["name"], "Phường Bồ Xuyên");
    assert_eq!(created.body["status"], "proposed");
    let id = created.body["id"].as_i64().unwrap();

    let others_list = app
        .get("/api/v1/commendations?year=2022", Auth::Bearer(&other))
        .await;
    assert_eq!(others_list.body, json!([]));
    app.post(
        &format!("/api/v1/commendations/{id}/decision"),
        Auth::Bearer(&ward),
        json!({"approved": true}),
    )
    .await
    .assert_problem(403, "forbidden");
    let missing = app
        .post(
            &format!("/api/v1/commendations/{id}/decision"),
            Auth::Bearer(&city),
            json!({"approved": true}),
        )
        .await;
    missing.assert_problem(422, "validation_failed");
    assert_eq!(missing.body["errors"][0]["field"], "decision");

    let decision = json!({"approved": true, "decision": {"number": "2456", "doc_type": "QĐ", "issuer": "UBND", "issued_on": "2022-12-20"}});
    let decided = app
        .post(
            &format!("/api/v1/commendations/{id}/decision"),
            Auth::Bearer(&city),
            decision.clone(),
        )
        .await;
    assert_eq!(decided.status, 200, "{}", decided.body);
    assert_eq!(decided.body["status"], "approved");
    assert_eq!(decided.body["decision"]["number"], "2456");
    app.post(
        &format!("/api/v1/commendations/{id}/decision"),
        Auth::Bearer(&city),
        decision,
    )
    .await
    .assert_problem(409, "conflict");
    let listed = app
        .get(
            "/api/v1/commendations?year=2022&status=approved",
            Auth::Bearer(&ward),
        )
        .await;
    assert_eq!(listed.body.as_array().unwrap().len(), 1);
}
