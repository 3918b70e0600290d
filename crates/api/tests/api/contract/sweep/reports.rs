use serde_json::json;

use super::{id, ok, put};
use crate::support::{Auth, TestApp};

/// Periods, indicators, and a ward report through submission, return,
/// resubmission and acceptance, read back with its first submission;
/// the city's dashboard and its workbook.
pub async fn reports(app: &TestApp, ward: &str, city: &str) {
    let bearer = Auth::Bearer(ward);
    ok(
        &app.get("/api/v1/report-periods?year=2024", bearer).await,
        200,
    );
    ok(
        &app.get("/api/v1/indicators?year=2024&period=half_year", bearer)
            .await,
        200,
    );
    let report = ok(
        &app.post(
            "/api/v1/reports",
            bearer,
            json!({"year": 2024, "period": "half_year"}),
        )
        .await,
        201,
    );
    let path = format!("/api/v1/reports/{}", id(&report));
    let body = json!({"number": "01/BC-UBND", "commentary": "Ổn định", "estimates": {"II.1": 1}});
    ok(&put(app, &path, ward, body).await, 200);
    ok(
        &app.post(&format!("{path}/submit"), bearer, json!(null))
            .await,
        200,
    );
    let review = format!("{path}/review");
    let comment = json!({"accepted": false, "comment": "Bổ sung"});
    ok(&app.post(&review, Auth::Bearer(city), comment).await, 200);
    ok(
        &app.post(&format!("{path}/submit"), bearer, json!(null))
            .await,
        200,
    );
    let accept = json!({"accepted": true});
    ok(&app.post(&review, Auth::Bearer(city), accept).await, 200);
    ok(&app.get(&path, bearer).await, 200);
    ok(
        &app.get("/api/v1/report-changes?limit=5", bearer).await,
        200,
    );
    for file in ["xlsx", "docx"] {
        let (status, ..) = app.get_bytes(&format!("{path}/{file}"), ward).await;
        assert_eq!(status, 200, "{file}");
    }
    ok(
        &app.get(&format!("{path}/submissions/1"), bearer).await,
        200,
    );
    ok(
        &app.get(
            "/api/v1/reports?year=2024&period=half_year",
            Auth::Bearer(city),
        )
        .await,
        200,
    );
    ok(
        &app.get("/api/v1/dashboard?year=2024", Auth::Bearer(city))
            .await,
        200,
    );
    let (status, ..) = app
        .get_bytes("/api/v1/dashboard/xlsx?year=2024", city)
        .await;
    assert_eq!(status, 200, "dashboard workbook");
}
