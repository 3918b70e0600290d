//! `mediator_tallies` answers "who was on the register at this cut-off"
//! exactly as the mediators, their elections and their teams do, through
//! parallel changes, a team moving and a unit moving in the tree.

use std::thread;

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};
use hgcs_db::testing::TestDatabase;

#[derive(QueryableByName, Debug, PartialEq, Eq)]
struct Tally {
    #[diesel(sql_type = BigInt)]
    unit_id: i64,
    #[diesel(sql_type = Text)]
    sex: String,
    #[diesel(sql_type = Text)]
    ethnicity: String,
    #[diesel(sql_type = Text)]
    education: String,
    #[diesel(sql_type = BigInt)]
    n: i64,
}

/// What the summary says was on the register on `day`.
fn kept(conn: &mut PgConnection, day: &str) -> Vec<Tally> {
    diesel::sql_query(format!(
        "SELECT unit_id, sex, ethnicity, education, sum(n)::bigint AS n FROM mediator_tallies \
         WHERE since <= DATE '{day}' AND until > DATE '{day}' \
         GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0 ORDER BY 1, 2, 3, 4"
    ))
    .load(conn)
    .unwrap()
}

/// The same, counted from the register itself.
fn counted(conn: &mut PgConnection, day: &str) -> Vec<Tally> {
    diesel::sql_query(format!(
        "SELECT above AS unit_id, m.sex, m.ethnicity, m.education, count(*) AS n \
         FROM mediators m JOIN mediation_teams t ON t.id = m.team_id, \
              units_above(t.unit_id, unit_at_level(t.unit_id, 'commune'), \
                          unit_at_level(t.unit_id, 'district'), \
                          unit_at_level(t.unit_id, 'province')) AS above \
         WHERE (m.left_on IS NULL OR m.left_on > DATE '{day}') \
           AND NOT EXISTS (SELECT 1 FROM mediator_events e WHERE e.mediator_id = m.id \
                           AND e.kind = 'elected' AND e.occurred_on > DATE '{day}') \
         GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4"
    ))
    .load(conn)
    .unwrap()
}

const DAYS: [&str; 4] = ["2019-12-31", "2022-06-30", "2024-12-31", "2030-01-01"];

fn assert_agree(conn: &mut PgConnection, when: &str) {
    for day in DAYS {
        assert_eq!(kept(conn, day), counted(conn, day), "{when}, on {day}");
    }
}

/// Two wards with five villages each, a team in each village with six
/// mediators, elected on different days.
fn register(conn: &mut PgConnection) {
    conn.batch_execute(
        "INSERT INTO units (code, name, short_name, level, parent_id, search_key) \
             SELECT w.code || '-T' || v, 'Thôn ' || v, 'Thôn ' || v, 'village', w.id, 'thon ' || v \
             FROM units w, generate_series(1, 5) AS v WHERE w.seed_key IN ('12436', '12439'); \
         INSERT INTO mediation_teams (unit_id, name) \
             SELECT id, 'Tổ ' || code FROM units WHERE level = 'village'; \
         INSERT INTO mediators (team_id, full_name, search_key, sex, birth_year, ethnicity, education) \
             SELECT t.id, 'Người ' || m, 'nguoi ' || m, (ARRAY['male', 'female'])[1 + m % 2], \
                    1970 + m, (ARRAY['Kinh', 'Tày', 'Kinh'])[1 + m % 3], \
                    (ARRAY['law_degree', 'other_degree', 'none'])[1 + (m + t.id::int) % 3] \
             FROM mediation_teams t, generate_series(1, 6) AS m; \
         INSERT INTO mediator_events (mediator_id, kind, occurred_on) \
             SELECT id, 'elected', DATE '2019-03-01' + (id % 7)::int * 200 FROM mediators WHERE id % 4 <> 0;",
    )
    .unwrap();
}

#[test]
fn the_register_tallies_stay_equal_to_the_register_under_parallel_changes() {
    let db = TestDatabase::new();
    let mut conn = db.connect();
    register(&mut conn);
    assert_agree(&mut conn, "after the register was entered");
    let on_the_register = kept(&mut conn, "2030-01-01");
    assert!(on_the_register.iter().map(|t| t.n).sum::<i64>() >= 60);

    // Four connections elect, re-elect, let mediators leave, change their
    // details and move them between teams, all at once.
    let workers: Vec<_> = (0..4_i64)
        .map(|worker| {
            let url = db.url().to_owned();
            thread::spawn(move || {
                let mut conn = PgConnection::establish(&url).unwrap();
                let mut committed: usize = 0;
                for round in 0..40_i64 {
                    let pick = format!(
                        "(SELECT id FROM mediators WHERE id % 4 = {worker} ORDER BY random() LIMIT 3)"
                    );
                    let sql = match round % 5 {
                        0 => format!(
                            "INSERT INTO mediator_events (mediator_id, kind, occurred_on) \
                             SELECT id, 'elected', DATE '2020-01-01' + {round} * 40 FROM mediators \
                             WHERE id IN {pick}"
                        ),
                        1 => format!(
                            "UPDATE mediators SET left_on = DATE '2021-01-01' + {round} * 30 \
                             WHERE id IN {pick}"
                        ),
                        2 => format!(
                            "UPDATE mediators SET sex = CASE sex WHEN 'male' THEN 'female' ELSE 'male' END, \
                             education = 'law_degree', ethnicity = 'Thái' WHERE id IN {pick}"
                        ),
                        3 => format!(
                            "UPDATE mediators SET team_id = (SELECT id FROM mediation_teams \
                             ORDER BY random() LIMIT 1) WHERE id IN {pick}"
                        ),
                        _ => format!(
                            "DELETE FROM mediator_events WHERE kind = 'elected' AND mediator_id IN {pick}"
                        ),
                    };
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
    assert!(committed > 150, "only {committed} of 160 changes committed");
    assert_agree(&mut conn, "after the parallel changes");
    assert_ne!(
        kept(&mut conn, "2030-01-01"),
        on_the_register,
        "the changes changed the register"
    );

    // A team moves to the other ward, then a village moves with its team.
    conn.batch_execute(
        "UPDATE mediation_teams SET unit_id = (SELECT id FROM units WHERE seed_key = '12439') \
         WHERE id = (SELECT min(id) FROM mediation_teams);",
    )
    .unwrap();
    assert_agree(&mut conn, "after a team moved");
    conn.batch_execute(
        "UPDATE units SET parent_id = (SELECT id FROM units WHERE seed_key = '12436') \
         WHERE id = (SELECT max(unit_id) FROM mediation_teams);",
    )
    .unwrap();
    assert_agree(&mut conn, "after a village moved");

    // Leaving the team (no team) takes the mediator off every tally.
    conn.batch_execute("UPDATE mediators SET team_id = NULL WHERE id % 5 = 0")
        .unwrap();
    assert_agree(&mut conn, "after mediators left their teams");
}
