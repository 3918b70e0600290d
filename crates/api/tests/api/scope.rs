//! A user sees their unit, what lies below it and the units above it;
//! another ward's records are refused.

use hgcs_domain::Role;

use crate::support::{Auth, TestApp};

fn names(body: &serde_json::Value) -> Vec<String> {
    body.as_array()
        .unwrap()
        .iter()
        .map(|item| item["name"].as_str().unwrap().to_owned())
        .collect()
}

#[actix_web::test]
async fn a_ward_official_cannot_read_another_ward() {
    let app = TestApp::start().await;
    app.user("boxuyen", Role::WardOfficial, "12436");
    let token = app.login("boxuyen").await;

    let own = app
        .get(
            &format!("/api/v1/units/{}", app.unit("12436")),
            Auth::Bearer(&token),
        )
        .await;
    assert_eq!(own.status, 200, "{}", own.body);
    assert_eq!(own.body["name"], "Phường Bồ Xuyên");
    let ancestors: Vec<_> = own.body["ancestors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["code"].clone())
        .collect();
    assert_eq!(ancestors, ["336", "34"]);

    let other = app
        .get(
            &format!("/api/v1/units/{}", app.unit("12439")),
            Auth::Bearer(&token),
        )
        .await;
    other.assert_problem(404, "not_found");

    let other_org = app
        .get(
            &format!("/api/v1/organisations/{}", app.organisation("UBND-12439")),
            Auth::Bearer(&token),
        )
        .await;
    other_org.assert_problem(404, "not_found");
    let own_org = app
        .get(
            &format!("/api/v1/organisations/{}", app.organisation("UBND-12436")),
            Auth::Bearer(&token),
        )
        .await;
    assert_eq!(own_org.status, 200);
}

#[actix_web::test]
async fn a_ward_lists_itself_and_the_units_above_but_no_sibling() {
    let app = TestApp::start().await;
    app.user("dethamward", Role::WardOfficial, "12439");
    let token = app.login("dethamward").await;
    let listed = app.get("/api/v1/units", Auth::Bearer(&token)).await;
    assert_eq!(listed.status, 200);
    let mut found = names(&listed.body);
    found.sort();
    assert_eq!(
        found,
        ["Phường Đề Thám", "Thành phố Thái Bình", "Tỉnh Thái Bình"]
    );

    // Its city, seen from the ward, lists only the ward among its children.
    let city = app
        .get(
            &format!("/api/v1/units/{}", app.unit("336")),
            Auth::Bearer(&token),
        )
        .await;
    assert_eq!(city.status, 200);
    let children: Vec<_> = city.body["children"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].clone())
        .collect();
    assert_eq!(children, ["Phường Đề Thám"]);

    let orgs = app.get("/api/v1/organisations", Auth::Bearer(&token)).await;
    let org_names = names(&orgs.body);
    assert!(org_names.contains(&"Phòng Tư pháp thành phố Thái Bình".to_owned()));
    assert!(org_names.contains(&"Ủy ban nhân dân phường Đề Thám".to_owned()));
    assert!(
        !org_names.iter().any(|n| n.contains("Bồ Xuyên")),
        "{org_names:?}"
    );
}

#[actix_web::test]
async fn the_city_justice_office_sees_every_ward_of_the_city() {
    let app = TestApp::start().await;
    app.user("phongtuphap", Role::CityJustice, "336");
    let token = app.login("phongtuphap").await;
    let wards = app
        .get(
            &format!("/api/v1/units?parent_id={}", app.unit("336")),
            Auth::Bearer(&token),
        )
        .await;
    assert_eq!(names(&wards.body).len(), 19);
    let other_province = app
        .get(
            &format!("/api/v1/units/{}", app.unit("12817@2025")),
            Auth::Bearer(&token),
        )
        .await;
    other_province.assert_problem(404, "not_found");
}

#[actix_web::test]
async fn search_and_date_filters_apply_within_scope() {
    let app = TestApp::start().await;
    app.user("thanhpho", Role::CityJustice, "336");
    let token = app.login("thanhpho").await;
    let found = app
        .get("/api/v1/units?q=dong%20hoa", Auth::Bearer(&token))
        .await;
    assert_eq!(names(&found.body), ["Xã Đông Hòa"]);
    let accented = app
        .get(
            "/api/v1/units?q=%C4%90%C3%B4ng%20Ho%C3%A0",
            Auth::Bearer(&token),
        )
        .await;
    assert_eq!(names(&accented.body), ["Xã Đông Hòa"]);
    let after_reform = app
        .get(
            "/api/v1/units?level=commune&on=2025-08-01",
            Auth::Bearer(&token),
        )
        .await;
    assert_eq!(
        names(&after_reform.body).len(),
        0,
        "the new wards lie outside the former city"
    );
}

#[actix_web::test]
async fn only_administrators_reach_the_admin_endpoints() {
    let app = TestApp::start().await;
    for (name, role, unit) in [
        ("cityjustice", Role::CityJustice, "336"),
        ("ward", Role::WardOfficial, "12436"),
        ("front", Role::FrontPartner, "336"),
    ] {
        app.user(name, role, unit);
        let token = app.login(name).await;
        for path in ["/api/v1/admin/users", "/api/v1/admin/clients"] {
            app.get(path, Auth::Bearer(&token))
                .await
                .assert_problem(403, "forbidden");
        }
    }
}
