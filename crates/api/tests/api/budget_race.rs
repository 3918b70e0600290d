//! Two spendings sent at once cannot both take the last of a line: the
//! line is locked while what it has left is read.

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use futures_util::future::{join, join_all};

use crate::fixtures::{one_line, spend};
use crate::support::{Auth, TestApp};

/// Sessions of the test's database waiting for a lock.
fn waiting(app: &TestApp) -> i64 {
    diesel::select(diesel::dsl::sql::<diesel::sql_types::BigInt>(
        "(SELECT count(*) FROM pg_stat_activity \
           WHERE datname = current_database() AND wait_event_type = 'Lock')",
    ))
    .get_result(&mut app.conn())
    .unwrap()
}

#[actix_web::test]
async fn two_spendings_at_once_cannot_both_take_the_last_of_a_line() {
    let app = TestApp::start().await;
    let (ward, _, line_id) = one_line(&app, "Tập huấn").await;
    // Hold both requests at their insert (a share lock on the spending
    // table) until both have read what the line has left: without the
    // line's lock each would see 1 000 000 left and both would be written.
    let mut holder = app.conn();
    holder
        .batch_execute("BEGIN; LOCK TABLE budget_spending IN SHARE MODE")
        .unwrap();
    let requests = join_all((0..2).map(|_| {
        spend(
            &app,
            &ward,
            line_id,
            "2024-05-01",
            "Tài liệu tập huấn",
            600_000,
        )
    }));
    let release = async {
        for _ in 0..400 {
            if waiting(&app) >= 2 {
                break;
            }
            actix_web::rt::time::sleep(std::time::Duration::from_millis(25)).await;
        }
        holder.batch_execute("COMMIT").unwrap();
    };
    let (replies, ()) = join(requests, release).await;
    let mut statuses = [replies[0].status, replies[1].status];
    statuses.sort();
    assert_eq!(
        statuses,
        [201, 422],
        "{} / {}",
        replies[0].body,
        replies[1].body
    );
    let refused = replies.iter().find(|r| r.status == 422).unwrap();
    assert_eq!(
        refused.violations(),
        [("amount_vnd".to_owned(), "over_budget".to_owned())]
    );
    let read = app
        .get(
            &format!("/api/v1/budget-lines/{line_id}"),
            Auth::Bearer(&ward),
        )
        .await;
    let kept = &read.body["line"];
    assert_eq!(
        ["allocated_vnd", "spent_vnd", "remaining_vnd"].map(|field| kept[field].as_i64()),
        [Some(1_000_000), Some(600_000), Some(400_000)]
    );
    assert_eq!(read.body["spending"].as_array().unwrap().len(), 1);
}
