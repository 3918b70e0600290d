//! One pass through the whole API: every operation of the committed
//! document answers at least once with a success, and every answer is
//! checked against the document on the way (see `TestApp`).

use actix_web::http::Method;
use hgcs_domain::Role;
use serde_json::{Value, json};

use crate::fixtures::{NewCase, member, plan_42, step, ward_with_team};
use crate::support::{Auth, PASSWORD, Reply, TestApp};

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n";

const REGISTER: &str = "STT;Thôn/tổ dân phố;Tổ hòa giải;Họ và tên;Giới tính;Năm sinh;Dân tộc;Trình độ;Nghề nghiệp;Tổ trưởng\n\
1;Tổ dân phố số 3;Tổ hòa giải số 2;Đinh Văn Một;Nam;1958;Kinh;Cử nhân Luật;Luật sư;x\n\
2;Tổ dân phố số 3;Tổ hòa giải số 2;Mai Thị Hai;Nữ;1970;Kinh;Đại học;Giáo viên;\n\
3;Tổ dân phố số 3;Tổ hòa giải số 2;Cao Văn Ba;Nam;1962;;Không;Hưu trí;\n";

/// Asserts a success and returns the body.
#[track_caller]
fn ok(reply: &Reply, status: u16) -> Value {
    assert_eq!(reply.status, status, "{}", reply.body);
    reply.body.clone()
}

fn id(value: &Value) -> i64 {
    value["id"]
        .as_i64()
        .unwrap_or_else(|| panic!("no id in {value}"))
}

/// A change as a client makes it: with the version it holds, here `*`
/// (whatever is current).
async fn put(app: &TestApp, path: &str, token: &str, body: Value) -> Reply {
    app.send_with(
        Method::PUT,
        path,
        Auth::Bearer(token),
        Some(body),
        &[("If-Match", "*")],
    )
    .await
}

mod accounts;
mod budget;
mod library;
mod mediation;
mod plans;
mod reports;
mod supervision;
mod trainings;

use accounts::sessions_and_accounts;
use budget::budget;
use library::library;
use mediation::{a_case, imports, places_and_teams, questions};
use plans::{pilots_and_commendations, plans_and_tasks};
use reports::reports;
use supervision::supervision;
use trainings::{materials, trainings};

#[actix_web::test]
async fn every_operation_is_exercised_and_answers_as_documented() {
    let app = TestApp::start().await;
    let admin = sessions_and_accounts(&app).await;
    let (ward, village, team) = places_and_teams(&app).await;
    app.user("phongtuphap", Role::CityJustice, "336");
    let city = app.login("phongtuphap").await;
    a_case(&app, &ward, &admin, village, &team).await;
    plans_and_tasks(&app, &ward, &city).await;
    budget(&app, &ward).await;
    imports(&app, &ward).await;
    questions(&app, &ward).await;
    supervision(&app, &ward, &team).await;
    pilots_and_commendations(&app, &ward, &city).await;
    reports(&app, &ward, &city).await;
    trainings(&app, &city, &team).await;
    materials(&app, &ward, &city, &team).await;
    library(&app, &ward, &city).await;
    ok(&app.get("/api/v1/health/live", Auth::None).await, 200);
    ok(&app.get("/api/v1/health/ready", Auth::None).await, 200);
    // Last: it ends every session of the city official.
    ok(
        &app.post(
            "/api/v1/auth/logout-everywhere",
            Auth::Bearer(&city),
            json!(null),
        )
        .await,
        204,
    );

    let answered = super::answered(app.server.addr());
    let missing: Vec<String> = super::operations()
        .difference(&answered)
        .map(|(method, path)| format!("{} {path}", method.to_ascii_uppercase()))
        .collect();
    assert!(
        missing.is_empty(),
        "operations of openapi/openapi.json never answered with a success: {missing:#?}"
    );
}
