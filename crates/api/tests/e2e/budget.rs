//! A ward keeps its plan's budget in the browser: adds a line of
//! 5.000.000 đồng from its own budget for the plan's task and sees it in
//! the totals by task, records two spendings and sees 3.000.000 left, is
//! told that 4.000.000 more is beyond the line, attaches a receipt and
//! removes a spending; another ward's official does not find the line.

use diesel::prelude::*;
use diesel::sql_types::BigInt;
use hgcs_domain::Role;

use crate::browser::{Browser, PASSWORD, Site, count_becomes, press, text_becomes, type_into};

#[derive(QueryableByName)]
struct Made {
    #[diesel(sql_type = BigInt)]
    id: i64,
}

/// Bồ Xuyên's plan for 2024, in force, with one task.
pub(crate) const PLAN: &str = "\
    WITH plan AS ( \
        INSERT INTO plans (unit_id, doc_number, doc_type, doc_issuer, title, period_start, period_end, status) \
        SELECT id, '08', 'KH', 'UBND', 'Kế hoạch công tác hòa giải ở cơ sở năm 2024', \
               '2024-01-01', '2024-12-31', 'in_force' \
          FROM units WHERE seed_key = '12436' \
        RETURNING id \
    ), task AS ( \
        INSERT INTO plan_tasks (plan_id, code, position, title, schedule, starts_on, due_on) \
        SELECT id, 'II.1', 1, 'Trang bị sổ sách, tài liệu cho các tổ hòa giải', \
               '{\"kind\": \"year\", \"year\": 2024}'::jsonb, '2024-01-01', '2024-12-31' \
          FROM plan \
    ) \
    SELECT id FROM plan";

async fn spend(browser: &Browser, day: &str, purpose: &str, amount: &str) {
    type_into(browser, "#spent-on", day).await;
    type_into(browser, "#spending-purpose", purpose).await;
    type_into(browser, "#spending-amount", amount).await;
    press(browser, "#record-spending").await;
}

#[actix_web::test]
async fn a_ward_adds_a_line_records_spending_and_sees_what_is_left() {
    let site = Site::start().await;
    site.user("boxuyen", Role::WardOfficial, "12436");
    site.user("detham", Role::WardOfficial, "12439");
    let plan: Made = diesel::sql_query(PLAN)
        .get_result(&mut site.served.db.connect())
        .unwrap();
    let receipt =
        std::env::temp_dir().join(format!("hgcs-e2e-phieu-chi-{}.pdf", std::process::id()));
    std::fs::write(
        &receipt,
        b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n",
    )
    .unwrap();

    let browser = Browser::open().await;
    browser.sign_in(&site, "boxuyen", PASSWORD).await;
    browser.wait_for("[data-test=nav-plans]").await;
    browser.visit(&site, &format!("/plans/{}", plan.id)).await;
    browser.wait_for("[data-test=plan-budget]").await;
    browser
        .wait_for("#budget-task")
        .await
        .select_by_label("II.1 Trang bị sổ sách, tài liệu cho các tổ hòa giải")
        .await
        .unwrap();
    browser
        .wait_for("#budget-source")
        .await
        .select_by_value("ward_budget")
        .await
        .unwrap();
    type_into(&browser, "#budget-line-title", "Mua sổ sách, tài liệu").await;
    type_into(&browser, "#budget-allocated", "5.000.000").await;
    press(&browser, "#add-budget-line").await;
    assert_eq!(
        count_becomes(&browser, "[data-test=budget-line]", 1).await,
        1
    );
    let row = browser.text_of("[data-test=budget-line]").await;
    assert!(
        row.contains("II.1") && row.contains("Ngân sách phường, xã") && row.contains("5.000.000"),
        "{row}"
    );
    let total = browser.text_of("[data-test=budget-total]").await;
    assert!(total.contains("5.000.000"), "{total}");
    let by_task = browser.text_of("[data-test=budget-task]").await;
    assert!(
        by_task.contains("II.1 Trang bị sổ sách") && by_task.contains("5.000.000"),
        "{by_task}"
    );
    assert_eq!(browser.count("[data-test=budget-xlsx]").await, 1);
    browser.screenshot("29-plan-budget").await;

    browser.click("[data-test=budget-line] a").await;
    browser.wait_for("[data-test=budget-line-title]").await;
    spend(
        &browser,
        "15/03/2024",
        "Mua sổ theo dõi hoạt động hòa giải",
        "1.200.000",
    )
    .await;
    assert_eq!(
        text_becomes(&browser, "[data-test=line-spent]", "1.200.000").await,
        "1.200.000"
    );
    spend(&browser, "20/06/2024", "In tài liệu pháp luật", "800.000").await;
    assert_eq!(
        text_becomes(&browser, "[data-test=line-remaining]", "3.000.000").await,
        "3.000.000"
    );
    assert_eq!(
        count_becomes(&browser, "[data-test=spending-row]", 2).await,
        2
    );
    let first = browser.text_of("[data-test=spending-row]").await;
    assert!(
        first.contains("15/03/2024") && first.contains("1.200.000"),
        "{first}"
    );

    spend(&browser, "01/07/2024", "Hội nghị tập huấn", "4.000.000").await;
    let refused = "Dòng kinh phí chỉ còn 3.000.000 đồng";
    assert_eq!(
        text_becomes(&browser, "#spending-amount-error", refused).await,
        refused
    );
    assert_eq!(browser.count("[data-test=spending-row]").await, 2);
    assert_eq!(
        browser.text_of("[data-test=line-remaining]").await,
        "3.000.000"
    );

    // A receipt for the newest spending; the first one removed.
    browser
        .wait_for("#voucher-files")
        .await
        .send_keys(&receipt.display().to_string())
        .await
        .unwrap();
    press(&browser, "#attach-vouchers").await;
    let voucher = browser.text_of("[data-test=voucher-link]").await;
    assert!(voucher.contains("hgcs-e2e-phieu-chi"), "{voucher}");
    let newest = browser
        .client
        .find_all(fantoccini::Locator::Css("[data-test=spending-row]"))
        .await
        .unwrap()
        .pop()
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(newest.contains("hgcs-e2e-phieu-chi"), "{newest}");
    browser.screenshot("30-budget-line").await;
    press(&browser, "[data-test=remove-spending]").await;
    press(&browser, "[data-test=confirm-remove-spending]").await;
    assert_eq!(
        text_becomes(&browser, "[data-test=line-remaining]", "4.200.000").await,
        "4.200.000"
    );
    assert_eq!(browser.count("[data-test=spending-row]").await, 1);
    let _ = std::fs::remove_file(&receipt);
    // The allocation never below what was spent (800.000), then raised.
    press(&browser, "#edit-budget-line").await;
    type_into(&browser, "#edit-line-allocated", "500.000").await;
    press(&browser, "#save-budget-line").await;
    let below = "Đã chi 800.000 đồng; kinh phí không thể thấp hơn";
    assert_eq!(
        text_becomes(&browser, "#edit-line-allocated-error", below).await,
        below
    );
    type_into(&browser, "#edit-line-allocated", "6.000.000").await;
    press(&browser, "#save-budget-line").await;
    assert_eq!(
        text_becomes(&browser, "[data-test=line-remaining]", "5.200.000").await,
        "5.200.000"
    );
    let line_url = browser.client.current_url().await.unwrap().to_string();
    assert!(line_url.contains("/budget-lines/"), "{line_url}");

    // Another ward: not found.
    browser.click("#logout").await;
    browser.wait_for("#username").await;
    browser.sign_in(&site, "detham", PASSWORD).await;
    browser.wait_for("[data-test=nav-plans]").await;
    browser.client.goto(&line_url).await.unwrap();
    let banner = browser.text_of(".banner-error").await;
    assert!(banner.contains("Không tìm thấy"), "{banner}");
    assert!(
        banner.contains("nằm ngoài phạm vi đơn vị của bạn"),
        "the banner says why a record may not be found: {banner}"
    );
    assert_eq!(browser.count("[data-test=line-remaining]").await, 0);
    browser.close().await;
}
