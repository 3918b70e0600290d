//! Success records, follow-up, difficult-case questions and pay per case.

use hgcs_domain::Role;
use serde_json::{Value, json};

use crate::fixtures::{
    assert_official_heading, document_xml, keep_document, successful_case, team_leader,
    ward_with_team,
};
use crate::support::{Auth, TestApp};

fn record() -> Value {
    json!({
        "basis": "Đơn đề nghị của ông Vũ Văn Hải ngày 02/5/2024",
        "parties": "Ông Vũ Văn Hải, sinh năm 1970; bà Đỗ Thị Lan, sinh năm 1975",
        "content": "Tranh chấp ranh giới đất giữa hai thửa liền kề",
        "process": "Hòa giải tại nhà văn hóa tổ dân phố ngày 06/5/2024",
        "agreement": "Cắm lại mốc ranh giới theo bản đồ địa chính",
        "rights_duties": "Hai bên cùng chịu chi phí cắm mốc",
        "method_deadline": "Hoàn thành trước ngày 30/5/2024",
        "signatures": "Đã ký",
    })
}

#[actix_web::test]
async fn the_success_record_has_eight_parts_and_downloads_as_word() {
    let app = TestApp::start().await;
    let (ward, case, _) = successful_case(&app).await;
    app.get(&format!("/api/v1/cases/{case}/record"), Auth::Bearer(&ward))
        .await
        .assert_problem(404, "not_found");
    let loaded = app
        .get(&format!("/api/v1/cases/{case}"), Auth::Bearer(&ward))
        .await;
    let version = format!("\"{}\"", loaded.body["version"]);
    let saved = app
        .send_with(
            actix_web::http::Method::PUT,
            &format!("/api/v1/cases/{case}/record"),
            Auth::Bearer(&ward),
            Some(record()),
            &[("If-Match", &version)],
        )
        .await;
    assert_eq!(saved.status, 200, "{}", saved.body);
    let read_back = app
        .get(&format!("/api/v1/cases/{case}/record"), Auth::Bearer(&ward))
        .await;
    assert_eq!(read_back.body, record());
    let case_now = app
        .get(&format!("/api/v1/cases/{case}"), Auth::Bearer(&ward))
        .await;
    assert_eq!(case_now.body["has_record"], true);
    let (status, headers, bytes) = app
        .get_bytes(&format!("/api/v1/cases/{case}/record.docx"), &ward)
        .await;
    assert_eq!(status, 200);
    assert!(
        headers
            .get("content-disposition")
            .unwrap()
            .to_str()
            .unwrap()
            .contains("bien-ban-hoa-giai-thanh")
    );
    keep_document("bien-ban-hoa-giai-thanh.docx", &bytes);
    let xml = document_xml(&bytes);
    assert_official_heading(
        &xml,
        "TỔ HÒA GIẢI TỔ DÂN PHỐ SỐ 3",
        "Bồ Xuyên, ngày 06 tháng 5 năm 2024",
    );
    assert!(xml.contains("Số: 01/BB-HGT"), "number and symbol");
    assert!(xml.find("Bồ Xuyên, ngày").unwrap() < xml.find("BIÊN BẢN HÒA GIẢI THÀNH").unwrap());
    assert!(xml.find("1. Căn cứ tiến hành hòa giải").unwrap() < xml.find("8. Chữ ký").unwrap());
    let signatures = &xml[xml.rfind("<w:tbl>").unwrap()..];
    assert!(
        signatures.contains("CÁC BÊN")
            && signatures.contains("Vũ Văn Hải")
            && signatures.contains("HÒA GIẢI VIÊN")
            && signatures.contains("Nguyễn Văn An"),
        "the parties and the mediator sign at the end"
    );

    let before_success = app
        .post(
            &format!("/api/v1/cases/{case}/execution"),
            Auth::Bearer(&ward),
            json!({"execution": "executed", "on": "2024-05-05"}),
        )
        .await;
    before_success.assert_problem(422, "validation_failed");
    assert_eq!(
        before_success.body["errors"][0]["message"],
        "Ngày không được trước ngày của bước liền trước (06/05/2024)",
        "a follow-up cannot precede the success it follows"
    );
    let followed = app
        .post(
            &format!("/api/v1/cases/{case}/execution"),
            Auth::Bearer(&ward),
            json!({"execution": "executed", "on": "2024-05-30"}),
        )
        .await;
    assert_eq!(followed.status, 200, "{}", followed.body);
    assert_eq!(
        followed.body["history"].as_array().unwrap().last().unwrap()["action"],
        "follow_up"
    );
    let last = followed.body["history"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(last["note"], "Đã thực hiện xong thỏa thuận");
    assert_eq!(followed.body["execution"], "executed");
}

#[actix_web::test]
async fn a_record_is_refused_for_a_case_that_did_not_succeed() {
    let app = TestApp::start().await;
    let (ward, _, team) = ward_with_team(&app).await;
    let created = app
        .post(
            "/api/v1/cases",
            Auth::Bearer(&ward),
            json!({"team_id": team["id"], "received_on": "2024-05-02", "start": "party_request", "kind": "water",
                   "summary": "x", "parties": [{"kind": "person", "name": "A"}]}),
        )
        .await;
    let case = created.body["id"].as_i64().unwrap();
    app.send(
        actix_web::http::Method::PUT,
        &format!("/api/v1/cases/{case}/record"),
        Auth::Bearer(&ward),
        Some(record()),
    )
    .await
    .assert_problem(409, "conflict");
}

#[actix_web::test]
async fn questions_are_answered_closed_and_found_without_accents() {
    let app = TestApp::start().await;
    app.user("boxuyen", Role::WardOfficial, "12436");
    app.user("detham", Role::WardOfficial, "12439");
    app.user("luatgia", Role::LegalPartner, "336");
    app.other_province();
    app.user("vixuyen", Role::WardOfficial, "13669");
    let ward = app.login("boxuyen").await;
    let asked = app
        .post(
            "/api/v1/questions",
            Auth::Bearer(&ward),
            json!({"title": "Hòa giải tranh chấp thừa kế khi một bên ở xa", "facts": "Một bên thừa kế đang làm việc ở tỉnh khác, không thể có mặt."}),
        )
        .await;
    assert_eq!(asked.status, 201, "{}", asked.body);
    let id = asked.body["id"].as_i64().unwrap();

    let other_ward = app.login("detham").await;
    app.post(
        &format!("/api/v1/questions/{id}/answers"),
        Auth::Bearer(&other_ward),
        json!({"body": "?"}),
    )
    .await
    .assert_problem(403, "forbidden");
    let lawyer = app.login("luatgia").await;
    let answered = app
        .post(
            &format!("/api/v1/questions/{id}/answers"),
            Auth::Bearer(&lawyer),
            json!({"body": "Có thể ủy quyền bằng văn bản cho người khác tham gia hòa giải."}),
        )
        .await;
    assert_eq!(answered.status, 201, "{}", answered.body);
    assert_eq!(answered.body["answers"][0]["author_role"], "legal_partner");

    let attached = app
        .post_multipart(
            &format!("/api/v1/questions/{id}/files"),
            Auth::Bearer(&ward),
            &[(
                "files",
                Some("don.pdf"),
                "application/pdf",
                b"%PDF-1.4\n%%EOF\n",
            )],
        )
        .await;
    assert_eq!(attached.status, 201, "{}", attached.body);
    let file = attached.body["files"][0]["id"].as_i64().unwrap();
    let (status, _, bytes) = app
        .get_bytes(&format!("/api/v1/question-files/{file}"), &other_ward)
        .await;
    assert_eq!(
        (status, bytes.as_slice()),
        (200, b"%PDF-1.4\n%%EOF\n".as_slice()),
        "another ward of the city reads it as guidance"
    );

    app.post(
        &format!("/api/v1/questions/{id}/close"),
        Auth::Bearer(&other_ward),
        json!(null),
    )
    .await
    .assert_problem(403, "forbidden");
    let closed = app
        .post(
            &format!("/api/v1/questions/{id}/close"),
            Auth::Bearer(&ward),
            json!(null),
        )
        .await;
    assert_eq!(closed.body["status"], "closed");
    app.post(
        &format!("/api/v1/questions/{id}/answers"),
        Auth::Bearer(&lawyer),
        json!({"body": "late"}),
    )
    .await
    .assert_problem(409, "conflict");

    for query in ["thua%20ke", "th%E1%BB%ABa%20k%E1%BA%BF", "uy%20quyen"] {
        let found = app
            .get(
                &format!("/api/v1/questions?q={query}"),
                Auth::Bearer(&other_ward),
            )
            .await;
        assert_eq!(
            found.body["items"].as_array().unwrap().len(),
            1,
            "searching {query}"
        );
    }
    let elsewhere = app.login("vixuyen").await;
    assert_eq!(
        app.get("/api/v1/questions", Auth::Bearer(&elsewhere))
            .await
            .body["items"],
        json!([])
    );
    app.get(&format!("/api/v1/questions/{id}"), Auth::Bearer(&elsewhere))
        .await
        .assert_problem(404, "not_found");
}

#[actix_web::test]
async fn pay_follows_the_dated_rate_and_the_wards_decision() {
    let app = TestApp::start().await;
    let (ward, case, village) = successful_case(&app).await;
    app.user("root", Role::Admin, "34");
    let admin = app.login("root").await;
    let leader = team_leader(&app, "totruong", village).await;
    let no_rate = app
        .post(
            "/api/v1/pay-claims",
            Auth::Bearer(&leader),
            json!({"case_id": case, "claimed_on": "2024-05-07"}),
        )
        .await;
    no_rate.assert_problem(422, "validation_failed");
    assert_eq!(no_rate.body["errors"][0]["code"], "no_rate");

    for (amount, from) in [
        (200_000, "2020-01-01"),
        (300_000, "2024-05-01"),
        (400_000, "2024-06-01"),
    ] {
        let rate = app
            .post("/api/v1/pay-rates", Auth::Bearer(&admin), json!({"unit_id": app.unit("34"), "amount_vnd": amount, "effective_from": from, "basis": "Nghị quyết HĐND tỉnh"}))
            .await;
        assert_eq!(rate.status, 201, "{}", rate.body);
    }
    app.post(
        "/api/v1/pay-rates",
        Auth::Bearer(&ward),
        json!({"unit_id": app.unit("34"), "amount_vnd": 1, "effective_from": "2024-01-01"}),
    )
    .await
    .assert_problem(403, "forbidden");

    app.post(
        "/api/v1/pay-claims",
        Auth::Bearer(&ward),
        json!({"case_id": case, "claimed_on": "2024-05-07"}),
    )
    .await
    .assert_problem(403, "forbidden");
    let early = app
        .post(
            "/api/v1/pay-claims",
            Auth::Bearer(&leader),
            json!({"case_id": case, "claimed_on": "2000-01-01"}),
        )
        .await;
    early.assert_problem(422, "validation_failed");
    assert_eq!(early.body["errors"][0]["code"], "day_before_previous_step");
    let claim = app
        .post(
            "/api/v1/pay-claims",
            Auth::Bearer(&leader),
            json!({"case_id": case, "claimed_on": "2024-05-07"}),
        )
        .await;
    assert_eq!(claim.status, 201, "{}", claim.body);
    assert_eq!(
        claim.body["amount_vnd"], 300_000,
        "the rate in force when the case ended (06/05/2024)"
    );
    assert_eq!(
        claim.body["decision_overdue"], true,
        "undecided for more than 5 working days"
    );
    let id = claim.body["id"].as_i64().unwrap();
    app.post(
        "/api/v1/pay-claims",
        Auth::Bearer(&leader),
        json!({"case_id": case, "claimed_on": "2024-05-08"}),
    )
    .await
    .assert_problem(409, "conflict");

    app.post(
        &format!("/api/v1/pay-claims/{id}/decision"),
        Auth::Bearer(&leader),
        json!({"approved": true, "on": "2024-05-09"}),
    )
    .await
    .assert_problem(403, "forbidden");
    let refused_without_reason = app
        .post(
            &format!("/api/v1/pay-claims/{id}/decision"),
            Auth::Bearer(&ward),
            json!({"approved": false, "on": "2024-05-09"}),
        )
        .await;
    refused_without_reason.assert_problem(422, "validation_failed");
    app.post(
        &format!("/api/v1/pay-claims/{id}/payment"),
        Auth::Bearer(&ward),
        json!({"paid_on": "2024-05-10"}),
    )
    .await
    .assert_problem(409, "conflict");
    let approved = app
        .post(
            &format!("/api/v1/pay-claims/{id}/decision"),
            Auth::Bearer(&ward),
            json!({"approved": true, "on": "2024-05-09"}),
        )
        .await;
    assert_eq!(approved.body["status"], "approved");
    let paid = app
        .post(
            &format!("/api/v1/pay-claims/{id}/payment"),
            Auth::Bearer(&ward),
            json!({"paid_on": "2024-05-10"}),
        )
        .await;
    assert_eq!(paid.body["status"], "paid");
    assert_eq!(paid.body["paid_on"], "2024-05-10");

    app.user("detham", Role::WardOfficial, "12439");
    let other = app.login("detham").await;
    assert_eq!(
        app.get("/api/v1/pay-claims", Auth::Bearer(&other))
            .await
            .body["items"],
        json!([])
    );
    app.post(
        &format!("/api/v1/pay-claims/{id}/payment"),
        Auth::Bearer(&other),
        json!({"paid_on": "2024-05-10"}),
    )
    .await
    .assert_problem(404, "not_found");
}
