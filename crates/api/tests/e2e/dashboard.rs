//! The dashboard's four charts with real data: cases entered in two wards,
//! a team short of the composition rules, the wards' reports of the
//! period, and the seeded plan's tasks; one chart shown as a table.

use diesel::connection::SimpleConnection;
use hgcs_domain::Role;

use crate::browser::{Browser, PASSWORD, Site, choose_period, press, text_becomes};

/// Bồ Xuyên: a team of three with a woman, three cases in January to
/// March 2025 not handled yet. Đề Thám: a team of one man, a case of
/// April settled and one of May withdrawn.
const DATA: &str = "\
    INSERT INTO mediation_teams (unit_id, name) \
        SELECT id, 'Tổ hòa giải số 1' FROM units WHERE seed_key IN ('12436', '12439'); \
    INSERT INTO mediators (team_id, full_name, search_key, sex, birth_year, ethnicity, education) \
        SELECT t.id, m.name, lower(m.name), m.sex, 1970, 'Kinh', 'none' \
          FROM mediation_teams t JOIN units u ON u.id = t.unit_id, \
               (VALUES ('12436', 'An', 'male'), ('12436', 'Bình', 'female'), ('12436', 'Cường', 'male'), \
                       ('12439', 'Dũng', 'male')) AS m(ward, name, sex) \
         WHERE u.seed_key = m.ward; \
    INSERT INTO cases (unit_id, team_id, entry_year, entry_no, received_on, start_kind, kind, summary, \
                       state, created_by) \
        SELECT t.unit_id, t.id, 2025, c.no, c.day, 'party_request', 'land_use', 'Vụ ' || c.no, c.state, \
               (SELECT id FROM users WHERE username = 'phongtp') \
          FROM mediation_teams t JOIN units u ON u.id = t.unit_id, \
               (VALUES ('12436', 1, DATE '2025-01-06', 'received'), ('12436', 2, DATE '2025-02-07', 'received'), \
                       ('12436', 3, DATE '2025-03-08', 'received'), ('12439', 1, DATE '2025-04-10', 'successful'), \
                       ('12439', 2, DATE '2025-05-20', 'withdrawn')) AS c(ward, no, day, state) \
         WHERE u.seed_key = c.ward;";

fn bar(chart: &str, label: &str, total: u32) -> String {
    format!("[data-test=chart-{chart}] [data-test=bar][data-label='{label}'][data-total='{total}']")
}

#[actix_web::test]
async fn the_dashboard_draws_the_four_charts_from_the_registers() {
    let site = Site::start().await;
    site.user("phongtp", Role::CityJustice, "336");
    site.served.db.connect().batch_execute(DATA).unwrap();

    let browser = Browser::open().await;
    browser.sign_in(&site, "phongtp", PASSWORD).await;
    browser.wait_for("[data-test=statistics]").await;
    choose_period(&browser, "dashboard", "2025", "half_year").await;

    // Cases by ward and result, and by month.
    browser
        .wait_for(&bar("cases-unit", "Phường Bồ Xuyên", 3))
        .await;
    browser
        .wait_for(&bar("cases-unit", "Phường Đề Thám", 2))
        .await;
    browser
        .wait_for(&bar("cases-unit", "Phường Kỳ Bá", 0))
        .await;
    browser.wait_for(&bar("cases-month", "Tháng 4", 1)).await;
    let settled = format!(
        "{} rect.series-0[data-value='1']",
        bar("cases-month", "Tháng 4", 1)
    );
    browser.wait_for(&settled).await;
    // Teams: Bồ Xuyên's complies, Đề Thám's falls short of two rules.
    browser
        .wait_for(&format!(
            "{} rect.series-0",
            bar("teams", "Phường Bồ Xuyên", 1)
        ))
        .await;
    browser
        .wait_for(&format!(
            "{} rect.series-1",
            bar("teams", "Phường Đề Thám", 1)
        ))
        .await;
    let short = browser
        .text_of("[data-test=chart-teams] [data-test=rule-count][data-rule=a_woman]")
        .await;
    assert_eq!(short, "Không có hòa giải viên nữ: 1");
    // Reports of the first half of 2025: none of the 19 wards reported, all late.
    browser
        .wait_for(&format!(
            "{} rect.series-1[data-value='19']",
            bar("reports", "Chưa lập", 19)
        ))
        .await;
    assert!(
        browser
            .text_of("[data-test=chart-reports] h3")
            .await
            .contains("6 tháng đầu năm 2025")
    );
    browser.screenshot("15-dashboard-charts").await;

    // The same figures as a table.
    press(
        &browser,
        "[data-test=chart-cases-unit] [data-test=chart-toggle]",
    )
    .await;
    let row = "[data-test=chart-cases-unit] [data-test=chart-row][data-label='Phường Đề Thám'] [data-test=row-total]";
    assert_eq!(text_becomes(&browser, row, "2").await, "2");

    // The seeded plan of 2022: five tasks past their day, one waiting for
    // the material sets (no day yet).
    choose_period(&browser, "dashboard", "2022", "half_year").await;
    browser.wait_for(&bar("tasks", "Quá hạn", 5)).await;
    browser.wait_for(&bar("tasks", "Chưa thực hiện", 1)).await;
    browser.screenshot("16-dashboard-plan").await;
    browser.close().await;
}
