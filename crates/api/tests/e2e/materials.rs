//! The Justice Office records a print run of the material set for task
//! II.1 of plan 42 and hands copies to a ward in the browser; the ward's
//! official confirms the receipt; the task's page counts the copies.

use diesel::prelude::*;
use diesel::sql_types::BigInt;
use hgcs_domain::Role;

use crate::browser::{Browser, PASSWORD, Site, press, text_becomes, type_into};

#[derive(QueryableByName)]
struct TaskRow {
    #[diesel(sql_type = BigInt)]
    id: i64,
}

#[actix_web::test]
async fn the_city_hands_out_copies_and_the_ward_confirms() {
    let site = Site::start().await;
    site.user("phongtp", Role::CityJustice, "336");
    site.user("boxuyen", Role::WardOfficial, "12436");
    let task: TaskRow = diesel::sql_query(
        "SELECT t.id FROM plan_tasks t JOIN plans p ON p.id = t.plan_id \
         WHERE t.code = 'II.1' AND p.doc_number = '42' AND p.parent_plan_id IS NULL",
    )
    .get_result(&mut site.served.db.connect())
    .unwrap();

    let browser = Browser::open().await;
    browser.sign_in(&site, "phongtp", PASSWORD).await;
    browser.wait_for("[data-test=nav-materials]").await;
    browser
        .visit(&site, &format!("/materials?task_id={}", task.id))
        .await;
    type_into(
        &browser,
        "#run-title",
        "Bộ tài liệu bồi dưỡng hòa giải viên",
    )
    .await;
    type_into(&browser, "#run-edition", "2022").await;
    type_into(&browser, "#run-quantity", "300").await;
    type_into(&browser, "#run-cost", "45000000").await;
    type_into(&browser, "#run-printed-on", "01/06/2022").await;
    press(&browser, "#create-run").await;

    // The run's page: all 300 left; 120 handed to Bồ Xuyên.
    assert_eq!(
        text_becomes(&browser, "[data-test=run-stock]", "300").await,
        "300"
    );
    browser
        .wait_for("#delivery-ward option[value]:not([value=''])")
        .await;
    let ward = browser.wait_for("#delivery-ward").await;
    ward.select_by_label("Phường Bồ Xuyên").await.unwrap();
    type_into(&browser, "#delivery-copies", "120").await;
    type_into(&browser, "#delivery-on", "10/06/2022").await;
    type_into(&browser, "#delivery-received-by", "Nguyễn Thị Lan").await;
    press(&browser, "#deliver").await;
    assert_eq!(
        text_becomes(&browser, "[data-test=run-stock]", "180").await,
        "180"
    );
    let run_url = browser.client.current_url().await.unwrap().to_string();

    // The ward confirms the copies arrived.
    browser.click("#logout").await;
    browser.wait_for("#username").await;
    browser.sign_in(&site, "boxuyen", PASSWORD).await;
    browser.wait_for("[data-test=nav-materials]").await;
    browser.client.goto(&run_url).await.unwrap();
    press(&browser, "[data-test=confirm-receipt]").await;
    browser.wait_for("[data-test=receipt-confirmed]").await;
    assert_eq!(
        text_becomes(&browser, "[data-test=run-confirmed]", "120").await,
        "120"
    );
    browser.screenshot("17-material-run").await;

    // Task II.1's page counts them.
    browser.visit(&site, &format!("/tasks/{}", task.id)).await;
    assert_eq!(
        text_becomes(&browser, "[data-test=task-distributed]", "120").await,
        "120"
    );
    assert_eq!(browser.text_of("[data-test=task-printed]").await, "300");
    assert_eq!(browser.text_of("[data-test=task-confirmed]").await, "120");
    browser.close().await;
}
