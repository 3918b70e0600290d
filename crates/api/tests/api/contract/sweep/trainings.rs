//! The sweep: a training course, its invitations and attendance.

use super::*;

/// A course of the city for the ward's team.
pub(super) async fn trainings(app: &TestApp, city: &str, team: &Value) {
    let bearer = Auth::Bearer(city);
    let course = ok(
        &app.post(
            "/api/v1/courses",
            bearer,
            json!({
                "unit_id": app.unit("336"), "title": "Tập huấn hòa giải",
                "starts_on": "2025-03-10", "ends_on": "2025-03-10",
                "audience": [app.unit("12436")],
                "sessions": [{"held_on": "2025-03-10", "starts_at": "08:00", "ends_at": "11:00",
                              "topic": "Luật Hòa giải ở cơ sở"}],
            }),
        )
        .await,
        201,
    );
    let course_id = id(&course);
    ok(&app.get("/api/v1/courses?year=2025", bearer).await, 200);
    ok(
        &app.get(&format!("/api/v1/courses/{course_id}"), bearer)
            .await,
        200,
    );
    let mediator = id(&team["members"][0]);
    ok(
        &app.post(
            &format!("/api/v1/courses/{course_id}/invitations"),
            bearer,
            json!({"mediator_ids": [mediator]}),
        )
        .await,
        200,
    );
    ok(
        &app.get(&format!("/api/v1/courses/{course_id}/invitations"), bearer)
            .await,
        200,
    );
    let session = id(&course["sessions"][0]);
    let name = team["members"][0]["full_name"].as_str().unwrap_or_default();
    let sheet = format!("Họ và tên,Điểm danh\n{name},x\n");
    let read = ok(
        &app.post_multipart(
            &format!("/api/v1/courses/{course_id}/sessions/{session}/attendance/sheet"),
            bearer,
            &[("file", Some("diem-danh.csv"), "text/csv", sheet.as_bytes())],
        )
        .await,
        200,
    );
    assert_eq!(read["marks"][0]["mediator"]["id"], mediator, "{read}");
    ok(
        &put(
            app,
            &format!("/api/v1/courses/{course_id}/sessions/{session}/attendance"),
            city,
            json!({"marks": [{"mediator_id": mediator, "status": "present"}]}),
        )
        .await,
        200,
    );
    let certificates = format!("/api/v1/courses/{course_id}/certificates");
    ok(&app.post(&certificates, bearer, json!(null)).await, 200);
    ok(&app.get(&certificates, bearer).await, 200);
    let (status, _, _) = app
        .get_bytes(&format!("{certificates}/{mediator}"), city)
        .await;
    assert_eq!(status, 200);
}

/// A print run of the city, handed to the ward's team and confirmed.
pub(super) async fn materials(app: &TestApp, ward: &str, city: &str, team: &Value) {
    let bearer = Auth::Bearer(city);
    let run = ok(
        &app.post(
            "/api/v1/materials",
            bearer,
            json!({"unit_id": app.unit("336"), "title": "Bộ tài liệu hòa giải",
                   "quantity": 100, "printed_on": "2025-03-01"}),
        )
        .await,
        201,
    );
    let run_id = id(&run);
    ok(&app.get("/api/v1/materials", bearer).await, 200);
    let delivered = ok(
        &app.post(
            &format!("/api/v1/materials/{run_id}/deliveries"),
            bearer,
            json!({"unit_id": app.unit("12436"), "team_id": id(team), "copies": 10,
                   "delivered_on": "2025-03-02", "received_by": "Tổ trưởng"}),
        )
        .await,
        201,
    );
    let delivery = id(&delivered["deliveries"][0]);
    ok(
        &app.post(
            &format!("/api/v1/materials/{run_id}/deliveries/{delivery}/receipt"),
            Auth::Bearer(ward),
            json!(null),
        )
        .await,
        200,
    );
    ok(
        &app.get(&format!("/api/v1/materials/{run_id}"), Auth::Bearer(ward))
            .await,
        200,
    );
}
