//! A plan's budget (section IV): a ward's line with two spendings and a
//! paid pay claim shows the right balance, the workbook reads back with
//! the same totals, nothing is spent beyond what is left, and another
//! ward sees none of it. Two spendings at once: `budget_race.rs`.

use actix_web::http::Method;
use calamine::{Data, Reader, Xlsx};
use hgcs_domain::Role;
use serde_json::{Value, json};

use crate::fixtures::{add_budget_line, budget_plan, one_line, plan_42, spend, team_leader};
use crate::support::{Auth, Reply, TestApp};

/// The case's pay claim, claimed by its team leader, approved and paid
/// by the ward on 10/05/2024; its id.
async fn paid_claim(app: &TestApp, ward: &str, case: i64, village: i64) -> i64 {
    app.user("root", Role::Admin, "34");
    let admin = app.login("root").await;
    let rate = app
        .post(
            "/api/v1/pay-rates",
            Auth::Bearer(&admin),
            json!({"unit_id": app.unit("34"), "amount_vnd": 300_000, "effective_from": "2024-01-01",
                   "basis": "Nghị quyết HĐND tỉnh"}),
        )
        .await;
    assert_eq!(rate.status, 201, "{}", rate.body);
    let leader = team_leader(app, "totruong", village).await;
    let claim = app
        .post(
            "/api/v1/pay-claims",
            Auth::Bearer(&leader),
            json!({"case_id": case, "claimed_on": "2024-05-07"}),
        )
        .await;
    assert_eq!(claim.status, 201, "{}", claim.body);
    let id = claim.body["id"].as_i64().unwrap();
    for (step, body) in [
        ("decision", json!({"approved": true, "on": "2024-05-09"})),
        ("payment", json!({"paid_on": "2024-05-10"})),
    ] {
        let reply = app
            .post(
                &format!("/api/v1/pay-claims/{id}/{step}"),
                Auth::Bearer(ward),
                body,
            )
            .await;
        assert_eq!(reply.status, 200, "{}", reply.body);
    }
    id
}

fn figures(total: &Value) -> (i64, i64, i64) {
    (
        total["allocated_vnd"].as_i64().unwrap(),
        total["spent_vnd"].as_i64().unwrap(),
        total["remaining_vnd"].as_i64().unwrap(),
    )
}

#[actix_web::test]
async fn a_line_with_two_spendings_and_a_paid_claim_balances_and_the_workbook_agrees() {
    let app = TestApp::start().await;
    let (ward, plan, task, (case, village)) = budget_plan(&app).await;
    let claim = paid_claim(&app, &ward, case, village).await;
    let budget_path = format!("/api/v1/plans/{plan}/budget");
    let empty = app.get(&budget_path, Auth::Bearer(&ward)).await;
    assert_eq!(empty.status, 200, "{}", empty.body);
    assert_eq!(empty.body["lines"], json!([]));
    assert_eq!(empty.body["can_manage"], true);

    // Every fault at once, and a task of another plan is no task of this one.
    let city = plan_42(&app, &ward).await;
    let foreign_task = city["tasks"][0]["id"].as_i64().unwrap();
    let bad = add_budget_line(
        &app,
        &ward,
        plan,
        json!({"task_id": foreign_task, "source": "ward_budget", "title": " ", "allocated_vnd": -5}),
    )
    .await;
    bad.assert_problem(422, "validation_failed");
    let mut faults = bad.violations();
    faults.sort();
    assert_eq!(
        faults,
        [
            ("allocated_vnd".to_owned(), "out_of_range".to_owned()),
            ("task_id".to_owned(), "unknown_reference".to_owned()),
            ("title".to_owned(), "required".to_owned()),
        ]
    );

    let pay = add_budget_line(
        &app,
        &ward,
        plan,
        json!({"task_id": task, "source": "ward_budget", "title": "Thù lao hòa giải viên, sổ sách, tài liệu",
               "allocated_vnd": 5_000_000}),
    )
    .await;
    assert_eq!(pay.status, 201, "{}", pay.body);
    let pay_line = pay.body["id"].as_i64().unwrap();
    assert_eq!(pay.body["task"]["code"], "1");
    let meeting = add_budget_line(
        &app,
        &ward,
        plan,
        json!({"source": "city_budget", "title": "Hội nghị sơ kết", "allocated_vnd": 2_000_000}),
    )
    .await;
    assert_eq!(meeting.status, 201, "{}", meeting.body);
    let meeting_line = meeting.body["id"].as_i64().unwrap();

    let mut recorded = Vec::new();
    for (line, on, purpose, amount) in [
        (
            pay_line,
            "2024-03-15",
            "Mua sổ theo dõi hoạt động hòa giải",
            1_200_000,
        ),
        (
            pay_line,
            "2024-06-20",
            "In tài liệu pháp luật cho tổ hòa giải",
            800_000,
        ),
        (
            meeting_line,
            "2024-07-05",
            "Thuê hội trường, nước uống",
            1_500_000,
        ),
    ] {
        let reply = spend(&app, &ward, line, on, purpose, amount).await;
        assert_eq!(reply.status, 201, "{}", reply.body);
        recorded.push(reply);
    }
    let first = &recorded[0];

    // Not more than is left, not outside the plan's year.
    let over = spend(
        &app,
        &ward,
        meeting_line,
        "2024-07-06",
        "Khen thưởng",
        600_000,
    )
    .await;
    over.assert_problem(422, "validation_failed");
    assert_eq!(
        over.violations(),
        [("amount_vnd".to_owned(), "over_budget".to_owned())]
    );
    assert!(
        over.body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("500.000"),
        "{}",
        over.body
    );
    let late = spend(&app, &ward, meeting_line, "2025-01-02", "Hội nghị", 100_000).await;
    assert_eq!(
        late.violations(),
        [("spent_on".to_owned(), "outside_period".to_owned())]
    );

    // The paid claim waits to be booked; booked once, it is spending.
    let line_path = format!("/api/v1/budget-lines/{pay_line}");
    let read = app.get(&line_path, Auth::Bearer(&ward)).await;
    assert_eq!(read.status, 200, "{}", read.body);
    assert_eq!(
        (
            &read.body["plan_label"],
            &read.body["period_start"],
            &read.body["period_end"]
        ),
        (
            &json!("08/KH-UBND"),
            &json!("2024-01-01"),
            &json!("2024-12-31")
        )
    );
    let waiting: Vec<i64> = read.body["claims_to_book"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_i64().unwrap())
        .collect();
    assert_eq!(waiting, [claim]);
    let booked = app
        .post(
            &format!("{line_path}/pay-claims"),
            Auth::Bearer(&ward),
            json!({"claim_ids": [claim]}),
        )
        .await;
    assert_eq!(booked.status, 201, "{}", booked.body);
    assert_eq!(booked.body["claims_to_book"], json!([]));
    assert_eq!(
        figures(&booked.body["line"]),
        (5_000_000, 2_300_000, 2_700_000),
        "1 200 000 + 800 000 + the claim's 300 000"
    );
    let booked_spending = booked.body["spending"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["pay_claim"]["id"] == claim)
        .cloned()
        .expect("the claim is a spending of the line");
    assert_eq!(booked_spending["spent_on"], "2024-05-10");
    assert_eq!(booked_spending["amount_vnd"], 300_000);
    let again = app
        .post(
            &format!("/api/v1/budget-lines/{meeting_line}/pay-claims"),
            Auth::Bearer(&ward),
            json!({"claim_ids": [claim]}),
        )
        .await;
    assert_eq!(
        again.violations(),
        [("claim_ids[0]".to_owned(), "unknown_reference".to_owned())]
    );

    // A voucher goes with the first spending and comes back as sent.
    let first_id = first.body["spending"][0]["id"].as_i64().unwrap();
    let pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
    let attached = app
        .post_multipart(
            &format!("/api/v1/budget-spending/{first_id}/vouchers"),
            Auth::Bearer(&ward),
            &[(
                "files",
                Some("hoa-don-so-theo-doi.pdf"),
                "application/pdf",
                pdf,
            )],
        )
        .await;
    assert_eq!(attached.status, 201, "{}", attached.body);
    let voucher = &attached.body["spending"][0]["vouchers"][0];
    assert_eq!(voucher["file_name"], "hoa-don-so-theo-doi.pdf");
    let (status, _, bytes) = app
        .get_bytes(&format!("/api/v1/budget-vouchers/{}", voucher["id"]), &ward)
        .await;
    assert_eq!((status, bytes.as_slice()), (200, pdf.as_slice()));

    // The totals are the hand sums of the lines.
    let budget = app.get(&budget_path, Auth::Bearer(&ward)).await;
    assert_eq!(budget.status, 200, "{}", budget.body);
    let lines = budget.body["lines"].as_array().unwrap();
    assert_eq!(lines[0]["id"], meeting_line, "the plan's own lines first");
    let hand = lines.iter().fold((0, 0, 0), |sum, line| {
        let (a, s, r) = figures(line);
        (sum.0 + a, sum.1 + s, sum.2 + r)
    });
    assert_eq!(hand, (7_000_000, 3_800_000, 3_200_000));
    assert_eq!(figures(&budget.body["total"]), hand);
    let sources: Vec<(String, (i64, i64, i64))> = budget.body["by_source"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["source"].as_str().unwrap().to_owned(),
                figures(&s["total"]),
            )
        })
        .collect();
    assert_eq!(
        sources,
        [
            ("city_budget".to_owned(), (2_000_000, 1_500_000, 500_000)),
            ("ward_budget".to_owned(), (5_000_000, 2_300_000, 2_700_000)),
        ]
    );
    let tasks = budget.body["by_task"].as_array().unwrap();
    assert_eq!(
        (tasks[0]["task"].clone(), figures(&tasks[0]["total"])),
        (Value::Null, (2_000_000, 1_500_000, 500_000))
    );
    assert_eq!(
        (tasks[1]["task"]["id"].as_i64(), figures(&tasks[1]["total"])),
        (Some(task), (5_000_000, 2_300_000, 2_700_000))
    );

    // The workbook reads back with the same totals.
    let (status, headers, bytes) = app.get_bytes(&format!("{budget_path}/xlsx"), &ward).await;
    assert_eq!(status, 200);
    let disposition = headers
        .get("content-disposition")
        .unwrap()
        .to_str()
        .unwrap();
    assert!(
        disposition.contains(&format!("kinh-phi-ke-hoach-{plan}.xlsx")),
        "{disposition}"
    );
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let total_row = |sheet: &calamine::Range<Data>, label_col: u32| {
        (3..sheet.height() as u32)
            .find(|r| {
                sheet.get_value((*r, label_col)).map(|d| d.to_string()) == Some("Tổng cộng".into())
            })
            .expect("a total row")
    };
    let number =
        |sheet: &calamine::Range<Data>, row: u32, col: u32| match sheet.get_value((row, col)) {
            Some(Data::Float(f)) => *f as i64,
            other => panic!("({row}, {col}): {other:?}"),
        };
    let lines_sheet = book.worksheet_range("Kinh phí").unwrap();
    let row = total_row(&lines_sheet, 0);
    assert_eq!(row, 5, "two lines below the header");
    assert_eq!(
        (
            number(&lines_sheet, row, 4),
            number(&lines_sheet, row, 5),
            number(&lines_sheet, row, 6)
        ),
        hand
    );
    let by_source = book.worksheet_range("Theo nguồn").unwrap();
    let row = total_row(&by_source, 0);
    assert_eq!(number(&by_source, row, 2), 3_800_000);
    let spent_sheet = book.worksheet_range("Chi tiết chi").unwrap();
    let row = total_row(&spent_sheet, 1);
    assert_eq!(row, 7, "four spendings below the header");
    assert_eq!(number(&spent_sheet, row, 4), 3_800_000);

    // The allocation never falls below what was spent; the task with a
    // budget line is not removed.
    let etag = read.header("etag").expect("an ETag");
    let lowered = app
        .send_with(
            Method::PUT,
            &line_path,
            Auth::Bearer(&ward),
            Some(json!({"task_id": task, "source": "ward_budget", "title": "Thù lao", "allocated_vnd": 2_000_000})),
            &[("If-Match", &etag)],
        )
        .await;
    assert_eq!(
        lowered.violations(),
        [("allocated_vnd".to_owned(), "below_spent".to_owned())]
    );
    let raised = app
        .send_with(
            Method::PUT,
            &line_path,
            Auth::Bearer(&ward),
            Some(json!({"task_id": task, "source": "ward_budget", "title": "Thù lao", "allocated_vnd": 6_000_000})),
            &[("If-Match", &etag)],
        )
        .await;
    assert_eq!(raised.status, 200, "{}", raised.body);
    assert_eq!(figures(&raised.body), (6_000_000, 2_300_000, 3_700_000));
    app.send(
        Method::DELETE,
        &format!("/api/v1/tasks/{task}"),
        Auth::Bearer(&ward),
        None,
    )
    .await
    .assert_problem(409, "conflict");

    // A spending removed by mistake gives the claim back to be booked.
    let booked_id = booked_spending["id"].as_i64().unwrap();
    let removed = app
        .send(
            Method::DELETE,
            &format!("/api/v1/budget-spending/{booked_id}"),
            Auth::Bearer(&ward),
            None,
        )
        .await;
    assert_eq!(removed.status, 204, "{}", removed.body);
    let read = app.get(&line_path, Auth::Bearer(&ward)).await;
    assert_eq!(
        figures(&read.body["line"]),
        (6_000_000, 2_000_000, 4_000_000)
    );
    assert_eq!(read.body["claims_to_book"][0]["id"], claim);
}

#[actix_web::test]
async fn another_ward_sees_nothing_the_city_reads_and_only_the_ward_keeps_it() {
    let app = TestApp::start().await;
    let (ward, plan, line_id) = one_line(&app, "Mua tài liệu").await;
    let spent = spend(&app, &ward, line_id, "2024-04-01", "Mua tài liệu", 100_000).await;
    let spending_id = spent.body["spending"][0]["id"].as_i64().unwrap();
    let attached = attach_voucher(&app, &ward, spending_id).await;
    assert_eq!(attached.status, 201, "{}", attached.body);
    let voucher = attached.body["spending"][0]["vouchers"][0]["id"]
        .as_i64()
        .unwrap();

    app.user("detham", Role::WardOfficial, "12439");
    app.user("phongtp", Role::CityJustice, "336");
    app.user("mattran", Role::FrontPartner, "336");
    let other = app.login("detham").await;
    let city = app.login("phongtp").await;
    let front = app.login("mattran").await;
    let budget = format!("/api/v1/plans/{plan}/budget");
    let line_path = format!("/api/v1/budget-lines/{line_id}");

    // Another ward: not found, whatever it tries.
    for path in [&budget, &line_path, &format!("{budget}/xlsx")] {
        assert_eq!(
            app.get(path, Auth::Bearer(&other)).await.status,
            404,
            "{path}"
        );
    }
    let (status, _, _) = app
        .get_bytes(&format!("/api/v1/budget-vouchers/{voucher}"), &other)
        .await;
    assert_eq!(status, 404);
    spend(&app, &other, line_id, "2024-04-02", "x", 1)
        .await
        .assert_problem(404, "not_found");
    add_budget_line(
        &app,
        &other,
        plan,
        json!({"source": "other", "title": "x", "allocated_vnd": 1}),
    )
    .await
    .assert_problem(404, "not_found");
    app.send(
        Method::DELETE,
        &format!("/api/v1/budget-spending/{spending_id}"),
        Auth::Bearer(&other),
        None,
    )
    .await
    .assert_problem(404, "not_found");
    attach_voucher(&app, &other, spending_id)
        .await
        .assert_problem(404, "not_found");

    // The city and the Front read; neither keeps the ward's budget.
    for token in [&city, &front] {
        let read = app.get(&budget, Auth::Bearer(token)).await;
        assert_eq!(read.status, 200, "{}", read.body);
        assert_eq!(read.body["can_manage"], false);
        assert_eq!(figures(&read.body["total"]), (1_000_000, 100_000, 900_000));
        let detail = app.get(&line_path, Auth::Bearer(token)).await;
        assert_eq!(detail.body["claims_to_book"], json!([]));
        spend(&app, token, line_id, "2024-04-02", "x", 1)
            .await
            .assert_problem(403, "forbidden");
        attach_voucher(&app, token, spending_id)
            .await
            .assert_problem(403, "forbidden");
    }
    let kept = app.get(&line_path, Auth::Bearer(&ward)).await;
    assert_eq!(
        kept.body["spending"][0]["vouchers"]
            .as_array()
            .map(Vec::len),
        Some(1),
        "only the ward's own voucher: {}",
        kept.body
    );
    // A ward reads the city's plan, not the city's money.
    let plan_42_id = plan_42(&app, &ward).await["id"].as_i64().unwrap();
    app.get(
        &format!("/api/v1/plans/{plan_42_id}/budget"),
        Auth::Bearer(&ward),
    )
    .await
    .assert_problem(403, "forbidden");
}

/// Attaches a one-page PDF to a spending as `token`.
async fn attach_voucher(app: &TestApp, token: &str, spending: i64) -> Reply {
    app.post_multipart(
        &format!("/api/v1/budget-spending/{spending}/vouchers"),
        Auth::Bearer(token),
        &[(
            "files",
            Some("phieu-chi.pdf"),
            "application/pdf",
            b"%PDF-1.4\n%%EOF\n".as_slice(),
        )],
    )
    .await
}
