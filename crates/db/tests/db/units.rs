use diesel::prelude::*;
use hgcs_db::models::unit::{self, Direction};
use hgcs_db::schema::units;
use hgcs_db::testing::TestDatabase;
use hgcs_domain::UnitId;
use hgcs_domain::api::units::UnitQuery;

fn id_of(conn: &mut PgConnection, seed_key: &str) -> UnitId {
    UnitId(
        units::table
            .filter(units::seed_key.eq(seed_key))
            .select(units::id)
            .first(conn)
            .unwrap(),
    )
}

#[test]
fn a_ward_path_climbs_to_its_province() {
    let db = TestDatabase::new();
    let mut conn = db.connect();
    let ward = id_of(&mut conn, "12436");
    let path = unit::path(&mut conn, ward).unwrap();
    assert_eq!(
        path,
        [ward, id_of(&mut conn, "336"), id_of(&mut conn, "34")]
    );
    let city = id_of(&mut conn, "336");
    let city_subtree = unit::subtree(&mut conn, city).unwrap();
    assert_eq!(
        city_subtree.len(),
        20,
        "the city and its 19 communes and wards"
    );
}

#[test]
fn search_ignores_accents_and_tone_placement() {
    let db = TestDatabase::new();
    let mut conn = db.connect();
    for spelling in ["dong hoa", "Đông Hòa", "đông hoà"] {
        let query = UnitQuery {
            q: Some(spelling.into()),
            ..UnitQuery::default()
        };
        let found = unit::list(&mut conn, &query, None).unwrap();
        let names: Vec<_> = found.iter().map(|u| u.name.as_str()).collect();
        assert_eq!(names, ["Xã Đông Hòa"], "searching {spelling:?}");
    }
}

#[test]
fn reorganisation_links_read_both_ways() {
    let db = TestDatabase::new();
    let mut conn = db.connect();
    let old = id_of(&mut conn, "12433");
    let successors = unit::links(&mut conn, old, Direction::Successors).unwrap();
    assert_eq!(successors.len(), 1);
    assert_eq!(successors[0].unit.name, "Phường Thái Bình");
    let new = id_of(&mut conn, "13225@2025");
    let predecessors = unit::links(&mut conn, new, Direction::Predecessors).unwrap();
    let names: Vec<_> = predecessors.iter().map(|l| l.unit.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Phường Bồ Xuyên",
            "Phường Lê Hồng Phong",
            "Phường Tiền Phong",
            "Xã Tân Bình"
        ]
    );
}

#[test]
fn units_valid_on_a_day_exclude_the_other_structure() {
    let db = TestDatabase::new();
    let mut conn = db.connect();
    let communes = |conn: &mut PgConnection, day: &str| {
        let query = UnitQuery {
            level: Some(hgcs_domain::UnitLevel::Commune),
            on: Some(day.parse().unwrap()),
            ..UnitQuery::default()
        };
        unit::list(conn, &query, None).unwrap().len()
    };
    assert_eq!(communes(&mut conn, "2022-03-28"), 19);
    assert_eq!(communes(&mut conn, "2025-07-01"), 5);
}
