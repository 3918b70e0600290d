//! The final review of a plan (task II.5): the ward reviews its 2024
//! plan with the registers' figures and each task's evidence, saves it
//! (a second save needs the version it read), prints it as a Word report;
//! another ward neither reads nor writes it, the city reads it.

use actix_web::http::Method;
use hgcs_domain::Role;
use serde_json::{Value, json};

use crate::fixtures::{document_xml, keep_document, successful_case, ward_plan_2024};
use crate::support::{Auth, TestApp};

fn figure(review: &Value, measure: &str) -> i64 {
    review["lines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|line| line["measure"] == measure)
        .and_then(|line| line["actual"].as_i64())
        .unwrap_or_else(|| panic!("no figure {measure} in {review}"))
}

async fn save(
    app: &TestApp,
    token: &str,
    plan: i64,
    body: Value,
    etag: Option<&str>,
) -> crate::support::Reply {
    let headers: Vec<(&str, &str)> = etag.map(|e| ("If-Match", e)).into_iter().collect();
    app.send_with(
        Method::PUT,
        &format!("/api/v1/plans/{plan}/final-review"),
        Auth::Bearer(token),
        Some(body),
        &headers,
    )
    .await
}

/// The ward nominates `name` for `year`; the city approves when `approved`.
async fn nominate(
    app: &TestApp,
    (ward, city): (&str, &str),
    year: i32,
    name: &str,
    approved: bool,
) {
    let created = app
        .post(
            "/api/v1/commendations",
            Auth::Bearer(ward),
            json!({"year": year, "nominee_kind": "mediator", "nominee_name": name,
                   "grounds": "Hòa giải thành nhiều vụ việc", "proposed_level": "city"}),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    if approved {
        let decided = app
            .post(
                &format!("/api/v1/commendations/{}/decision", created.body["id"]),
                Auth::Bearer(city),
                json!({"approved": true, "decision": {"number": "2456", "doc_type": "QĐ",
                       "issuer": "UBND", "issued_on": format!("{year}-12-20")}}),
            )
            .await;
        assert_eq!(decided.status, 200, "{}", decided.body);
    }
}

#[actix_web::test]
async fn a_ward_reviews_its_year_with_the_registers_figures_and_prints_it() {
    let app = TestApp::start().await;
    // Bồ Xuyên: one team, one case received and settled in May 2024.
    let (ward, _, _) = successful_case(&app).await;
    let (plan, task) = ward_plan_2024(&app, &ward, "Kiện toàn tổ hòa giải", &[1, 2]).await;
    let path = format!("/api/v1/plans/{plan}/final-review");
    // Of three nominations, only the one approved within the plan's years
    // is the review's.
    app.user("phongtp", Role::CityJustice, "336");
    let city = app.login("phongtp").await;
    for (year, name, approved) in [
        (2024, "Trần Văn Bình", true),
        (2023, "Lê Thị Hoa", true),
        (2024, "Phạm Văn Cường", false),
    ] {
        nominate(&app, (&ward, &city), year, name, approved).await;
    }

    let blank = app.get(&path, Auth::Bearer(&ward)).await;
    assert_eq!(blank.status, 200, "{}", blank.body);
    assert_eq!(
        (
            blank.body["version"].as_i64(),
            blank.body["can_edit"].as_bool()
        ),
        (Some(0), Some(true))
    );
    assert_eq!(blank.body["plan_number"], "08/KH-UBND");
    assert_eq!(blank.body["figures_until"], "2024-12-31");
    assert_eq!(figure(&blank.body, "teams"), 1);
    assert_eq!(figure(&blank.body, "cases_received"), 1);
    assert_eq!(blank.body["tasks"][0]["task"]["code"], "1");
    assert_eq!(blank.body["tasks"][0]["assessment"], "");
    let named: Vec<_> = blank.body["commendations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["nominee_name"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(named, ["Trần Văn Bình"]);

    // A task named twice, or one of another plan, is refused.
    let twice = save(
        &app,
        &ward,
        plan,
        json!({"tasks": [{"task_id": task, "assessment": "a"}, {"task_id": task, "assessment": "b"}]}),
        None,
    )
    .await;
    twice.assert_problem(422, "validation_failed");
    assert_eq!(twice.body["errors"][0]["field"], "tasks[1].task_id");
    let foreign = save(
        &app,
        &ward,
        plan,
        json!({"tasks": [{"task_id": 1, "assessment": "a"}]}),
        None,
    )
    .await;
    assert_eq!(
        foreign.body["errors"][0]["code"], "unknown_reference",
        "{}",
        foreign.body
    );

    let review = json!({
        "summary": "Hoàn thành các nhiệm vụ của kế hoạch; tổ hòa giải hoạt động đều.",
        "lessons": "Cần phối hợp chặt với Ban công tác Mặt trận.",
        "proposals": "Đề nghị bố trí kinh phí tập huấn năm 2025.",
        "tasks": [{"task_id": task, "assessment": "Đã kiện toàn 01 tổ, đủ thành phần."}],
    });
    let saved = save(&app, &ward, plan, review.clone(), None).await;
    assert_eq!(saved.status, 200, "{}", saved.body);
    assert_eq!(
        saved.body["tasks"][0]["assessment"],
        "Đã kiện toàn 01 tổ, đủ thành phần."
    );
    let etag = saved.header("etag").expect("an ETag");
    // A later save states the version it read.
    save(&app, &ward, plan, review.clone(), None)
        .await
        .assert_problem(428, "precondition_required");
    save(&app, &ward, plan, review.clone(), Some("\"99\""))
        .await
        .assert_problem(412, "precondition_failed");
    let again = save(&app, &ward, plan, review, Some(&etag)).await;
    assert_eq!(again.status, 200, "{}", again.body);

    // The Word report carries the heading, the figures, the task's result
    // and what was written.
    let (status, headers, bytes) = app.get_bytes(&format!("{path}/docx"), &ward).await;
    assert_eq!(status, 200);
    let disposition = headers
        .get("content-disposition")
        .unwrap()
        .to_str()
        .unwrap();
    assert!(
        disposition.contains(&format!("tong-ket-ke-hoach-{plan}.docx")),
        "{disposition}"
    );
    keep_document("tong-ket-ke-hoach.docx", &bytes);
    let xml = document_xml(&bytes);
    for text in [
        "ỦY BAN NHÂN DÂN PHƯỜNG BỒ XUYÊN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: …/BC-UBND",
        "Bồ Xuyên, ngày",
        "Tổng kết thực hiện Kế hoạch số 08/KH-UBND",
        "Đã kiện toàn 01 tổ, đủ thành phần.",
        "Cần phối hợp chặt với Ban công tác Mặt trận.",
        "Đề nghị bố trí kinh phí tập huấn năm 2025.",
        "III. Khen thưởng",
    ] {
        assert!(xml.contains(text), "{text}");
    }

    // The city reads it and may not write it; another ward sees nothing.
    app.user("detham", Role::WardOfficial, "12439");
    let other = app.login("detham").await;
    let read = app.get(&path, Auth::Bearer(&city)).await;
    assert_eq!(
        (read.status, read.body["can_edit"].as_bool()),
        (200, Some(false))
    );
    save(&app, &city, plan, json!({}), Some("*"))
        .await
        .assert_problem(403, "forbidden");
    assert_eq!(app.get(&path, Auth::Bearer(&other)).await.status, 404);
    let (status, _, _) = app.get_bytes(&format!("{path}/docx"), &other).await;
    assert_eq!(status, 404);
    save(&app, &other, plan, json!({}), Some("*"))
        .await
        .assert_problem(404, "not_found");
}
