//! The dashboard's figures against what was entered by hand: cases by
//! ward, month and result; teams against the composition rules; where the
//! wards' reports stand; the tasks of the plan. The workbook holds the
//! same figures, and a ward cannot read the city's dashboard.

use calamine::{Data, Reader, Xlsx};
use diesel::connection::SimpleConnection;
use hgcs_domain::Role;
use serde_json::{Value, json};

use crate::fixtures::{NewCase, member, plan_42, step, submitted_report};
use crate::support::{Auth, TestApp};

/// Đề Thám: a team left with one man (two rules broken), a case received in
/// April and settled, one received in May.
async fn de_tham(app: &TestApp) -> String {
    app.user("detham", Role::WardOfficial, "12439");
    let ward = app.login("detham").await;
    let village = app
        .post(
            "/api/v1/units",
            Auth::Bearer(&ward),
            json!({"parent_id": app.unit("12439"), "name": "Thôn Đông", "kind": "thon"}),
        )
        .await;
    assert_eq!(village.status, 201, "{}", village.body);
    let team = app
        .post(
            "/api/v1/teams",
            Auth::Bearer(&ward),
            json!({"unit_id": village.body["id"], "name": "Tổ hòa giải thôn Đông",
                   "members": [member("Phạm Văn Dũng", "male"), member("Vũ Thị Hoa", "female"),
                               member("Đỗ Văn Hùng", "male")], "leader": 0}),
        )
        .await;
    assert_eq!(team.status, 201, "{}", team.body);
    let team_id = team.body["id"].as_i64().unwrap();
    let mediator = team.body["members"][0]["id"].as_i64().unwrap();
    // Two left since: the team falls short of two rules.
    app.db
        .connect()
        .batch_execute(&format!(
            "UPDATE mediators SET left_on = DATE '2025-06-01' WHERE team_id = {team_id} AND id <> {mediator}"
        ))
        .unwrap();
    let settled = NewCase::for_team(team_id)
        .received_on("2025-04-10")
        .create(app, &ward)
        .await;
    for body in [
        json!({"action": "assign", "on": "2025-04-10", "mediators": [{"mediator_id": mediator}]}),
        json!({"action": "start", "on": "2025-04-11"}),
        json!({"action": "succeed", "on": "2025-04-14", "outcome": "Hai bên thống nhất"}),
    ] {
        assert_eq!(step(app, &ward, settled, body).await.status, 200);
    }
    NewCase::for_team(team_id)
        .received_on("2025-05-20")
        .create(app, &ward)
        .await;
    ward
}

fn unit_named<'a>(dashboard: &'a Value, name: &str) -> &'a Value {
    dashboard["units"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["name"] == name)
        .unwrap_or_else(|| panic!("no unit {name}"))
}

fn cells(dashboard: &Value, unit: &Value) -> Vec<(u64, String, i64)> {
    dashboard["cases"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["unit_id"] == unit["id"])
        .map(|c| {
            (
                c["month"].as_u64().unwrap(),
                c["result"].as_str().unwrap().to_owned(),
                c["n"].as_i64().unwrap(),
            )
        })
        .collect()
}

fn teams_of<'a>(dashboard: &'a Value, unit: &Value) -> &'a Value {
    dashboard["teams"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["unit_id"] == unit["id"])
        .unwrap()
}

#[actix_web::test]
async fn the_city_dashboard_shows_the_figures_entered() {
    let app = TestApp::start().await;
    let (_boxuyen, _report) = submitted_report(&app).await;
    let detham = de_tham(&app).await;
    app.user("phongtp", Role::CityJustice, "336");
    let city = app.login("phongtp").await;
    let query = format!("unit_id={}&year=2025&period=half_year", app.unit("336"));
    let reply = app
        .get(&format!("/api/v1/dashboard?{query}"), Auth::Bearer(&city))
        .await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    let dashboard = reply.body;
    assert_eq!(dashboard["units"].as_array().unwrap().len(), 19);

    let bo_xuyen = unit_named(&dashboard, "Phường Bồ Xuyên");
    let de_tham = unit_named(&dashboard, "Phường Đề Thám");
    let not_handled = |month| (month, "not_handled".to_owned(), 1);
    assert_eq!(
        cells(&dashboard, bo_xuyen),
        [not_handled(1), not_handled(2), not_handled(3)]
    );
    assert_eq!(
        cells(&dashboard, de_tham),
        [(4, "successful".to_owned(), 1), not_handled(5)]
    );
    assert_eq!(dashboard["cases"].as_array().unwrap().len(), 5);

    let rules = |t: &Value| -> Vec<i64> {
        t["by_rule"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["n"].as_i64().unwrap())
            .collect()
    };
    let complying = teams_of(&dashboard, bo_xuyen);
    assert_eq!(
        (&complying["teams"], &complying["failing"]),
        (&json!(1), &json!(0))
    );
    let failing = teams_of(&dashboard, de_tham);
    assert_eq!(
        (&failing["teams"], &failing["failing"]),
        (&json!(1), &json!(1))
    );
    assert_eq!(failing["by_rule"][0]["rule"], "at_least_three");
    assert_eq!(rules(failing), [1, 1, 0]);

    let standing = |unit: &Value| {
        dashboard["reports"]["reporting"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["unit"]["id"] == unit["id"])
            .map(|r| (r["status"].clone(), r["late"].clone()))
            .unwrap()
    };
    assert_eq!(standing(bo_xuyen), (json!("submitted"), json!(true)));
    assert_eq!(standing(de_tham), (json!(null), json!(true)));
    assert_eq!(
        dashboard["plan"],
        Value::Null,
        "the city has no plan for 2025"
    );

    // The workbook holds the same figures, with totals.
    let (status, headers, bytes) = app
        .get_bytes(&format!("/api/v1/dashboard/xlsx?{query}"), &city)
        .await;
    assert_eq!(status, 200);
    let disposition = headers
        .get("content-disposition")
        .unwrap()
        .to_str()
        .unwrap();
    assert!(
        disposition.contains("thong-ke-336-2025.xlsx"),
        "{disposition}"
    );
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let sheet = book.worksheet_range("Vụ việc theo đơn vị").unwrap();
    let text = |row: u32, col: u32| {
        sheet
            .get_value((row, col))
            .map(|d| d.to_string())
            .unwrap_or_default()
    };
    let number = |row: u32, col: u32| match sheet.get_value((row, col)) {
        Some(Data::Float(f)) => *f,
        Some(Data::Int(i)) => *i as f64,
        other => panic!("no number at {row},{col}: {other:?}"),
    };
    let header: Vec<String> = (0..7).map(|c| text(2, c)).collect();
    assert_eq!(
        header,
        [
            "Đơn vị",
            "Thành công",
            "Không thành",
            "Đang giải quyết",
            "Chưa giải quyết",
            "Rút yêu cầu",
            "Tổng cộng"
        ]
    );
    let row_of = |name: &str| {
        (3..sheet.height() as u32)
            .find(|r| text(*r, 0) == name)
            .unwrap()
    };
    let row = row_of("Phường Đề Thám");
    assert_eq!(
        (number(row, 1), number(row, 4), number(row, 6)),
        (1.0, 1.0, 2.0)
    );
    let total = row_of("Tổng cộng");
    assert_eq!(
        (number(total, 1), number(total, 4), number(total, 6)),
        (1.0, 4.0, 5.0)
    );
    let teams = book.worksheet_range("Tổ hòa giải").unwrap();
    let total = (3..teams.height() as u32)
        .find(|r| teams.get_value((*r, 0)).map(|d| d.to_string()) == Some("Tổng cộng".into()))
        .unwrap();
    assert_eq!(teams.get_value((total, 2)), Some(&Data::Float(1.0)));

    // A ward reads its own dashboard, not the city's.
    let refused = app
        .get(&format!("/api/v1/dashboard?{query}"), Auth::Bearer(&detham))
        .await;
    assert_eq!(refused.status, 403, "{}", refused.body);
    let (status, _, _) = app
        .get_bytes(&format!("/api/v1/dashboard/xlsx?{query}"), &detham)
        .await;
    assert_eq!(status, 403);
    let own = app
        .get(
            "/api/v1/dashboard?year=2025&period=half_year",
            Auth::Bearer(&detham),
        )
        .await;
    assert_eq!(own.status, 200, "{}", own.body);
    assert_eq!(own.body["units"].as_array().unwrap().len(), 1);
    assert_eq!(own.body["cases"].as_array().unwrap().len(), 2);
}

#[actix_web::test]
async fn the_plan_chart_counts_tasks_by_where_they_stand() {
    let app = TestApp::start().await;
    app.user("phongtp", Role::CityJustice, "336");
    let city = app.login("phongtp").await;
    let plan = plan_42(&app, &city).await;
    let tasks: Vec<i64> = plan["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_i64().unwrap())
        .collect();
    assert_eq!(tasks.len(), 6);
    let set = |id: i64, status: &str, due: &str| {
        format!("UPDATE plan_tasks SET status = '{status}', due_on = {due} WHERE id = {id};")
    };
    let sql = [
        set(tasks[0], "done", "DATE '2022-03-01'"),
        set(tasks[1], "in_progress", "DATE '2099-12-31'"),
        set(tasks[2], "in_progress", "DATE '2022-06-30'"),
        set(tasks[3], "not_started", "DATE '2022-06-30'"),
        set(tasks[4], "not_started", "NULL"),
        set(tasks[5], "cancelled", "DATE '2022-03-01'"),
    ]
    .concat();
    app.db.connect().batch_execute(&sql).unwrap();
    let reply = app
        .get(
            &format!("/api/v1/dashboard?unit_id={}&year=2022", app.unit("336")),
            Auth::Bearer(&city),
        )
        .await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    let counts: Vec<(String, i64)> = reply.body["plan"]["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["bar"].as_str().unwrap().to_owned(),
                t["n"].as_i64().unwrap(),
            )
        })
        .collect();
    let expected = [
        ("done", 1),
        ("in_progress", 1),
        ("not_started", 1),
        ("overdue", 2),
        ("cancelled", 1),
    ];
    assert_eq!(counts, expected.map(|(bar, n)| (bar.to_owned(), n)));
    assert_eq!(reply.body["plan"]["plan_id"], plan["id"]);
}
