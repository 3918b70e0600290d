//! Records the persistence tests share.

use diesel::prelude::*;
use diesel::sql_types::{Array, Integer, Text};

/// A ward official `counter` of Bồ Xuyên (seed key 12436), a team in each
/// ward of `wards` (by seed key) and `each` cases of each team, received
/// one a day from 2 January 2024.
pub fn cases(conn: &mut PgConnection, wards: &[&str], each: i32) {
    diesel::sql_query(
        "INSERT INTO users (username, display_name, password_hash, role, unit_id) \
         SELECT 'counter', 'Counter', 'x', 'ward_official', id FROM units WHERE seed_key = '12436'",
    )
    .execute(conn)
    .unwrap();
    diesel::sql_query(
        "INSERT INTO mediation_teams (unit_id, name) \
         SELECT id, 'Tổ ' || seed_key FROM units WHERE seed_key = ANY($1)",
    )
    .bind::<Array<Text>, _>(wards)
    .execute(conn)
    .unwrap();
    diesel::sql_query(
        "INSERT INTO cases (unit_id, team_id, entry_year, entry_no, received_on, start_kind, kind, \
                            summary, created_by) \
         SELECT t.unit_id, t.id, 2024, n, DATE '2024-01-01' + n, 'party_request', 'water', \
                'Vụ ' || n, u.id \
         FROM mediation_teams t, users u, generate_series(1, $1) AS n \
         WHERE u.username = 'counter'",
    )
    .bind::<Integer, _>(each)
    .execute(conn)
    .unwrap();
}
