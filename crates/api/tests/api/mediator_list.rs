//! The register of mediators as a list: scoped to the caller's units,
//! filtered, searched without accents, paged in the order of names; a
//! sibling ward is refused.

use diesel::connection::SimpleConnection;
use hgcs_domain::Role;
use hgcs_domain::reports::Measure;
use serde_json::{Value, json};

use crate::fixtures::{member, ward_with_team};
use crate::support::{Auth, TestApp};

fn names(page: &Value) -> Vec<&str> {
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["full_name"].as_str().unwrap())
        .collect()
}

#[actix_web::test]
async fn the_register_lists_filters_and_pages_the_mediators_of_ones_units() {
    let app = TestApp::start().await;
    let (ward, village, team) = ward_with_team(&app).await;
    let team_id = team["id"].as_i64().unwrap();
    // A second team in another village of the ward: a Tày woman with a law
    // degree, and a man who has left.
    let other = app
        .post(
            "/api/v1/units",
            Auth::Bearer(&ward),
            json!({"parent_id": app.unit("12436"), "name": "Thôn Nam", "kind": "thon"}),
        )
        .await;
    let mut tay = member("Hoàng Thị Dịu", "female");
    tay["ethnicity"] = json!("Tày");
    tay["education"] = json!("law_degree");
    let second = app
        .post(
            "/api/v1/teams",
            Auth::Bearer(&ward),
            json!({"unit_id": other.body["id"], "name": "Tổ hòa giải thôn Nam",
                   "members": [tay, member("Đặng Văn Em", "male"), member("Ngô Thị Gấm", "female")],
                   "leader": 0}),
        )
        .await;
    assert_eq!(second.status, 201, "{}", second.body);
    app.db
        .connect()
        .batch_execute(
            "UPDATE mediators SET left_on = DATE '2025-01-15' WHERE full_name = 'Đặng Văn Em'",
        )
        .unwrap();

    let all = app.get("/api/v1/mediators", Auth::Bearer(&ward)).await;
    assert_eq!(all.status, 200, "{}", all.body);
    assert_eq!(
        names(&all.body),
        [
            "Hoàng Thị Dịu",
            "Lê Văn Cường",
            "Ngô Thị Gấm",
            "Nguyễn Văn An",
            "Trần Thị Bình"
        ],
        "serving mediators, in the order of names"
    );
    let an = &all.body["items"][3];
    assert_eq!(an["team"]["id"], team_id);
    assert_eq!(an["unit"]["id"], village);
    assert_eq!(an["commune"]["id"], app.unit("12436").0);
    assert_eq!(an["education"], "other_degree");

    for (query, expected) in [
        ("serving=false", vec!["Đặng Văn Em"]),
        (
            "sex=female",
            vec!["Hoàng Thị Dịu", "Ngô Thị Gấm", "Trần Thị Bình"],
        ),
        ("ethnicity=minority", vec!["Hoàng Thị Dịu"]),
        ("education=law_degree", vec!["Hoàng Thị Dịu"]),
        ("q=nguyen%20van", vec!["Nguyễn Văn An"]),
        ("q=NGUY%E1%BB%84N%20V%C4%82N", vec!["Nguyễn Văn An"]),
        (
            &format!("team_id={team_id}&sex=male")[..],
            vec!["Lê Văn Cường", "Nguyễn Văn An"],
        ),
        (
            &format!("unit_id={village}")[..],
            vec!["Lê Văn Cường", "Nguyễn Văn An", "Trần Thị Bình"],
        ),
    ] {
        let page = app
            .get(&format!("/api/v1/mediators?{query}"), Auth::Bearer(&ward))
            .await;
        assert_eq!(page.status, 200, "{query}: {}", page.body);
        assert_eq!(names(&page.body), expected, "{query}");
    }

    // Each mediator figure of the ward's report opens the register's
    // filters that list as many mediators as it counts (nobody joined or
    // left since the cut-off).
    let table = app
        .get(
            "/api/v1/indicators?year=2025&period=half_year",
            Auth::Bearer(&ward),
        )
        .await;
    assert_eq!(table.status, 200, "{}", table.body);
    let mut drilled = 0;
    for measure in Measure::ALL {
        let Some(drill) = measure.mediator_drill() else {
            continue;
        };
        let mut path = format!("/api/v1/mediators?unit_id={}", app.unit("12436").0);
        if let Some(sex) = drill.sex {
            path.push_str(&format!("&sex={sex}"));
        }
        if let Some(ethnicity) = drill.ethnicity {
            path.push_str(&format!("&ethnicity={ethnicity}"));
        }
        if let Some(education) = drill.education {
            path.push_str(&format!("&education={education}"));
        }
        let listed = app.get(&path, Auth::Bearer(&ward)).await;
        let figure = table.body["rows"]
            .as_array()
            .unwrap()
            .iter()
            .find(|row| row["measure"] == measure.as_str())
            .map(|row| row["actual"].clone());
        assert_eq!(Some(json!(names(&listed.body).len())), figure, "{measure}");
        drilled += 1;
    }
    assert_eq!(drilled, 8, "every mediator figure but training");

    // Two at a time: three pages, nobody twice, nobody missed.
    let mut seen = Vec::new();
    let mut cursor = String::new();
    loop {
        let page = app
            .get(
                &format!("/api/v1/mediators?limit=2&cursor={}", urlencode(&cursor)),
                Auth::Bearer(&ward),
            )
            .await;
        assert_eq!(page.status, 200, "{}", page.body);
        seen.extend(names(&page.body).into_iter().map(str::to_owned));
        match page.body["next_cursor"].as_str() {
            Some(next) => cursor = next.to_owned(),
            None => break,
        }
    }
    assert_eq!(seen, names(&all.body));

    let bad = app
        .get("/api/v1/mediators?cursor=nobody", Auth::Bearer(&ward))
        .await;
    assert_eq!(bad.status, 422, "{}", bad.body);
    let bad = app
        .get("/api/v1/mediators?sex=other", Auth::Bearer(&ward))
        .await;
    assert_eq!(bad.status, 400, "{}", bad.body);

    // The city reads its wards' register; a sibling ward reads none of it
    // and is refused the ward's.
    app.user("thanhpho", Role::CityJustice, "336");
    let city = app.login("thanhpho").await;
    let listed = app.get("/api/v1/mediators", Auth::Bearer(&city)).await;
    assert_eq!(names(&listed.body), names(&all.body));
    app.user("detham", Role::WardOfficial, "12439");
    let sibling = app.login("detham").await;
    let own = app.get("/api/v1/mediators", Auth::Bearer(&sibling)).await;
    assert_eq!(own.status, 200);
    assert!(names(&own.body).is_empty(), "{}", own.body);
    let refused = app
        .get(
            &format!("/api/v1/mediators?unit_id={}", app.unit("12436")),
            Auth::Bearer(&sibling),
        )
        .await;
    assert_eq!(refused.status, 403, "{}", refused.body);
}

fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}
