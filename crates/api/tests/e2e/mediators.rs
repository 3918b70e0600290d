//! The register of mediators in the browser: the ward's mediators only,
//! found by a name typed without accents, filtered by sex, and opened
//! with a report figure's filters in the address.

use diesel::connection::SimpleConnection;
use hgcs_domain::Role;

use crate::browser::{Browser, PASSWORD, Site, count_becomes, press, text_becomes, type_into};

const ROW: &str = "[data-test=mediator-row]";

/// Bồ Xuyên: two women (one Tày) and a man; Đề Thám: a man.
const DATA: &str = "\
    INSERT INTO mediation_teams (unit_id, name) \
        SELECT id, 'Tổ hòa giải số 1' FROM units WHERE seed_key IN ('12436', '12439'); \
    INSERT INTO mediators (team_id, full_name, search_key, sex, birth_year, ethnicity, education) \
        SELECT t.id, m.name, m.key, m.sex, 1970, m.ethnicity, 'none' \
          FROM mediation_teams t JOIN units u ON u.id = t.unit_id, \
               (VALUES ('12436', 'Nguyễn Văn An', 'nguyen van an', 'male', 'Kinh'), \
                       ('12436', 'Trần Thị Bình', 'tran thi binh', 'female', 'Kinh'), \
                       ('12436', 'Hoàng Thị Dịu', 'hoang thi diu', 'female', 'Tày'), \
                       ('12439', 'Phạm Văn Dũng', 'pham van dung', 'male', 'Kinh')) \
               AS m(ward, name, key, sex, ethnicity) \
         WHERE u.seed_key = m.ward;";

#[actix_web::test]
async fn a_ward_finds_its_mediators_by_name_and_by_a_figures_filters() {
    let site = Site::start().await;
    site.user("boxuyen", Role::WardOfficial, "12436");
    site.served.db.connect().batch_execute(DATA).unwrap();

    let browser = Browser::open().await;
    browser.sign_in(&site, "boxuyen", PASSWORD).await;
    press(&browser, "[data-test=nav-mediators]").await;
    assert_eq!(count_becomes(&browser, ROW, 3).await, 3, "the ward's three");

    type_into(&browser, "#mediator-search", "binh").await;
    press(&browser, "#search-mediators").await;
    assert_eq!(count_becomes(&browser, ROW, 1).await, 1);
    assert_eq!(
        text_becomes(&browser, &format!("{ROW} td a"), "Trần Thị Bình").await,
        "Trần Thị Bình"
    );

    // A report's "minority women" figure would open it like this.
    browser
        .visit(&site, "/mediators?sex=female&ethnicity=minority")
        .await;
    assert_eq!(count_becomes(&browser, ROW, 1).await, 1);
    assert_eq!(
        text_becomes(&browser, &format!("{ROW} td a"), "Hoàng Thị Dịu").await,
        "Hoàng Thị Dịu"
    );
    // The filters show what the address asked for; clearing them lists all.
    let sex = browser.wait_for("#mediator-sex").await;
    assert_eq!(sex.prop("value").await.unwrap().as_deref(), Some("female"));
    press(&browser, "form[role=search] button[type=button]").await;
    assert_eq!(count_becomes(&browser, ROW, 3).await, 3);
    browser.screenshot("15-mediators").await;

    // A name opens the mediator's profile.
    press(&browser, &format!("{ROW} td a")).await;
    browser.wait_for("#mediator-history").await;
    assert!(browser.text_of("h1").await.contains("Hoàng Thị Dịu"));
    browser.close().await;
}
