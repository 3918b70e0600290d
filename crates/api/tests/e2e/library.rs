//! The Justice Office adds a law to the legal library in the browser and
//! publishes it; a search without accents finds it, marked; signed out,
//! the public page finds it the same way and never shows a draft.

use hgcs_domain::Role;

use crate::browser::{Browser, PASSWORD, Site, count_becomes, press, text_becomes, type_into};

#[actix_web::test]
async fn the_city_publishes_a_law_and_the_public_finds_it_without_accents() {
    let site = Site::start().await;
    site.user("phongtp", Role::CityJustice, "336");

    let browser = Browser::open().await;
    browser.sign_in(&site, "phongtp", PASSWORD).await;
    browser.click("[data-test=nav-library]").await;
    for (title, summary) in [
        (
            "Luật Hòa giải ở cơ sở",
            "Quy định về hòa giải viên và tổ hòa giải.",
        ),
        ("Sổ tay hòa giải viên (bản thảo)", "Chưa công bố."),
    ] {
        browser.wait_for("#item-kind option[value='law']").await;
        browser
            .wait_for("#item-kind")
            .await
            .select_by_value("law")
            .await
            .unwrap();
        type_into(&browser, "#item-title", title).await;
        type_into(&browser, "#item-number", "25/2013/QH13").await;
        type_into(&browser, "#item-issuer", "Quốc hội").await;
        type_into(&browser, "#item-summary", summary).await;
        type_into(&browser, "#item-tags", "hòa giải, luật").await;
        press(&browser, "#create-item").await;
        browser.wait_for("[data-test=library-row]").await;
    }
    count_becomes(&browser, "[data-test=library-row]", 2).await;
    // Publish the law only (the latest changed first: the handbook, then the law).
    let rows = browser
        .client
        .find_all(fantoccini::Locator::Css("[data-test=library-row]"))
        .await
        .unwrap();
    let law = rows.last().unwrap();
    law.find(fantoccini::Locator::Css("[data-test=change-state]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    // Published, the law is the latest changed: first in the list.
    assert_eq!(
        text_becomes(
            &browser,
            "[data-test=library-row]:first-child [data-test=item-state]",
            "Đã công bố"
        )
        .await,
        "Đã công bố"
    );
    assert_eq!(
        browser
            .text_of("[data-test=library-row]:last-child [data-test=item-state]")
            .await,
        "Bản nháp"
    );

    // The draft is edited in the same form.
    press(
        &browser,
        "[data-test=library-row]:last-child [data-test=edit-item]",
    )
    .await;
    type_into(&browser, "#item-title", "Sổ tay hòa giải viên (bản thảo 2)").await;
    press(&browser, "#create-item").await;
    assert_eq!(
        text_becomes(
            &browser,
            "[data-test=library-row]:first-child [data-test=item-title]",
            "Sổ tay hòa giải viên (bản thảo 2)"
        )
        .await,
        "Sổ tay hòa giải viên (bản thảo 2)"
    );

    // One search, without accents, marks what matched.
    type_into(&browser, "[data-test=search-q]", "hoa giai co so").await;
    press(&browser, "[data-test=search-go]").await;
    let hit = browser.wait_for("[data-test=search-hit] mark").await;
    assert_eq!(hit.text().await.unwrap(), "Hòa giải");
    browser.screenshot("18-library").await;

    // Signed out, the public page finds the law and not the draft.
    browser.click("#logout").await;
    browser.wait_for("#username").await;
    browser.visit(&site, "/thu-vien").await;
    browser.wait_for("[data-test=public-item]").await;
    assert_eq!(browser.count("[data-test=public-item]").await, 1);
    type_into(&browser, "#q", "hoa giai co so").await;
    press(&browser, "form[role=search] button").await;
    let marked = browser.wait_for("[data-test=public-item] h2 mark").await;
    assert_eq!(marked.text().await.unwrap(), "Hòa giải");
    let page = browser.client.source().await.unwrap();
    assert!(page.contains("Luật <mark>Hòa giải</mark> ở <mark>cơ sở</mark>"));
    assert!(!page.contains("bản thảo"));
    browser.screenshot("19-public-library").await;
    browser.close().await;
}
