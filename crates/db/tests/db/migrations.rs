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
