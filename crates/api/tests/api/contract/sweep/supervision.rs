//! The sweep: supervision by the Front and the ward's answer; what a
//! legal partner supplied; the day's digest.

use super::*;

pub(super) async fn supervision(app: &TestApp, ward: &str, team: &Value) {
    app.user("mattranquet", Role::FrontPartner, "336");
    let front = app.login("mattranquet").await;
    let made = ok(
        &app.post(
            "/api/v1/supervisions",
            Auth::Bearer(&front),
            json!({"subject": "team", "team_id": team["id"], "supervised_on": "2026-11-20",
                   "findings": "Sổ theo dõi ghi chưa đủ.", "recommendations": "Ghi đủ theo mẫu."}),
        )
        .await,
        201,
    );
    let supervision = id(&made);
    ok(
        &app.get("/api/v1/supervisions?status=open", Auth::Bearer(ward))
            .await,
        200,
    );
    ok(
        &app.get(
            &format!("/api/v1/supervisions/{supervision}"),
            Auth::Bearer(&front),
        )
        .await,
        200,
    );
    ok(
        &app.post(
            &format!("/api/v1/supervisions/{supervision}/answers"),
            Auth::Bearer(ward),
            json!({"body": "Đã bổ sung sổ theo dõi."}),
        )
        .await,
        201,
    );
    app.user("toaanquet", Role::LegalPartner, "336");
    let court = app.login("toaanquet").await;
    ok(
        &app.post(
            "/api/v1/partner-support",
            Auth::Bearer(&court),
            json!({"kind": "material", "unit_id": app.unit("12436"), "supplied_on": "2026-10-01",
                   "description": "Sổ tay pháp luật về hòa giải", "quantity": 30}),
        )
        .await,
        201,
    );
    ok(
        &app.get(
            "/api/v1/partner-support?kind=material",
            Auth::Bearer(&court),
        )
        .await,
        200,
    );
    // The day's digest, with the open supervision in the ward's.
    let made = hgcs_api::digest::run(&mut app.conn(), hgcs_domain::time::today()).unwrap();
    assert!(
        matches!(made, hgcs_api::digest::Outcome::Made { .. }),
        "{made:?}"
    );
    let digests = ok(
        &app.get("/api/v1/me/digests", Auth::Bearer(ward)).await,
        200,
    );
    let me = ok(
        &app.send(
            Method::PUT,
            "/api/v1/me/email",
            Auth::Bearer(ward),
            Some(json!({"email": "tuphap@boxuyen.gov.vn"})),
        )
        .await,
        200,
    );
    assert_eq!(me["email"], "tuphap@boxuyen.gov.vn");
    assert!(
        !digests[0]["items"].as_array().unwrap().is_empty(),
        "{digests}"
    );
}
