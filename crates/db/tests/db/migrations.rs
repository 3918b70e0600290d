use diesel::RunQueryDsl;
use diesel::sql_types::BigInt;
use hgcs_db::migrations;
use hgcs_db::testing::TestDatabase;

#[derive(diesel::QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

fn table_count(conn: &mut diesel::PgConnection) -> i64 {
    diesel::sql_query(
        "SELECT count(*) AS n FROM information_schema.tables \
         WHERE table_schema = 'public' AND table_name <> '__diesel_schema_migrations'",
    )
    .get_result::<Count>(conn)
    .unwrap()
    .n
}

#[test]
fn every_migration_reverts_and_applies_again() {
    let db = TestDatabase::empty();
    let mut conn = db.connect();
    let applied = migrations::run_pending(&mut conn).unwrap();
    assert!(!applied.is_empty());
    let tables = table_count(&mut conn);
    assert!(tables >= 9, "foundation tables exist, found {tables}");

    let reverted = migrations::revert_all(&mut conn).unwrap();
    assert_eq!(reverted.len(), applied.len());
    assert_eq!(table_count(&mut conn), 0, "down.sql leaves no table behind");

    let again = migrations::run_pending(&mut conn).unwrap();
    assert_eq!(again, applied);
    assert_eq!(table_count(&mut conn), tables);
}

#[derive(diesel::QueryableByName, Debug, PartialEq)]
struct Assignment {
    #[diesel(sql_type = diesel::sql_types::Text)]
    summary: String,
    #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Date>)]
    assigned_on: Option<chrono::NaiveDate>,
}

#[test]
fn existing_cases_take_their_assignment_day_from_their_history() {
    use diesel::connection::SimpleConnection;
    use diesel_migrations::MigrationHarness;

    let db = TestDatabase::new();
    let mut conn = db.connect();
    // Back to before `2026-12-01-000001_steps_as_recorded`, whatever came after it.
    loop {
        let reverted = conn.revert_last_migration(migrations::MIGRATIONS).unwrap();
        if reverted
            .to_string()
            .replace('-', "")
            .starts_with("20261201000001")
        {
            break;
        }
    }
    // Cases as the earlier version stored them: the assignment time is
    // when it was entered, the day recorded lives only in the history.
    conn.batch_execute(
        "INSERT INTO users (username, display_name, password_hash, role, unit_id) \
             SELECT 'migrated', 'Migrated', 'x', 'ward_official', id FROM units ORDER BY id LIMIT 1; \
         INSERT INTO mediation_teams (unit_id, name) \
             SELECT unit_id, 'Tổ hòa giải' FROM users WHERE username = 'migrated'; \
         INSERT INTO cases (unit_id, team_id, entry_year, entry_no, received_on, start_kind, kind, \
                            summary, state, assigned_at, created_by) \
             SELECT t.unit_id, t.id, 2026, n, DATE '2026-11-10', 'party_request', 'water', s, st, at, u.id \
             FROM mediation_teams t, users u, (VALUES \
                 (1, 'reassigned', 'assigned', TIMESTAMPTZ '2026-11-28 09:00+07'), \
                 (2, 'no step', 'assigned', TIMESTAMPTZ '2026-11-27 23:30+00'), \
                 (3, 'not assigned', 'received', NULL)) AS v(n, s, st, at) \
             WHERE u.username = 'migrated'; \
         INSERT INTO case_events (case_id, action, state, occurred_on, by_user) \
             SELECT c.id, e.action, e.state, e.day, c.created_by \
             FROM cases c, (VALUES \
                 ('receive', 'received', DATE '2026-11-10'), \
                 ('assign', 'assigned', DATE '2026-11-12'), \
                 ('assign', 'assigned', DATE '2026-11-19')) AS e(action, state, day) \
             WHERE c.summary = 'reassigned' ORDER BY e.day;",
    )
    .unwrap();

    migrations::run_pending(&mut conn).unwrap();
    let rows: Vec<Assignment> = diesel::sql_query(
        "SELECT summary, assigned_on FROM cases WHERE created_by = \
         (SELECT id FROM users WHERE username = 'migrated') ORDER BY entry_no",
    )
    .load(&mut conn)
    .unwrap();
    let day = |text: &str| text.parse::<chrono::NaiveDate>().ok();
    assert_eq!(
        rows,
        [
            Assignment {
                summary: "reassigned".into(),
                assigned_on: day("2026-11-19"),
            },
            Assignment {
                summary: "no step".into(),
                assigned_on: day("2026-11-28"),
            },
            Assignment {
                summary: "not assigned".into(),
                assigned_on: None,
            },
        ],
        "the latest assignment step's day; without a step, the day it was entered in Vietnam"
    );
}
