//! The legal library (task II.3.a): the Justice Office and a city
//! department write and publish, wards read what is published, another
//! city cannot touch it; the public page and feed show published items
//! only, found without accents; one search reads the library, questions
//! and courses.

use diesel::connection::SimpleConnection;
use hgcs_domain::Role;
use serde_json::{Value, json};

use crate::fixtures::{ask_question, plan_42};

use crate::support::{Auth, TestApp};

const OTHER_CITY: &str = "INSERT INTO units (code, name, short_name, level, parent_id, seed_key) \
    SELECT '339', 'Thị xã Mỹ Hào', 'Mỹ Hào', 'district', parent_id, '339' \
    FROM units WHERE seed_key = '336';";

fn law(app: &TestApp, task: Option<i64>) -> Value {
    json!({
        "unit_id": app.unit("336"), "kind": "law", "task_id": task,
        "title": "Luật Hòa giải ở cơ sở",
        "issuer": "Quốc hội", "number": "25/2013/QH13",
        "issued_on": "2013-06-20", "effective_on": "2014-01-01",
        "summary": "Quy định về hòa giải viên, tổ hòa giải và hoạt động hoà giải ở cơ sở; \
                    trách nhiệm của Nhà nước, Mặt trận Tổ quốc Việt Nam.",
        "tags": ["hòa giải", "luật"],
        "link": "https://vbpl.vn/luat-hoa-giai-o-co-so",
    })
}

/// The law of `law`, written and published by `token`'s user: its id.
async fn published_law(app: &TestApp, token: &str) -> i64 {
    let created = app
        .post("/api/v1/library", Auth::Bearer(token), law(app, None))
        .await;
    let id = created.body["id"].as_i64().unwrap();
    let published = app
        .post(
            &format!("/api/v1/library/{id}/state"),
            Auth::Bearer(token),
            json!({"state": "published"}),
        )
        .await;
    assert_eq!(published.status, 200, "{}", published.body);
    id
}

fn titles(list: &Value) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|item| match &item["title"] {
            Value::String(title) => title.clone(),
            spans => spans
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s["text"].as_str().unwrap())
                .collect(),
        })
        .collect()
}

#[actix_web::test]
async fn the_city_publishes_wards_read_and_the_public_finds_it_without_accents() {
    let app = TestApp::start().await;
    app.db.connect().batch_execute(OTHER_CITY).unwrap();
    app.user("phongtp", Role::CityJustice, "336");
    app.user("vhtt", Role::CityDepartment, "336");
    app.user("boxuyen", Role::WardOfficial, "12436");
    app.user("myhao", Role::CityJustice, "339");
    let city = app.login("phongtp").await;
    let department = app.login("vhtt").await;
    let ward = app.login("boxuyen").await;
    let other_city = app.login("myhao").await;
    let plan = plan_42(&app, &city).await;
    let task = plan["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["code"] == "II.3.a")
        .and_then(|t| t["id"].as_i64())
        .unwrap();

    let item = law(&app, Some(task));
    app.post("/api/v1/library", Auth::Bearer(&ward), item.clone())
        .await
        .assert_problem(403, "forbidden");
    app.post("/api/v1/library", Auth::Bearer(&other_city), item.clone())
        .await
        .assert_problem(403, "forbidden");
    let mut bad = item.clone();
    bad["link"] = json!("javascript:alert(1)");
    bad["title"] = json!("  ");
    let refused = app.post("/api/v1/library", Auth::Bearer(&city), bad).await;
    refused.assert_problem(422, "validation_failed");
    assert_eq!(
        refused.body["errors"].as_array().unwrap().len(),
        2,
        "{}",
        refused.body
    );

    let created = app.post("/api/v1/library", Auth::Bearer(&city), item).await;
    assert_eq!(created.status, 201, "{}", created.body);
    assert_eq!(created.body["state"], "draft");
    let id = created.body["id"].as_i64().unwrap();
    let path = format!("/api/v1/library/{id}");
    let handbook = json!({
        "unit_id": app.unit("336"), "kind": "handbook",
        "title": "Sổ tay hòa giải viên", "summary": "Kỹ năng hòa giải ở cơ sở cho hòa giải viên.",
    });
    let by_department = app
        .post("/api/v1/library", Auth::Bearer(&department), handbook)
        .await;
    assert_eq!(by_department.status, 201, "{}", by_department.body);

    // A draft is the publisher's alone: not the ward's, not the public's.
    app.get(&path, Auth::Bearer(&ward))
        .await
        .assert_problem(404, "not_found");
    let seen = app.get("/api/v1/library", Auth::Bearer(&ward)).await;
    assert!(titles(&seen.body).is_empty(), "{}", seen.body);
    let public = app
        .get("/api/v1/public/library?q=hoa%20giai", Auth::None)
        .await;
    assert_eq!(public.status, 200, "{}", public.body);
    assert!(titles(&public.body).is_empty(), "{}", public.body);
    let feed = app.get("/api/v1/public/library/feed", Auth::None).await;
    assert!(!feed.body.as_str().unwrap().contains("Luật Hòa giải"));

    // Another city neither reads nor publishes it; a ward cannot publish.
    let publish = format!("{path}/state");
    app.post(
        &publish,
        Auth::Bearer(&other_city),
        json!({"state": "published"}),
    )
    .await
    .assert_problem(404, "not_found");
    app.post(&publish, Auth::Bearer(&city), json!({"state": "withdrawn"}))
        .await
        .assert_problem(422, "validation_failed");
    let published = app
        .post(&publish, Auth::Bearer(&city), json!({"state": "published"}))
        .await;
    assert_eq!(published.status, 200, "{}", published.body);
    assert_eq!(published.body["state"], "published");
    app.post(&publish, Auth::Bearer(&ward), json!({"state": "withdrawn"}))
        .await
        .assert_problem(403, "forbidden");

    // The ward reads it now, and cannot change it.
    let read = app.get(&path, Auth::Bearer(&ward)).await;
    assert_eq!(read.status, 200, "{}", read.body);
    assert_eq!(read.body["manage"], false);
    let mut edited = law(&app, Some(task));
    edited["summary"] = json!("Luật số 25/2013/QH13 về hòa giải ở cơ sở.");
    app.send_with(
        actix_web::http::Method::PUT,
        &path,
        Auth::Bearer(&ward),
        Some(edited.clone()),
        &[("If-Match", "\"2\"")],
    )
    .await
    .assert_problem(403, "forbidden");

    // The public finds it by any spelling, marked where it matched.
    for q in [
        "hoa%20giai%20co%20so",
        "H%C3%B2a%20gi%E1%BA%A3i%20c%C6%A1%20s%E1%BB%9F",
        "ho%C3%A0%20gi%E1%BA%A3i",
        "HOA%20GIAI%20O%20CO%20S",
        // Its number, as written on the document and as typed.
        "25%2F2013%2FQH13",
        "luat%2025-2013",
    ] {
        let found = app
            .get(&format!("/api/v1/public/library?q={q}"), Auth::None)
            .await;
        assert_eq!(found.status, 200, "{}", found.body);
        assert_eq!(titles(&found.body)[0], "Luật Hòa giải ở cơ sở", "{q}");
    }
    let found = app
        .get("/api/v1/public/library?q=hoa%20giai%20co%20so", Auth::None)
        .await;
    let marked: Vec<&str> = found.body[0]["title"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["hit"] == true)
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert_eq!(marked, vec!["Hòa giải", "cơ sở"]);
    let none = app
        .get("/api/v1/public/library?q=doan%20ket", Auth::None)
        .await;
    assert!(titles(&none.body).is_empty(), "{}", none.body);
    let feed = app
        .get(
            "/api/v1/public/library/feed?q=hoa%20giai%20co%20so",
            Auth::None,
        )
        .await;
    assert_eq!(feed.status, 200);
    assert!(feed.content_type().starts_with("application/atom+xml"));
    let xml = feed.body.as_str().unwrap();
    assert!(
        xml.contains("<title>Luật Hòa giải ở cơ sở</title>"),
        "{xml}"
    );
    assert!(
        xml.contains("https://vbpl.vn/luat-hoa-giai-o-co-so"),
        "{xml}"
    );
    assert!(
        !xml.contains("Sổ tay hòa giải viên"),
        "the draft stays out: {xml}"
    );

    // The public page, without signing in: found, marked, the draft absent.
    let page = app.get("/thu-vien?q=hoa+giai+co+so", Auth::None).await;
    assert_eq!(page.status, 200);
    assert!(page.content_type().starts_with("text/html"));
    let html = page.body.as_str().unwrap();
    assert!(
        html.contains("Luật <mark>Hòa giải</mark> ở <mark>cơ sở</mark>"),
        "{html}"
    );
    assert!(
        !html.contains("Sổ tay hòa giải viên"),
        "the draft stays out"
    );
    assert!(html.contains("/api/v1/public/library/feed?q=hoa+giai+co+so"));

    // The task counts it.
    let detail = app
        .get(&format!("/api/v1/tasks/{task}"), Auth::Bearer(&ward))
        .await;
    assert_eq!(detail.body["library"]["published"], 1, "{}", detail.body);

    // The publisher edits it with its version; then withdraws it.
    let version = app
        .get(&path, Auth::Bearer(&city))
        .await
        .header("etag")
        .unwrap();
    let written = app
        .send_with(
            actix_web::http::Method::PUT,
            &path,
            Auth::Bearer(&city),
            Some(edited),
            &[("If-Match", version.as_str())],
        )
        .await;
    assert_eq!(written.status, 200, "{}", written.body);
    assert_eq!(
        written.body["summary"],
        "Luật số 25/2013/QH13 về hòa giải ở cơ sở."
    );
    let withdrawn = app
        .post(&publish, Auth::Bearer(&city), json!({"state": "withdrawn"}))
        .await;
    assert_eq!(withdrawn.body["state"], "withdrawn", "{}", withdrawn.body);
    app.get(&path, Auth::Bearer(&ward))
        .await
        .assert_problem(404, "not_found");
    let public = app
        .get("/api/v1/public/library?q=hoa%20giai", Auth::None)
        .await;
    assert!(titles(&public.body).is_empty(), "{}", public.body);
    let feed = app.get("/api/v1/public/library/feed", Auth::None).await;
    assert!(!feed.body.as_str().unwrap().contains("Luật Hòa giải"));
    let own = app
        .get("/api/v1/library?state=withdrawn", Auth::Bearer(&city))
        .await;
    assert_eq!(titles(&own.body), vec!["Luật Hòa giải ở cơ sở"]);
}

#[actix_web::test]
async fn files_of_published_items_are_public_and_drafts_files_are_not() {
    let app = TestApp::start().await;
    app.user("phongtp", Role::CityJustice, "336");
    app.user("boxuyen", Role::WardOfficial, "12436");
    let city = app.login("phongtp").await;
    let ward = app.login("boxuyen").await;
    let created = app
        .post("/api/v1/library", Auth::Bearer(&city), law(&app, None))
        .await;
    let id = created.body["id"].as_i64().unwrap();
    let pdf: &[u8] = b"%PDF-1.4\n%%EOF\n";
    let parts = [("files", Some("luat-25.pdf"), "application/pdf", pdf)];
    let files = format!("/api/v1/library/{id}/files");
    app.post_multipart(&files, Auth::Bearer(&ward), &parts)
        .await
        .assert_problem(404, "not_found");
    let attached = app
        .post_multipart(&files, Auth::Bearer(&city), &parts)
        .await;
    assert_eq!(attached.status, 201, "{}", attached.body);
    let file = attached.body["files"][0]["id"].as_i64().unwrap();
    let broken = b"--b\r\n[]--b--\r\n".to_vec();
    app.post_raw(&files, &city, "multipart/form-data; boundary=b", broken)
        .await
        .assert_problem(400, "invalid_json");
    let random: &[u8] = b"\x00\x01 not a document";
    app.post_multipart(
        &files,
        Auth::Bearer(&city),
        &[("files", Some("x.bin"), "application/octet-stream", random)],
    )
    .await
    .assert_problem(415, "unsupported_media_type");
    let item = app
        .get(&format!("/api/v1/library/{id}"), Auth::Bearer(&city))
        .await;
    assert_eq!(
        item.body["files"].as_array().unwrap().len(),
        1,
        "a refused upload adds nothing"
    );
    let public = format!("/api/v1/public/library-files/{file}");
    app.get(&public, Auth::None)
        .await
        .assert_problem(404, "not_found");
    let (status, _, _) = app
        .get_bytes(&format!("/api/v1/library-files/{file}"), &ward)
        .await;
    assert_eq!(status, 404, "a ward does not read a draft's file");
    app.post(
        &format!("/api/v1/library/{id}/state"),
        Auth::Bearer(&city),
        json!({"state": "published"}),
    )
    .await;
    let (status, _, bytes) = app.get_bytes(&public, "").await;
    assert_eq!((status, bytes.as_slice()), (200, pdf));
}

#[actix_web::test]
async fn one_search_reads_the_library_questions_and_courses_in_scope() {
    let app = TestApp::start().await;
    app.user("phongtp", Role::CityJustice, "336");
    app.user("boxuyen", Role::WardOfficial, "12436");
    app.other_province();
    app.user("vixuyen", Role::WardOfficial, "13669");
    let city = app.login("phongtp").await;
    let ward = app.login("boxuyen").await;
    let stranger = app.login("vixuyen").await;
    let id = published_law(&app, &city).await;
    let question = ask_question(&app, &ward).await;

    let found = app
        .get("/api/v1/search?q=hoa%20giai", Auth::Bearer(&ward))
        .await;
    assert_eq!(found.status, 200, "{}", found.body);
    let kinds: Vec<(&str, i64)> = found
        .body
        .as_array()
        .unwrap()
        .iter()
        .map(|h| (h["kind"].as_str().unwrap(), h["id"].as_i64().unwrap()))
        .collect();
    assert!(kinds.contains(&("library_item", id)), "{kinds:?}");
    assert!(kinds.contains(&("question", question)), "{kinds:?}");

    let theirs = app
        .get("/api/v1/search?q=hoa%20giai", Auth::Bearer(&stranger))
        .await;
    let kinds: Vec<&str> = theirs
        .body
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        vec!["library_item"],
        "another province's ward reads published items only"
    );
    app.get("/api/v1/search?q=hoa&limit=500", Auth::Bearer(&ward))
        .await
        .assert_problem(422, "validation_failed");
    app.get("/api/v1/search?q=", Auth::Bearer(&ward))
        .await
        .assert_problem(422, "validation_failed");
    let long = "a".repeat(201);
    app.get(&format!("/api/v1/search?q={long}"), Auth::Bearer(&ward))
        .await
        .assert_problem(422, "validation_failed");
    app.get(&format!("/api/v1/library?q={long}"), Auth::Bearer(&ward))
        .await
        .assert_problem(422, "validation_failed");
}

#[actix_web::test]
async fn the_public_page_escapes_what_publishers_write() {
    let app = TestApp::start().await;
    app.user("phongtp", Role::CityJustice, "336");
    let city = app.login("phongtp").await;
    let mut item = law(&app, None);
    item["title"] = json!("<script>alert('hòa giải')</script>");
    item["summary"] = json!("\"><img src=x onerror=alert(1)>");
    let created = app.post("/api/v1/library", Auth::Bearer(&city), item).await;
    let id = created.body["id"].as_i64().unwrap();
    app.post(
        &format!("/api/v1/library/{id}/state"),
        Auth::Bearer(&city),
        json!({"state": "published"}),
    )
    .await;
    let page = app.get("/thu-vien", Auth::None).await;
    let html = page.body.as_str().unwrap();
    assert!(!html.contains("<script>alert"), "{html}");
    assert!(!html.contains("<img src=x"), "{html}");
    assert!(html.contains("&#60;script&#62;alert"), "{html}");
    let page = app.get("/thu-vien?q=%3Cb%3Ehoa", Auth::None).await;
    let html = page.body.as_str().unwrap();
    assert!(!html.contains("<b>hoa"), "{html}");
    let feed = app.get("/api/v1/public/library/feed", Auth::None).await;
    let xml = feed.body.as_str().unwrap();
    assert!(!xml.contains("<script>"), "{xml}");
    assert!(xml.contains("&lt;script&gt;"), "{xml}");
}

#[actix_web::test]
async fn a_broad_query_ranks_its_newest_matches_and_a_narrow_one_all() {
    let app = TestApp::start().await;
    let author = app.user("phongtp", Role::CityJustice, "336");
    let city = app.login("phongtp").await;
    published_law(&app, &city).await;
    // More older matches than are ranked (models::library::RANKED), the
    // oldest of them the best matches, and items that do not match.
    app.conn()
        .batch_execute(&format!(
            "INSERT INTO library_items (unit_id, kind, title, state, published_at, search_key, created_by)
             SELECT {unit}, 'handbook', 'Sổ tay tổ hòa giải số ' || n, 'published',
                    now() - interval '1 day' - make_interval(mins => n),
                    CASE WHEN n > 500 THEN 'hoa giai hoa giai hoa giai so tay ' || n
                         ELSE 'so tay to hoa giai so ' || n END, {user}
             FROM generate_series(1, 600) AS n;
             INSERT INTO library_items (unit_id, kind, title, state, published_at, search_key, created_by)
             SELECT {unit}, 'handbook', 'Sổ tay đất đai số ' || n, 'published', now(), 'so tay dat dai so ' || n, {user}
             FROM generate_series(1, 50) AS n;",
            unit = app.unit("336").0,
            user = author.0,
        ))
        .unwrap();

    let broad = app
        .get("/api/v1/public/library?q=hoa%20giai", Auth::None)
        .await;
    assert_eq!(broad.status, 200, "{}", broad.body);
    let found = titles(&broad.body);
    assert_eq!(found.len(), 100, "a full page");
    assert_eq!(found[0], "Luật Hòa giải ở cơ sở", "the best of the newest");
    assert!(found.iter().all(|t| t.contains("òa giải")), "{found:?}");
    let numbered: Vec<i64> = found[1..]
        .iter()
        .map(|t| t.rsplit(' ').next().unwrap().parse().unwrap())
        .collect();
    assert!(
        numbered.iter().all(|n| *n <= 500),
        "only the newest matches are ranked: {numbered:?}"
    );

    let narrow = app
        .get("/api/v1/public/library?q=so%20tay%20599", Auth::None)
        .await;
    assert_eq!(titles(&narrow.body), vec!["Sổ tay tổ hòa giải số 599"]);
    let managed = app
        .get("/api/v1/library?q=hoa%20giai", Auth::Bearer(&city))
        .await;
    assert_eq!(titles(&managed.body).len(), 200, "{}", managed.body);
}
