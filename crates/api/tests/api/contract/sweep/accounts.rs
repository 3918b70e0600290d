//! The sweep: sessions, accounts and machine clients.

use super::*;

pub(super) async fn sessions_and_accounts(app: &TestApp) -> String {
    assert_eq!(
        ok(&app.get("/api/v1/health", Auth::None).await, 200)["database"],
        true
    );
    app.user("root", Role::Admin, "34");
    let session = app.login_with("root", PASSWORD).await;
    ok(&session, 200);
    let refreshed = app
        .send(
            Method::POST,
            "/api/v1/auth/refresh",
            Auth::Cookie(&session.cookie("hgcs_refresh").unwrap()),
            None,
        )
        .await;
    ok(&refreshed, 200);
    let logout = app
        .send(
            Method::POST,
            "/api/v1/auth/logout",
            Auth::Cookie(&refreshed.cookie("hgcs_refresh").unwrap()),
            None,
        )
        .await;
    ok(&logout, 204);

    let admin = app.login("root").await;
    let bearer = Auth::Bearer(&admin);
    ok(&app.get("/api/v1/me", bearer).await, 200);
    let user = ok(
        &app.post(
            "/api/v1/admin/users",
            bearer,
            json!({
                "username": "hoa.nt", "display_name": "Nguyễn Thị Hoa", "password": "mật khẩu đủ dài",
                "role": "ward_official", "unit_id": app.unit("12436"),
                "organisation_id": app.organisation("UBND-12436"),
            }),
        )
        .await,
        201,
    );
    let user = id(&user);
    ok(&app.get("/api/v1/admin/users", bearer).await, 200);
    ok(
        &app.get(&format!("/api/v1/admin/users/{user}"), bearer)
            .await,
        200,
    );
    for action in ["disable", "enable"] {
        ok(
            &app.post(
                &format!("/api/v1/admin/users/{user}/{action}"),
                bearer,
                json!(null),
            )
            .await,
            200,
        );
    }
    ok(
        &app.post(
            &format!("/api/v1/admin/users/{user}/password"),
            bearer,
            json!({"password": "một mật khẩu mới"}),
        )
        .await,
        204,
    );
    ok(
        &app.get("/api/v1/audit?entity=user&limit=5", bearer).await,
        200,
    );

    let client = ok(
        &app.post(
            "/api/v1/admin/clients",
            bearer,
            json!({"name": "Hệ thống Sở Tư pháp", "unit_id": app.unit("34")}),
        )
        .await,
        201,
    );
    ok(&app.get("/api/v1/admin/clients", bearer).await, 200);
    let issued = ok(
        &app.post(
            "/api/v1/auth/token",
            Auth::None,
            json!({"grant_type": "client_credentials", "client_id": client["client"]["client_id"],
                   "client_secret": client["client_secret"]}),
        )
        .await,
        200,
    );
    let machine = issued["access_token"].as_str().unwrap();
    ok(&app.get("/api/v1/units", Auth::Bearer(machine)).await, 200);
    ok(
        &app.post(
            &format!("/api/v1/admin/clients/{}/disable", id(&client["client"])),
            bearer,
            json!(null),
        )
        .await,
        200,
    );

    app.user("changer", Role::WardOfficial, "12436");
    let changer = app.login("changer").await;
    ok(
        &app.post(
            "/api/v1/me/password",
            Auth::Bearer(&changer),
            json!({"current_password": PASSWORD, "new_password": "a brand new passphrase"}),
        )
        .await,
        204,
    );
    admin
}
