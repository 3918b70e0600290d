//! The city makes next year's plan from plan 42/KH-UBND: puts it in force,
//! rewrites a task, adds one and moves it; a ward then takes it over. And a
//! ward builds a plan with two tasks from nothing.

use fantoccini::Locator;
use hgcs_domain::Role;

use crate::browser::{Browser, PASSWORD, Site, count_becomes, press, text_becomes, type_into};
use crate::plans::open_plan_42;

/// The codes of the plan's tasks, in the order the table shows them.
async fn task_codes(browser: &Browser) -> Vec<String> {
    let mut codes = Vec::new();
    for cell in browser
        .client
        .find_all(Locator::Css("[data-test=task-row] td:first-child"))
        .await
        .unwrap()
    {
        codes.push(cell.text().await.unwrap());
    }
    codes
}

/// Fills the task form's number, wording and a single day.
async fn fill_task(browser: &Browser, code: &str, title: &str, day: &str) {
    type_into(browser, "#task-code", code).await;
    type_into(browser, "#task-title", title).await;
    browser
        .wait_for("#task-schedule-kind")
        .await
        .select_by_value("date")
        .await
        .unwrap();
    type_into(browser, "#task-on", day).await;
}

#[actix_web::test]
async fn the_city_edits_next_years_plan_and_a_ward_takes_it_over() {
    let site = Site::start().await;
    site.user("phongtuphap", Role::CityJustice, "336");
    site.user("boxuyen", Role::WardOfficial, "12436");
    let browser = Browser::open().await;
    browser.sign_in(&site, "phongtuphap", PASSWORD).await;
    open_plan_42(&browser).await;
    browser.click("#copy-next-year").await;
    assert_eq!(
        text_becomes(&browser, "[data-test=plan-status]", "Dự thảo").await,
        "Dự thảo"
    );
    let plan_url = browser.client.current_url().await.unwrap().to_string();

    // Numbered, signed and in force from now on.
    press(&browser, "#edit-plan").await;
    type_into(&browser, "#plan-doc-number", "15").await;
    browser
        .wait_for("#plan-status")
        .await
        .select_by_value("in_force")
        .await
        .unwrap();
    type_into(&browser, "#plan-signer-name", "Nguyễn Văn An").await;
    let duties = browser.count("[data-test=duty-row]").await;
    assert!(duties > 0, "the plan's duties are loaded into the form");
    browser.click("#add-duty").await;
    let last = format!(
        "#duty-heading-{}",
        browser.count("[data-test=basis-row]").await + duties
    );
    type_into(&browser, &last, "Công an thành phố").await;
    browser.click("#save-plan").await;
    assert_eq!(
        text_becomes(&browser, "[data-test=plan-status]", "Đang thực hiện").await,
        "Đang thực hiện"
    );
    assert!(browser.text_of("body").await.contains("Nguyễn Văn An"));
    assert_eq!(
        count_becomes(&browser, "[data-test=plan-duty]", duties + 1).await,
        duties + 1
    );
    assert!(
        browser
            .text_of("#plan-duties + ol")
            .await
            .contains("Công an thành phố")
    );

    // Task II.2 gets next year's wording.
    browser
        .client
        .find(Locator::XPath(
            "//*[@data-test='task-row'][contains(., 'II.2')]//a",
        ))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    press(&browser, "#edit-task").await;
    type_into(&browser, "#task-title", "Tập huấn hòa giải viên năm 2023").await;
    browser.click("#save-task").await;
    browser.wait_for("#edit-task").await;
    let wanted = "II.2 Tập huấn hòa giải viên năm 2023";
    assert_eq!(
        text_becomes(&browser, "[data-test=task-title]", wanted).await,
        wanted
    );
    browser.screenshot("22-task-edited").await;

    // A new task for the wards, moved up one place.
    browser.client.goto(&plan_url).await.unwrap();
    press(&browser, "#add-task").await;
    fill_task(
        &browser,
        "II.6",
        "Sơ kết 6 tháng công tác hòa giải",
        "30/06/2023",
    )
    .await;
    browser.click("#task-concerns-wards").await;
    browser.click("#save-task").await;
    assert_eq!(count_becomes(&browser, "[data-test=task-row]", 7).await, 7);
    let before = task_codes(&browser).await;
    assert_eq!(
        before.last().map(String::as_str),
        Some("II.6"),
        "{before:?}"
    );
    let rows = browser
        .client
        .find_all(Locator::Css("[data-test=task-row] [data-test=move-up]"))
        .await
        .unwrap();
    rows.last().unwrap().click().await.unwrap();
    let mut after = before.clone();
    after.swap(5, 6);
    for _ in 0..100 {
        if task_codes(&browser).await == after {
            break;
        }
        crate::browser::tokio_sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(task_codes(&browser).await, after);
    browser.screenshot("23-plan-edited").await;

    // The list groups plan 42 under its programme; 2023 falls between two.
    browser.click("[data-test=nav-plans]").await;
    let heading = browser.text_of("[data-test=programme-heading]").await;
    assert!(
        heading.contains("428/QĐ-TTg") && heading.contains("2019–2022"),
        "{heading}"
    );
    assert!(browser.text_of("main").await.contains("Kế hoạch khác"));

    // The ward's plan takes over the tasks that concern wards, the new one too.
    browser.click("#logout").await;
    browser.wait_for("#username").await;
    browser.sign_in(&site, "boxuyen", PASSWORD).await;
    browser.wait_for("[data-test=nav-plans]").await;
    browser.client.goto(&plan_url).await.unwrap();
    browser.click("#create-ward-plan").await;
    browser.wait_for("[data-test=parent-plan-link]").await;
    assert_eq!(count_becomes(&browser, "[data-test=task-row]", 5).await, 5);
    let ward_codes = task_codes(&browser).await;
    assert!(ward_codes.contains(&"II.6".to_owned()), "{ward_codes:?}");
    browser.close().await;
}

#[actix_web::test]
async fn a_ward_builds_a_plan_with_two_tasks_from_nothing() {
    let site = Site::start().await;
    site.user("boxuyen", Role::WardOfficial, "12436");
    let browser = Browser::open().await;
    browser.sign_in(&site, "boxuyen", PASSWORD).await;
    browser.click("[data-test=nav-plans]").await;
    type_into(&browser, "#plan-doc-number", "07").await;
    type_into(
        &browser,
        "#plan-title",
        "Kế hoạch hòa giải ở cơ sở năm 2023",
    )
    .await;
    type_into(&browser, "#plan-start", "01/01/2023").await;
    type_into(&browser, "#plan-end", "31/12/2023").await;
    type_into(&browser, "#plan-purpose", "Nâng cao chất lượng hòa giải").await;
    browser.click("#add-basis").await;
    type_into(&browser, "#basis-number-0", "42").await;
    type_into(&browser, "#basis-type-0", "KH").await;
    type_into(&browser, "#basis-issuer-0", "UBND").await;
    type_into(&browser, "#basis-date-0", "28/03/2022").await;
    browser
        .wait_for("#plan-status")
        .await
        .select_by_value("in_force")
        .await
        .unwrap();
    browser.click("#create-plan").await;
    browser.wait_for("#add-task").await;
    let basis = browser.text_of("[data-test=legal-basis]").await;
    assert!(basis.contains("42/KH-UBND"), "{basis}");
    assert_eq!(browser.count("[data-test=task-row]").await, 0);

    // The first task by quarter: none chosen is refused, in the form.
    press(&browser, "#add-task").await;
    type_into(&browser, "#task-code", "1").await;
    type_into(&browser, "#task-title", "Kiện toàn tổ hòa giải").await;
    type_into(&browser, "#task-year", "2023").await;
    browser.click("#save-task").await;
    let refusal = browser.text_of("fieldset .field-error").await;
    assert!(refusal.contains("quý"), "{refusal}");
    browser.click("#task-quarter-1").await;
    browser.click("#task-quarter-2").await;
    browser
        .wait_for("#task-lead")
        .await
        .select_by_index(1)
        .await
        .unwrap();
    browser.click("#save-task").await;
    assert_eq!(count_becomes(&browser, "[data-test=task-row]", 1).await, 1);

    press(&browser, "#add-task").await;
    fill_task(&browser, "2", "Sơ kết công tác hòa giải", "15/07/2023").await;
    browser.click("#save-task").await;
    assert_eq!(count_becomes(&browser, "[data-test=task-row]", 2).await, 2);
    let table = browser.text_of("[data-test=task-row]").await;
    assert!(table.contains("Quý I, II/2023"), "{table}");
    assert_eq!(task_codes(&browser).await, ["1", "2"]);
    browser.screenshot("24-plan-from-nothing").await;

    // Next year's copy: a draft with both tasks a year later.
    browser.click("#copy-next-year").await;
    assert_eq!(
        text_becomes(&browser, "[data-test=plan-status]", "Dự thảo").await,
        "Dự thảo"
    );
    assert_eq!(count_becomes(&browser, "[data-test=task-row]", 2).await, 2);
    let copied = browser.text_of("[data-test=task-row]").await;
    assert!(copied.contains("Quý I, II/2024"), "{copied}");
    browser.close().await;
}
