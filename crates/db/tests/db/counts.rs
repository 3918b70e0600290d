//! The counts, monthly tallies and scope columns the database keeps on
//! cases (and the scope columns of pay claims and questions).

use std::thread;

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};
use hgcs_db::testing::TestDatabase;

use crate::fixtures::cases;

#[derive(QueryableByName, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Count {
    #[diesel(sql_type = BigInt)]
    unit_id: i64,
    #[diesel(sql_type = Text)]
    state: String,
    #[diesel(sql_type = BigInt)]
    n: i64,
}

fn kept(conn: &mut PgConnection) -> Vec<Count> {
    diesel::sql_query(
        "SELECT unit_id, state, n FROM case_counts WHERE n > 0 ORDER BY unit_id, state",
    )
    .load(conn)
    .unwrap()
}

fn counted(conn: &mut PgConnection) -> Vec<Count> {
    diesel::sql_query(
        "SELECT unit_id, state, count(*) AS n FROM cases GROUP BY unit_id, state \
         ORDER BY unit_id, state",
    )
    .load(conn)
    .unwrap()
}

#[derive(QueryableByName, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Tally {
    #[diesel(sql_type = BigInt)]
    unit_id: i64,
    #[diesel(sql_type = Text)]
    month: String,
    #[diesel(sql_type = Text)]
    kind: String,
    #[diesel(sql_type = Text)]
    state: String,
    #[diesel(sql_type = BigInt)]
    n: i64,
}

fn kept_tallies(conn: &mut PgConnection) -> Vec<Tally> {
    diesel::sql_query(
        "SELECT unit_id, month::text, kind, state, n FROM case_tallies WHERE n <> 0 \
         ORDER BY 1, 2, 3, 4",
    )
    .load(conn)
    .unwrap()
}

fn counted_tallies(conn: &mut PgConnection) -> Vec<Tally> {
    diesel::sql_query(
        "SELECT above AS unit_id, date_trunc('month', received_on)::date::text AS month, \
                kind, state, count(*) AS n \
         FROM cases, unnest(ARRAY[commune_id, district_id, province_id]) AS above \
         WHERE above IS NOT NULL GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4",
    )
    .load(conn)
    .unwrap()
}

/// Two wards with a team each and 200 cases.
#[test]
fn counts_stay_equal_to_the_cases_under_parallel_changes() {
    let db = TestDatabase::new();
    let mut conn = db.connect();
    cases(&mut conn, &["12436", "12439"], 100);
    assert_eq!(kept(&mut conn), counted(&mut conn));
    assert_eq!(kept_tallies(&mut conn), counted_tallies(&mut conn));
    // Four connections move cases between states, in opposite directions,
    // move them between wards and months, change their kind and delete
    // some, all at once.
    let states = [
        "received",
        "assigned",
        "in_mediation",
        "successful",
        "withdrawn",
    ];
    let workers: Vec<_> = (0..4_i64)
        .map(|worker| {
            let url = db.url().to_owned();
            thread::spawn(move || {
                let mut conn = PgConnection::establish(&url).unwrap();
                let mut committed: usize = 0;
                for round in 0..60_i64 {
                    let from = states[usize::try_from((worker + round) % 5).unwrap()];
                    let to = states[usize::try_from((worker * 3 + round * 2 + 1) % 5).unwrap()];
                    let sql = match round % 6 {
                        5 if worker == 0 => format!(
                            "DELETE FROM cases WHERE id = (SELECT id FROM cases \
                             WHERE state = '{from}' ORDER BY id DESC LIMIT 1)"
                        ),
                        4 => "UPDATE cases SET unit_id = CASE WHEN unit_id = t.a THEN t.b ELSE t.a END \
                              FROM (SELECT min(unit_id) a, max(unit_id) b FROM mediation_teams) t \
                              WHERE cases.id IN (SELECT id FROM cases ORDER BY random() LIMIT 5)"
                            .to_owned(),
                        3 => "UPDATE cases SET kind = CASE kind WHEN 'water' THEN 'contract' ELSE 'water' END, \
                              received_on = received_on + 20 \
                              WHERE id IN (SELECT id FROM cases ORDER BY random() LIMIT 5)"
                            .to_owned(),
                        _ => format!(
                            "UPDATE cases SET state = '{to}' WHERE id IN \
                             (SELECT id FROM cases WHERE state = '{from}' ORDER BY random() LIMIT 7)"
                        ),
                    };
                    // A deadlock is refused like any conflict; the counts
                    // must stay right whatever commits.
                    let done = conn.transaction::<_, diesel::result::Error, _>(|conn| {
                        conn.batch_execute(&sql)
                    });
                    committed += usize::from(done.is_ok());
                }
                committed
            })
        })
        .collect();
    let committed: usize = workers.into_iter().map(|w| w.join().unwrap()).sum();
    assert!(committed > 200, "only {committed} of 240 changes committed");
    let after = counted(&mut conn);
    assert!(
        after.len() > 4,
        "the changes spread cases over states: {after:?}"
    );
    assert_eq!(kept(&mut conn), after);
    let tallies = counted_tallies(&mut conn);
    assert!(
        tallies.iter().any(|t| t.kind == "contract"),
        "kinds changed: {tallies:?}"
    );
    assert_eq!(kept_tallies(&mut conn), tallies);
}

#[test]
fn cases_claims_and_questions_carry_the_units_above_them_and_follow_a_move() {
    let db = TestDatabase::new();
    let mut conn = db.connect();
    cases(&mut conn, &["12436", "12439"], 100);
    conn.batch_execute(
        "INSERT INTO pay_rates (unit_id, amount_vnd, effective_from, basis) \
             SELECT id, 100000, DATE '2020-01-01', 'Nghị quyết' FROM units WHERE seed_key = '34'; \
         INSERT INTO pay_claims (case_id, rate_id, amount_vnd, claimed_by, claimed_on, status) \
             SELECT c.id, r.id, 100000, u.id, DATE '2024-06-01', 'claimed' \
             FROM cases c, pay_rates r, users u \
             WHERE c.unit_id = (SELECT id FROM units WHERE seed_key = '12436') \
               AND u.username = 'counter' LIMIT 1; \
         INSERT INTO questions (unit_id, title, facts, search_key, status, asked_by) \
             SELECT id, 'Lối đi chung', 'Hai hộ', 'loi di chung', 'open', \
                    (SELECT id FROM users WHERE username = 'counter') \
             FROM units WHERE seed_key = '12436';",
    )
    .unwrap();
    #[derive(QueryableByName)]
    struct Scope {
        #[diesel(sql_type = diesel::sql_types::Nullable<BigInt>)]
        province_id: Option<i64>,
        #[diesel(sql_type = diesel::sql_types::Nullable<BigInt>)]
        district_id: Option<i64>,
        #[diesel(sql_type = diesel::sql_types::Nullable<BigInt>)]
        commune_id: Option<i64>,
    }
    let scope_of = |conn: &mut PgConnection, table: &str| -> Scope {
        diesel::sql_query(format!(
            "SELECT province_id, district_id, commune_id FROM {table} \
             WHERE unit_id = (SELECT id FROM units WHERE seed_key = '12436') LIMIT 1"
        ))
        .get_result(conn)
        .unwrap()
    };
    let tables = ["cases", "pay_claims", "questions"];
    let id = |conn: &mut PgConnection, key: &str| -> i64 {
        use hgcs_db::schema::units;
        units::table
            .filter(units::seed_key.eq(key))
            .select(units::id)
            .first(conn)
            .unwrap()
    };
    for table in tables {
        let found = scope_of(&mut conn, table);
        assert_eq!(found.commune_id, Some(id(&mut conn, "12436")), "{table}");
        assert_eq!(found.district_id, Some(id(&mut conn, "336")), "{table}");
        assert_eq!(found.province_id, Some(id(&mut conn, "34")), "{table}");
    }
    // The ward moves straight under the new province (as in 2025).
    conn.batch_execute(
        "UPDATE units SET parent_id = (SELECT id FROM units WHERE seed_key = '33') \
         WHERE seed_key = '12436'",
    )
    .unwrap();
    for table in tables {
        let moved = scope_of(&mut conn, table);
        assert_eq!(moved.district_id, None, "{table}");
        assert_eq!(moved.province_id, Some(id(&mut conn, "33")), "{table}");
        assert_eq!(moved.commune_id, Some(id(&mut conn, "12436")), "{table}");
    }
}

#[test]
fn the_dashboard_counts_the_overdue_cases_as_count_does_under_parallel_changes() {
    use chrono::NaiveDate;
    use hgcs_db::models::case::{StateCounts, count_for_dashboard};
    use hgcs_db::models::case_read::Scope;
    use hgcs_domain::{UnitId, UnitLevel};

    let db = TestDatabase::new();
    let mut conn = db.connect();
    cases(&mut conn, &["12436", "12439"], 100);
    let today = NaiveDate::from_ymd_opt(2024, 6, 15).unwrap();
    let ward: i64 = diesel::sql_query("SELECT id FROM units WHERE seed_key = '12436'")
        .get_result::<Id>(&mut conn)
        .unwrap()
        .id;
    // Four connections assign cases on days around the 3-day limit (and
    // some with no day recorded), start them and move them between wards,
    // while the counts are read.
    let workers: Vec<_> = (0..4_i64)
        .map(|worker| {
            let url = db.url().to_owned();
            thread::spawn(move || {
                let mut conn = PgConnection::establish(&url).unwrap();
                for round in 0..50_i64 {
                    let sql = match (worker + round) % 4 {
                        0 => "UPDATE cases SET state = 'assigned', assigned_on = NULL, assigned_at = NULL \
                              WHERE id IN (SELECT id FROM cases ORDER BY random() LIMIT 3)"
                            .to_owned(),
                        1 => "UPDATE cases SET state = 'in_mediation' \
                              WHERE id IN (SELECT id FROM cases WHERE state = 'assigned' \
                                           ORDER BY random() LIMIT 2)"
                            .to_owned(),
                        2 => "UPDATE cases SET unit_id = CASE WHEN unit_id = t.a THEN t.b ELSE t.a END \
                              FROM (SELECT min(unit_id) a, max(unit_id) b FROM mediation_teams) t \
                              WHERE cases.id IN (SELECT id FROM cases ORDER BY random() LIMIT 4)"
                            .to_owned(),
                        _ => format!(
                            "UPDATE cases SET state = 'assigned', \
                                 assigned_on = DATE '2024-06-15' - {days}, \
                                 assigned_at = DATE '2024-06-15' - {days} \
                             WHERE id IN (SELECT id FROM cases ORDER BY random() LIMIT 6)",
                            days = (worker * 7 + round) % 8
                        ),
                    };
                    // A deadlock is refused like any conflict.
                    let _ = conn.transaction::<_, diesel::result::Error, _>(|conn| {
                        conn.batch_execute(&sql)
                    });
                }
            })
        })
        .collect();
    let overdue_sql = "SELECT count(*) AS n FROM cases WHERE state = 'assigned' \
                       AND assigned_on < DATE '2024-06-12'";
    let mut reads = 0;
    let mut seen_overdue = false;
    while !workers.iter().all(thread::JoinHandle::is_finished) || reads == 0 {
        // The dashboard's one statement and the plain count, in one snapshot.
        let (everywhere, in_ward, all, mine) = conn
            .build_transaction()
            .repeatable_read()
            .run::<_, diesel::result::Error, _>(|conn| {
                let everywhere = count_for_dashboard(conn, None, Scope::Everywhere, today)?;
                let in_ward = count_for_dashboard(
                    conn,
                    Some(&[UnitId(ward)]),
                    Scope::Under(UnitId(ward), UnitLevel::Commune),
                    today,
                )?;
                let all = diesel::sql_query(overdue_sql).get_result::<N>(conn)?.n;
                let mine = diesel::sql_query(format!("{overdue_sql} AND unit_id = {ward}"))
                    .get_result::<N>(conn)?
                    .n;
                Ok((everywhere, in_ward, all, mine))
            })
            .unwrap();
        assert_eq!(everywhere.overdue, all, "everywhere: {everywhere:?}");
        assert_eq!(in_ward.overdue, mine, "in the ward: {in_ward:?}");
        seen_overdue |= all > 0 && mine > 0 && mine < all;
        reads += 1;
    }
    for worker in workers {
        worker.join().unwrap();
    }
    assert!(seen_overdue, "the changes made overdue cases in both wards");
    let StateCounts { by_state, .. } =
        count_for_dashboard(&mut conn, None, Scope::Everywhere, today).unwrap();
    let total: i64 = by_state.iter().map(|(_, n)| n).sum();
    assert_eq!(total, 200, "every case counted once: {by_state:?}");
}

#[derive(QueryableByName)]
struct Id {
    #[diesel(sql_type = BigInt)]
    id: i64,
}

#[derive(QueryableByName)]
struct N {
    #[diesel(sql_type = BigInt)]
    n: i64,
}
