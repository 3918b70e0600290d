//! The sweep: a ward's 2024 plan, its budget (spending, a voucher, the
//! paid claim of the case booked, the workbook) and its final review.

use super::*;

pub(super) async fn budget(app: &TestApp, ward: &str) {
    let bearer = Auth::Bearer(ward);
    let plan = ok(
        &app.post(
            "/api/v1/plans",
            bearer,
            json!({"document": {"number": "08", "doc_type": "KH", "issuer": "UBND"},
                   "title": "Kế hoạch công tác hòa giải ở cơ sở năm 2024",
                   "period_start": "2024-01-01", "period_end": "2024-12-31", "status": "in_force"}),
        )
        .await,
        201,
    );
    let plan = id(&plan);
    let line = ok(
        &app.post(
            &format!("/api/v1/plans/{plan}/budget-lines"),
            bearer,
            json!({"source": "ward_budget", "title": "Thù lao hòa giải viên", "allocated_vnd": 3_000_000}),
        )
        .await,
        201,
    );
    let line = id(&line);
    let path = format!("/api/v1/budget-lines/{line}");
    ok(
        &put(
            app,
            &path,
            ward,
            json!({"source": "ward_budget", "title": "Thù lao hòa giải viên, tài liệu", "allocated_vnd": 4_000_000}),
        )
        .await,
        200,
    );
    let spent = ok(
        &app.post(
            &format!("{path}/spending"),
            bearer,
            json!({"spent_on": "2024-03-15", "purpose": "Mua sổ theo dõi", "amount_vnd": 250_000}),
        )
        .await,
        201,
    );
    let spending = id(&spent["spending"][0]);
    let attached = ok(
        &app.post_multipart(
            &format!("/api/v1/budget-spending/{spending}/vouchers"),
            bearer,
            &[("files", Some("hoa-don.pdf"), "application/pdf", PDF)],
        )
        .await,
        201,
    );
    let voucher = id(&attached["spending"][0]["vouchers"][0]);
    let (status, _, _) = app
        .get_bytes(&format!("/api/v1/budget-vouchers/{voucher}"), ward)
        .await;
    assert_eq!(status, 200);
    let read = ok(&app.get(&path, bearer).await, 200);
    let claims: Vec<i64> = read["claims_to_book"]
        .as_array()
        .unwrap()
        .iter()
        .map(id)
        .collect();
    assert_eq!(claims.len(), 1, "the case's paid claim: {read}");
    ok(
        &app.post(
            &format!("{path}/pay-claims"),
            bearer,
            json!({ "claim_ids": claims }),
        )
        .await,
        201,
    );
    ok(
        &app.send(
            Method::DELETE,
            &format!("/api/v1/budget-spending/{spending}"),
            bearer,
            None,
        )
        .await,
        204,
    );
    ok(
        &app.get(&format!("/api/v1/plans/{plan}/budget"), bearer)
            .await,
        200,
    );
    let (status, _, _) = app
        .get_bytes(&format!("/api/v1/plans/{plan}/budget/xlsx"), ward)
        .await;
    assert_eq!(status, 200);
    let review = format!("/api/v1/plans/{plan}/final-review");
    ok(&app.get(&review, bearer).await, 200);
    ok(
        &app.send(
            Method::PUT,
            &review,
            bearer,
            Some(json!({"summary": "Hoàn thành kế hoạch.", "lessons": "", "proposals": ""})),
        )
        .await,
        200,
    );
    let (status, _, _) = app.get_bytes(&format!("{review}/docx"), ward).await;
    assert_eq!(status, 200);
}
