//! The daily digest by e-mail: with the SMTP server down the digests are
//! made and nothing fails; once it is up each user with an address gets
//! exactly one message, in Vietnamese and English; a later run sends
//! nothing again. The server here is a small SMTP receiver in the test.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::process::Command;
use std::sync::{Arc, Mutex};

use base64::Engine;
use diesel::prelude::*;
use hgcs_domain::Role;
use serde_json::json;

use crate::support::{Auth, TestApp};

/// A message as received: its recipients and its text.
type Received = (Vec<String>, String);

/// An SMTP server that accepts every message and keeps it.
struct Sink {
    addr: SocketAddr,
    messages: Arc<Mutex<Vec<Received>>>,
}

impl Sink {
    fn start() -> Sink {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let messages = Arc::new(Mutex::new(Vec::new()));
        let kept = messages.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let kept = kept.clone();
                std::thread::spawn(move || converse(stream, &kept));
            }
        });
        Sink { addr, messages }
    }

    fn received(&self) -> Vec<Received> {
        self.messages.lock().unwrap().clone()
    }
}

fn converse(stream: TcpStream, kept: &Mutex<Vec<Received>>) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut out = stream;
    out.write_all(b"220 sink ESMTP\r\n")?;
    let mut recipients = Vec::new();
    let mut line = String::new();
    loop {
        line.clear();
        if reader.read_line(&mut line)? == 0 {
            return Ok(());
        }
        let verb = line.to_ascii_uppercase();
        if verb.starts_with("RCPT TO:") {
            recipients.push(line[8..].trim().trim_matches(['<', '>']).to_owned());
        } else if verb.starts_with("MAIL FROM:") {
            recipients.clear();
        } else if verb.starts_with("DATA") {
            out.write_all(b"354 go on\r\n")?;
            let mut data = String::new();
            loop {
                line.clear();
                reader.read_line(&mut line)?;
                if line == ".\r\n" || line.is_empty() {
                    break;
                }
                data.push_str(&line);
            }
            kept.lock().unwrap().push((recipients.clone(), data));
        } else if verb.starts_with("QUIT") {
            out.write_all(b"221 bye\r\n")?;
            return Ok(());
        }
        out.write_all(b"250 ok\r\n")?;
    }
}

/// The text of a message's base64 body.
fn body_of(message: &str) -> String {
    let (_, encoded) = message.split_once("\r\n\r\n").unwrap();
    let joined: String = encoded.split_whitespace().collect();
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(joined)
        .unwrap();
    String::from_utf8(bytes).unwrap()
}

fn digest_command(app: &TestApp, day: &str, smtp: SocketAddr) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_hgcs"))
        .args(["digest", "--database-url", app.db.url(), "--day", day])
        .env("HGCS_SMTP_URL", format!("smtp://{smtp}"))
        .env("HGCS_MAIL_FROM", "HGCS Thái Bình <hgcs@thaibinh.gov.vn>")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stdout}{stderr}");
    stdout
}

fn attempts(app: &TestApp) -> Vec<(String, i32, bool)> {
    use hgcs_db::schema::{digests, users};
    digests::table
        .inner_join(users::table)
        .select((
            users::username,
            digests::mail_attempts,
            digests::mailed_at.is_not_null(),
        ))
        .order(users::username)
        .load(&mut app.conn())
        .unwrap()
}

#[actix_web::test]
async fn each_user_with_an_address_gets_one_message_once_the_server_answers() {
    let app = TestApp::start().await;
    app.user("thaibinh", Role::WardOfficial, "13225@2025");
    app.user("tranlam", Role::WardOfficial, "12454@2025");
    app.user("mattran", Role::FrontPartner, "33");
    app.user("khongthu", Role::WardOfficial, "12454@2025");
    let front = app.login("mattran").await;
    let made = app
        .post(
            "/api/v1/supervisions",
            Auth::Bearer(&front),
            json!({"subject": "unit", "unit_id": app.unit("13225@2025"), "supervised_on": "2026-11-20",
                   "findings": "Chưa tổng kết công tác hòa giải năm."}),
        )
        .await;
    assert_eq!(made.status, 201, "{}", made.body);
    for (user, address) in [
        ("thaibinh", "tuphap.thaibinh@thaibinh.gov.vn"),
        ("tranlam", "tuphap.tranlam@thaibinh.gov.vn"),
        ("mattran", "mttq@thaibinh.gov.vn"),
    ] {
        let token = app.login(user).await;
        let refused = app
            .send(
                actix_web::http::Method::PUT,
                "/api/v1/me/email",
                Auth::Bearer(&token),
                Some(json!({"email": "tuphap-thaibinh"})),
            )
            .await;
        refused.assert_problem(422, "validation_failed");
        assert_eq!(refused.body["errors"][0]["code"], "invalid_format");
        let saved = app
            .send(
                actix_web::http::Method::PUT,
                "/api/v1/me/email",
                Auth::Bearer(&token),
                Some(json!({ "email": address })),
            )
            .await;
        assert_eq!(saved.status, 200, "{}", saved.body);
        assert_eq!(saved.body["email"], address);
    }

    // The SMTP server is down: the digests are made, nothing fails, each
    // try is counted.
    let closed = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let day = "2026-12-04";
    let down = digest_command(&app, day, closed);
    assert!(
        down.contains("item(s)") && down.contains("0 sent, 2 failed"),
        "{down}"
    );
    let tried = attempts(&app);
    assert!(tried.contains(&("thaibinh".into(), 1, false)), "{tried:?}");
    assert!(tried.contains(&("tranlam".into(), 1, false)), "{tried:?}");
    assert!(
        tried.contains(&("khongthu".into(), 0, false)),
        "no address, no try: {tried:?}"
    );

    // Up: one message to each user with an address and a digest (the
    // Front has nothing due).
    let sink = Sink::start();
    let up = digest_command(&app, day, sink.addr);
    assert!(
        up.contains("already made") && up.contains("2 sent, 0 failed"),
        "{up}"
    );
    let mut received = sink.received();
    received.sort();
    let recipients: Vec<&[String]> = received.iter().map(|(to, _)| to.as_slice()).collect();
    assert_eq!(
        recipients,
        [
            ["tuphap.thaibinh@thaibinh.gov.vn".to_owned()],
            ["tuphap.tranlam@thaibinh.gov.vn".to_owned()]
        ]
    );
    let thai_binh = body_of(&received[0].1);
    assert!(
        thai_binh.contains("1 kết quả giám sát chờ trả lời"),
        "{thai_binh}"
    );
    assert!(
        thai_binh.contains("1 supervisions awaiting an answer"),
        "{thai_binh}"
    );
    assert!(thai_binh.contains("04/12/2026"), "{thai_binh}");
    assert!(
        !body_of(&received[1].1).contains("giám sát"),
        "Trần Lãm's message holds only its own items"
    );

    // Later the same day: nothing is sent again.
    let again = digest_command(&app, day, sink.addr);
    assert!(again.contains("0 sent, 0 failed"), "{again}");
    assert_eq!(sink.received().len(), 2);
}
