//! A training course of the city for two wards: two sessions, twenty
//! mediators invited, attendance taken by the organiser and by a trainer,
//! minutes and certificates against sums made by hand, the report's
//! "trained" figure; a ward not meant by the course does not see it.

use actix_web::http::Method;
use diesel::connection::SimpleConnection;
use hgcs_domain::Role;
use serde_json::{Value, json};

use crate::fixtures::{document_xml, keep_document, plan_42};
use crate::support::{Auth, Reply, TestApp};

/// Ten mediators in a team of each of Bồ Xuyên and Đề Thám.
const REGISTER: &str = "\
    INSERT INTO mediation_teams (unit_id, name) \
        SELECT id, 'Tổ hòa giải số 1' FROM units WHERE seed_key IN ('12436', '12439'); \
    INSERT INTO mediators (team_id, full_name, search_key, sex, birth_year, education) \
        SELECT t.id, 'Hòa giải viên ' || u.seed_key || '-' || lpad(n::text, 2, '0'), \
               'hoa giai vien ' || u.seed_key || '-' || lpad(n::text, 2, '0'), \
               (ARRAY['male', 'female'])[1 + n % 2], 1970, 'none' \
          FROM mediation_teams t JOIN units u ON u.id = t.unit_id, generate_series(1, 10) AS n;";

async fn put(app: &TestApp, path: &str, token: &str, body: Value) -> Reply {
    app.send(Method::PUT, path, Auth::Bearer(token), Some(body))
        .await
}

fn course_body(app: &TestApp, task: Option<i64>, trainer: i64) -> Value {
    json!({
        "unit_id": app.unit("336"), "task_id": task,
        "title": "Tập huấn kỹ năng hòa giải ở cơ sở năm 2025",
        "venue": "Hội trường UBND thành phố",
        "starts_on": "2025-03-10", "ends_on": "2025-03-11",
        "capacity": 30, "min_minutes": 300,
        "audience": [app.unit("12436"), app.unit("12439")],
        "sessions": [
            {"held_on": "2025-03-10", "starts_at": "08:00", "ends_at": "11:30",
             "place": "Hội trường", "topic": "Luật Hòa giải ở cơ sở",
             "trainers": [{"name": "Trần Văn Luật", "user_id": null}]},
            {"held_on": "2025-03-11", "starts_at": "13:30", "ends_at": "16:30",
             "topic": "Kỹ năng hòa giải tranh chấp đất đai",
             "trainers": [{"name": "Thẩm phán Lê Thị Hòa", "user_id": trainer}]}
        ],
    })
}

fn ids(list: &Value) -> Vec<i64> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_i64().unwrap())
        .collect()
}

fn invitee(invitees: &Value, id: i64) -> &Value {
    invitees
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["mediator"]["id"] == id)
        .unwrap_or_else(|| panic!("{id} not invited: {invitees}"))
}

#[actix_web::test]
async fn a_city_course_invites_two_wards_takes_attendance_and_certifies() {
    let app = TestApp::start().await;
    app.db.connect().batch_execute(REGISTER).unwrap();
    app.user("phongtp", Role::CityJustice, "336");
    let judge = app.user("thamphan", Role::LegalPartner, "336");
    app.user("boxuyen", Role::WardOfficial, "12436");
    app.user("kyba", Role::WardOfficial, "12442");
    let city = app.login("phongtp").await;
    let trainer = app.login("thamphan").await;
    let ward = app.login("boxuyen").await;
    let sibling = app.login("kyba").await;

    let plan = plan_42(&app, &city).await;
    let task = plan["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["code"] == "II.2")
        .and_then(|t| t["id"].as_i64());
    assert!(task.is_some(), "plan 42 has task II.2");

    // Refused as typed: a session outside the course's days, a minimum the
    // sessions cannot reach; and a ward cannot organise for the city.
    let mut bad = course_body(&app, task, judge.0);
    bad["sessions"][1]["held_on"] = json!("2025-03-12");
    bad["min_minutes"] = json!(400);
    let refused = app.post("/api/v1/courses", Auth::Bearer(&city), bad).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert_eq!(refused.fields(), ["min_minutes", "sessions[1].held_on"]);
    let refused = app
        .post(
            "/api/v1/courses",
            Auth::Bearer(&ward),
            course_body(&app, task, judge.0),
        )
        .await;
    assert_eq!(refused.status, 403, "{}", refused.body);

    let created = app
        .post(
            "/api/v1/courses",
            Auth::Bearer(&city),
            course_body(&app, task, judge.0),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    let course = created.body["id"].as_i64().unwrap();
    let sessions: Vec<i64> = created.body["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_i64().unwrap())
        .collect();
    assert_eq!(created.body["sessions"][0]["minutes"], 210);
    assert_eq!(created.body["sessions"][1]["minutes"], 180);
    assert_eq!(created.body["audience"].as_array().unwrap().len(), 2);
    assert_eq!(created.body["manage"], true);

    // Task II.2 of the plan lists the course, for the city and the ward.
    for token in [&city, &ward] {
        let listed = app
            .get(
                &format!("/api/v1/courses?task_id={}", task.unwrap_or_default()),
                Auth::Bearer(token),
            )
            .await;
        assert_eq!(listed.body[0]["id"], course, "{}", listed.body);
    }

    // Twenty mediators of the two wards, from the register.
    let register = app
        .get("/api/v1/mediators?limit=200", Auth::Bearer(&city))
        .await;
    let everyone = ids(&register.body);
    assert_eq!(everyone.len(), 20);
    let invited = app
        .post(
            &format!("/api/v1/courses/{course}/invitations"),
            Auth::Bearer(&city),
            json!({"mediator_ids": everyone}),
        )
        .await;
    assert_eq!(invited.status, 200, "{}", invited.body);
    assert_eq!(invited.body.as_array().unwrap().len(), 20);

    // The ward reads the course meant for it but does not manage it; a
    // ward it is not meant for does not see it at all.
    let read = app
        .get(&format!("/api/v1/courses/{course}"), Auth::Bearer(&ward))
        .await;
    assert_eq!(read.status, 200, "{}", read.body);
    assert_eq!(read.body["manage"], false);
    assert_eq!(read.body["invited"], 20);
    let listed = app.get("/api/v1/courses", Auth::Bearer(&ward)).await;
    assert_eq!(listed.body.as_array().unwrap().len(), 1);
    let hidden = app
        .get(&format!("/api/v1/courses/{course}"), Auth::Bearer(&sibling))
        .await;
    assert_eq!(hidden.status, 404, "{}", hidden.body);
    let listed = app.get("/api/v1/courses", Auth::Bearer(&sibling)).await;
    assert_eq!(listed.body, json!([]));
    let refused = app
        .get(
            &format!("/api/v1/courses?unit_id={}", app.unit("12436").0),
            Auth::Bearer(&sibling),
        )
        .await;
    assert_eq!(refused.status, 403, "{}", refused.body);
    let refused = app
        .post(
            &format!("/api/v1/courses/{course}/invitations"),
            Auth::Bearer(&ward),
            json!({"mediator_ids": [everyone[0]]}),
        )
        .await;
    assert_eq!(refused.status, 403, "{}", refused.body);

    // Session 1 (210 min): everyone present but two absent, one excused,
    // one there for 90 minutes.
    let (a, b, c, d) = (everyone[0], everyone[1], everyone[2], everyone[3]);
    let marks: Vec<Value> = everyone
        .iter()
        .map(|&m| match m {
            _ if m == a || m == b => json!({"mediator_id": m, "status": "absent"}),
            _ if m == c => json!({"mediator_id": m, "status": "excused"}),
            _ if m == d => json!({"mediator_id": m, "status": "present", "minutes": 90}),
            _ => json!({"mediator_id": m, "status": "present"}),
        })
        .collect();
    let path = |s: i64| format!("/api/v1/courses/{course}/sessions/{s}/attendance");
    let taken = put(&app, &path(sessions[0]), &city, json!({"marks": marks})).await;
    assert_eq!(taken.status, 200, "{}", taken.body);
    assert_eq!(taken.body["marks"].as_array().unwrap().len(), 20);
    // The judge teaches session 2, not session 1.
    let refused = put(
        &app,
        &path(sessions[0]),
        &trainer,
        json!({"marks": [marks[0]]}),
    )
    .await;
    assert_eq!(refused.status, 403, "{}", refused.body);
    // Session 2 (180 min), taken by the judge from the sheet signed at the
    // door: everyone but `a` present, half the names typed without accents.
    let mut sheet = String::from("DANH SÁCH ĐIỂM DANH\n\nSTT;Ho va ten;Điểm danh\n");
    for (n, item) in register.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
    {
        let name = item["full_name"].as_str().unwrap();
        let name = if n % 2 == 0 {
            name.replace("Hòa giải", "Hoa giai")
        } else {
            name.to_owned()
        };
        let mark = if item["id"] == a { "vắng" } else { "x" };
        sheet.push_str(&format!("{};{name};{mark}\n", n + 1));
    }
    let sheet_path = format!("{}/sheet", path(sessions[1]));
    let sibling_upload = app
        .post_multipart(
            &sheet_path,
            Auth::Bearer(&sibling),
            &[("file", Some("diem-danh.csv"), "text/csv", sheet.as_bytes())],
        )
        .await;
    assert_eq!(sibling_upload.status, 404, "{}", sibling_upload.body);
    let bad = format!("{sheet}99;Người lạ;x\n");
    let read = app
        .post_multipart(
            &sheet_path,
            Auth::Bearer(&trainer),
            &[("file", Some("diem-danh.csv"), "text/csv", bad.as_bytes())],
        )
        .await;
    assert_eq!(read.status, 200, "{}", read.body);
    assert_eq!(read.body["problems"][0]["line"], 24, "{}", read.body);
    let read = app
        .post_multipart(
            &sheet_path,
            Auth::Bearer(&trainer),
            &[("file", Some("diem-danh.csv"), "text/csv", sheet.as_bytes())],
        )
        .await;
    assert_eq!(read.body["problems"], json!([]), "{}", read.body);
    let marks: Vec<Value> = read.body["marks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| json!({"mediator_id": m["mediator"]["id"], "status": m["status"]}))
        .collect();
    assert_eq!(marks.len(), 20);
    let taken = put(&app, &path(sessions[1]), &trainer, json!({"marks": marks})).await;
    assert_eq!(taken.status, 200, "{}", taken.body);
    // A mediator the course did not invite is refused.
    app.db
        .connect()
        .batch_execute(
            "INSERT INTO mediators (team_id, full_name, search_key, sex, birth_year, education) \
             SELECT min(id), 'Người mới', 'nguoi moi', 'male', 1980, 'none' FROM mediation_teams",
        )
        .unwrap();
    let newcomer = app
        .get("/api/v1/mediators?q=nguoi%20moi", Auth::Bearer(&city))
        .await;
    let newcomer = ids(&newcomer.body)[0];
    let refused = put(
        &app,
        &path(sessions[1]),
        &city,
        json!({"marks": [{"mediator_id": newcomer, "status": "present"}]}),
    )
    .await;
    refused.assert_problem(422, "validation_failed");
    assert_eq!(refused.body["errors"][0]["code"], "not_invited");

    // Minutes and certificates (minimum 300 of 390): by hand.
    let invitees = app
        .get(
            &format!("/api/v1/courses/{course}/invitations"),
            Auth::Bearer(&ward),
        )
        .await;
    assert_eq!(invitees.status, 200, "{}", invitees.body);
    for (id, minutes, certified) in [
        (a, 0, false),
        (b, 180, false),
        (c, 180, false),
        (d, 270, false),
        (everyone[4], 390, true),
    ] {
        let found = invitee(&invitees.body, id);
        assert_eq!(found["minutes"], minutes, "{found}");
        assert_eq!(found["certified"], certified, "{found}");
    }
    let certified = invitees
        .body
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["certified"] == true)
        .count();
    assert_eq!(certified, 16);

    // Certificates for the sixteen, numbered in the order of names; asked
    // again, nobody gets a second one.
    let path = format!("/api/v1/courses/{course}/certificates");
    let refused = app.post(&path, Auth::Bearer(&ward), json!(null)).await;
    assert_eq!(refused.status, 403, "{}", refused.body);
    let issued = app.post(&path, Auth::Bearer(&city), json!(null)).await;
    assert_eq!(issued.status, 200, "{}", issued.body);
    let again = app.post(&path, Auth::Bearer(&city), json!(null)).await;
    assert_eq!(again.body, issued.body);
    let numbers: Vec<i64> = issued
        .body
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["number"].as_i64().unwrap())
        .collect();
    assert_eq!(numbers, (1..=16).collect::<Vec<_>>());
    assert_eq!(issued.body[0]["mediator_id"], everyone[4]);
    assert_eq!(issued.body[0]["minutes"], 390);
    let listed = app.get(&path, Auth::Bearer(&ward)).await;
    assert_eq!(listed.body, issued.body);
    let hidden = app.get(&path, Auth::Bearer(&sibling)).await;
    assert_eq!(hidden.status, 404);

    // Task II.2's page counts what its course did; the sibling ward, for
    // whom the course is not meant, reads the task without it.
    let present = invitees
        .body
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["minutes"].as_i64() > Some(0))
        .count();
    assert_eq!(present, 19);
    let task_path = format!("/api/v1/tasks/{}", task.unwrap_or_default());
    for token in [&city, &ward] {
        let page = app.get(&task_path, Auth::Bearer(token)).await;
        let trainings = &page.body["trainings"];
        assert_eq!(trainings["courses"][0]["id"], course, "{}", page.body);
        assert_eq!(trainings["attended"], 19);
        assert_eq!(trainings["certified"], 16);
        assert_eq!(trainings["can_open"], true);
    }
    let page = app.get(&task_path, Auth::Bearer(&sibling)).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert_eq!(page.body["trainings"]["courses"], json!([]));
    assert_eq!(page.body["trainings"]["attended"], 0);
    let (status, headers, bytes) = app
        .get_bytes(&format!("{path}/{}", everyone[4]), &ward)
        .await;
    assert_eq!(status, 200);
    assert!(headers.get("content-disposition").is_some());
    let xml = document_xml(&bytes);
    keep_document("certificate", &bytes);
    for words in [
        "GIẤY CHỨNG NHẬN",
        "01/GCN",
        "Hòa giải viên 12436-05",
        "Tập huấn kỹ năng hòa giải ở cơ sở năm 2025",
        "6 giờ 30 phút",
    ] {
        assert!(xml.contains(words), "{words} in the certificate");
    }
    let (status, _, _) = app.get_bytes(&format!("{path}/{d}"), &city).await;
    assert_eq!(status, 404, "270 minutes earn none");

    // Each profile lists the course with the time present and the
    // certificate received.
    for (id, minutes, certificate) in [(everyone[4], 390, json!(1)), (d, 270, Value::Null)] {
        let profile = app
            .get(&format!("/api/v1/mediators/{id}"), Auth::Bearer(&ward))
            .await;
        let training = &profile.body["trainings"][0];
        assert_eq!(training["course_id"], course, "{}", profile.body);
        assert_eq!(training["minutes"], minutes);
        assert_eq!(training["certificate"], certificate);
    }

    // The register tells the trained of 2025 from the others.
    for (trained, n) in [("true", 9), ("false", 2)] {
        let listed = app
            .get(
                &format!("/api/v1/mediators?trained={trained}&year=2025"),
                Auth::Bearer(&ward),
            )
            .await;
        assert_eq!(ids(&listed.body).len(), n, "trained={trained}");
    }
    let listed = app
        .get(
            "/api/v1/mediators?trained=true&year=2024",
            Auth::Bearer(&ward),
        )
        .await;
    assert_eq!(ids(&listed.body).len(), 0);

    // The ward's report counts its mediators present at a session of the
    // half-year, each once: Bồ Xuyên's ten (the first ten by name) but
    // `a`, never present.
    let table = app
        .get(
            "/api/v1/indicators?year=2025&period=half_year",
            Auth::Bearer(&ward),
        )
        .await;
    let trained = table.body["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["measure"] == "mediators_trained")
        .map(|r| r["actual"].clone());
    let boxuyen = app
        .get(
            &format!("/api/v1/mediators?unit_id={}", app.unit("12436").0),
            Auth::Bearer(&ward),
        )
        .await;
    let theirs = ids(&boxuyen.body);
    let expected = theirs.iter().filter(|&&m| m != a && m != newcomer).count();
    assert_eq!(trained, Some(json!(expected)));
}
