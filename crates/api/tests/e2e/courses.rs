//! The Justice Office opens a course for a ward for task II.2 of plan 42
//! in the browser, invites the ward's mediators, takes attendance from a
//! sheet and downloads a certificate; a mediator's profile shows the
//! hours, and the task's page the course.

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::sql_types::BigInt;
use fantoccini::Locator;
use hgcs_domain::Role;
use serde_json::json;

use crate::browser::{Browser, PASSWORD, Site, count_becomes, press, text_becomes, type_into};

#[derive(QueryableByName)]
struct TaskRow {
    #[diesel(sql_type = BigInt)]
    id: i64,
}

/// Bồ Xuyên: a team of three.
const DATA: &str = "\
    INSERT INTO mediation_teams (unit_id, name) \
        SELECT id, 'Tổ hòa giải số 1' FROM units WHERE seed_key = '12436'; \
    INSERT INTO mediators (team_id, full_name, search_key, sex, birth_year, ethnicity, education) \
        SELECT t.id, m.name, m.key, m.sex, 1970, 'Kinh', 'none' \
          FROM mediation_teams t, \
               (VALUES ('Nguyễn Văn An', 'nguyen van an', 'male'), \
                       ('Trần Thị Bình', 'tran thi binh', 'female'), \
                       ('Lê Văn Cường', 'le van cuong', 'male')) AS m(name, key, sex);";

#[actix_web::test]
async fn the_city_opens_a_course_takes_attendance_and_certifies() {
    let site = Site::start().await;
    site.user("phongtp", Role::CityJustice, "336");
    site.served.db.connect().batch_execute(DATA).unwrap();

    let task: TaskRow = diesel::sql_query(
        "SELECT t.id FROM plan_tasks t JOIN plans p ON p.id = t.plan_id \
         WHERE t.code = 'II.2' AND p.doc_number = '42' AND p.parent_plan_id IS NULL",
    )
    .get_result(&mut site.served.db.connect())
    .unwrap();

    let browser = Browser::open().await;
    browser.sign_in(&site, "phongtp", PASSWORD).await;
    // For task II.2 of plan 42 (a task's courses open the form so).
    browser.wait_for("[data-test=nav-courses]").await;
    browser
        .visit(&site, &format!("/courses?task_id={}", task.id))
        .await;
    browser.wait_for("[data-test=course-for-task]").await;
    type_into(&browser, "#course-title", "Tập huấn Luật Hòa giải ở cơ sở").await;
    type_into(&browser, "#course-venue", "Hội trường thành phố").await;
    type_into(&browser, "#course-starts-on", "10/03/2025").await;
    type_into(&browser, "#course-ends-on", "10/03/2025").await;
    type_into(&browser, "#course-min-hours", "2").await;
    type_into(&browser, "#course-capacity", "30").await;
    browser
        .client
        .wait()
        .for_element(Locator::XPath(
            "//label[normalize-space()='Phường Bồ Xuyên']",
        ))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    type_into(&browser, "#session-0-held-on", "10/03/2025").await;
    type_into(&browser, "#session-0-topic", "Luật Hòa giải ở cơ sở").await;
    type_into(&browser, "#session-0-trainer", "Thẩm phán Lê Thị Hòa").await;
    press(&browser, "#create-course").await;

    // The course's page: one session of three hours, nobody invited yet.
    browser.wait_for("[data-test=session-row]").await;
    // Bình first, found by her name without accents; then everyone (she
    // stays invited once).
    press(&browser, "[data-test=invite-some] summary").await;
    type_into(&browser, "#invite-name", "tran thi binh").await;
    press(&browser, "#invite-search").await;
    assert_eq!(
        count_becomes(&browser, "[data-test=invite-candidate]", 1).await,
        1
    );
    press(&browser, "[data-test=invite-team] legend input").await;
    press(&browser, "#invite-chosen").await;
    assert_eq!(
        count_becomes(&browser, "[data-test=invitee-row]", 1).await,
        1
    );
    press(&browser, "#invite-all").await;
    assert_eq!(
        text_becomes(&browser, "[data-test=course-capacity]", "3/30").await,
        "3/30"
    );
    assert_eq!(
        count_becomes(&browser, "[data-test=invitee-row]", 3).await,
        3
    );

    // Attendance from the sheet signed at the door, names typed without
    // accents: Bình, not on it, is marked away.
    press(&browser, "[data-test=take-attendance]").await;
    browser.wait_for("[data-test=attendance-row]").await;
    let sheet = std::env::temp_dir().join(format!("hgcs-e2e-diem-danh-{}.csv", std::process::id()));
    std::fs::write(
        &sheet,
        "Họ và tên,Điểm danh\nNguyen Van An,x\nLe Van Cuong,có mặt\n",
    )
    .unwrap();
    browser
        .wait_for("#sheet-file")
        .await
        .send_keys(&sheet.display().to_string())
        .await
        .unwrap();
    press(&browser, "#read-sheet").await;
    browser.wait_for("[data-test=sheet-summary]").await;
    assert_eq!(
        count_becomes(&browser, "[data-test=attendance-row][data-sheet-line]", 2).await,
        2
    );
    let away = browser
        .client
        .find(Locator::XPath(
            "//li[@data-test='attendance-row'][label[normalize-space()='Trần Thị Bình']]/select",
        ))
        .await
        .unwrap();
    assert_eq!(away.prop("value").await.unwrap().as_deref(), Some("absent"));
    std::fs::remove_file(&sheet).ok();
    browser.screenshot("16-attendance-sheet").await;
    press(&browser, "#save-attendance").await;
    assert_eq!(
        text_becomes(&browser, "[data-test=session-row] [data-test=marked]", "3").await,
        "3"
    );
    assert_eq!(
        count_becomes(&browser, "[data-test=invitee-row][data-certified=true]", 2).await,
        2
    );
    browser.screenshot("16-course").await;

    // Certificates for the two present, and one downloaded as Word.
    press(&browser, "#issue-certificates").await;
    assert_eq!(
        count_becomes(&browser, "[data-test=certificate-row]", 2).await,
        2
    );
    let href = browser
        .wait_for("[data-test=certificate-link]")
        .await
        .attr("href")
        .await
        .unwrap()
        .unwrap();
    let fetched = browser
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1]; \
             fetch(arguments[0]).then(r => r.arrayBuffer().then(b => \
                 done([r.status, r.headers.get('content-type'), b.byteLength])));",
            vec![json!(href)],
        )
        .await
        .unwrap();
    assert_eq!(fetched[0], 200, "{fetched}");
    assert_eq!(
        fetched[1],
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    );
    assert!(fetched[2].as_u64().unwrap() > 2000, "{fetched}");

    // An's profile lists the course and the year's hours.
    browser.visit(&site, "/mediators").await;
    browser
        .client
        .wait()
        .for_element(Locator::LinkText("Nguyễn Văn An"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    assert_eq!(
        text_becomes(
            &browser,
            "[data-test=training-year]",
            "Năm 2025: 3 giờ tập huấn"
        )
        .await,
        "Năm 2025: 3 giờ tập huấn"
    );

    // Task II.2's page shows the course and what it did.
    browser.visit(&site, &format!("/tasks/{}", task.id)).await;
    assert_eq!(
        text_becomes(&browser, "[data-test=task-attended]", "2").await,
        "2"
    );
    assert_eq!(browser.text_of("[data-test=task-certified]").await, "2");
    assert_eq!(
        browser
            .count("[data-test=task-courses] [data-test=course-row]")
            .await,
        1
    );
    browser.close().await;
}
