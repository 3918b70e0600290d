use diesel::prelude::*;
use hgcs_db::schema::{organisations, unit_successions, units};
use hgcs_db::seed::{DEFAULT_REFERENCE_DATA, ReferenceData};
use hgcs_db::testing::TestDatabase;

fn counts(conn: &mut PgConnection) -> (i64, i64, i64) {
    (
        units::table.count().get_result(conn).unwrap(),
        unit_successions::table.count().get_result(conn).unwrap(),
        organisations::table.count().get_result(conn).unwrap(),
    )
}

#[test]
fn seeding_twice_changes_nothing() {
    let db = TestDatabase::new();
    let mut conn = db.connect();
    let before = counts(&mut conn);
    assert_eq!(before.0, 27);
    let data = ReferenceData::parse(DEFAULT_REFERENCE_DATA).unwrap();
    data.apply(&mut conn).unwrap();
    assert_eq!(counts(&mut conn), before);
}

#[test]
fn a_replaced_file_updates_names_in_place() {
    let db = TestDatabase::new();
    let mut conn = db.connect();
    let edited = DEFAULT_REFERENCE_DATA.replace("Phường Bồ Xuyên", "Phuong Bo Xuyen (sửa)");
    ReferenceData::parse(&edited)
        .unwrap()
        .apply(&mut conn)
        .unwrap();
    let name: String = units::table
        .filter(units::code.eq("12436"))
        .select(units::name)
        .first(&mut conn)
        .unwrap();
    assert_eq!(name, "Phuong Bo Xuyen (sửa)");
    assert_eq!(counts(&mut conn).0, 27);
}

#[test]
fn a_broken_file_writes_nothing() {
    let db = TestDatabase::new();
    let mut conn = db.connect();
    let before = counts(&mut conn);
    let json = r#"{"units":[{"key":"x","code":"999","name":"X","short_name":"X","level":"province"}],
        "organisations":[{"code":"O","name":"O","short_name":"O","kind":"bakery","unit":"x"}]}"#;
    let error = ReferenceData::parse(json)
        .unwrap()
        .apply(&mut conn)
        .unwrap_err();
    assert!(error.to_string().contains("unknown kind"), "{error}");
    assert_eq!(counts(&mut conn), before);
}
