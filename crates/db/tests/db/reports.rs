//! A submitted report stays as it was submitted: the database refuses to
//! change or delete a submission, and lets only its review be added, once.

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use hgcs_db::testing::TestDatabase;

#[test]
fn a_submission_cannot_be_changed_or_deleted_only_reviewed() {
    let db = TestDatabase::new();
    let mut conn = db.connect();
    conn.batch_execute(
        "INSERT INTO users (username, display_name, password_hash, role, unit_id) \
             SELECT 'ward', 'Ward', 'x', 'ward_official', id FROM units WHERE seed_key = '12436'; \
         INSERT INTO reports (unit_id, period_code, year, period, status, created_by) \
             SELECT unit_id, 'half_year', 2025, '{}', 'submitted', id FROM users WHERE username = 'ward'; \
         INSERT INTO report_versions (report_id, number, content, submitted_by) \
             SELECT r.id, 1, '{\"lines\": [1]}', u.id FROM reports r, users u;",
    )
    .unwrap();
    for change in [
        "UPDATE report_versions SET content = '{\"lines\": [2]}'",
        "UPDATE report_versions SET submitted_at = now() - interval '1 day'",
        "DELETE FROM report_versions",
    ] {
        let refused = conn.batch_execute(change).map_err(|e| e.to_string());
        assert!(
            refused.as_ref().is_err_and(|e| e.contains("cannot be")),
            "{change}: {refused:?}"
        );
    }
    conn.batch_execute(
        "UPDATE report_versions SET outcome = 'returned', comment = 'Bổ sung', \
             reviewed_at = now(), reviewed_by = submitted_by",
    )
    .unwrap();
    // A review is final.
    for broken in [
        "UPDATE report_versions SET outcome = 'accepted', comment = ''",
        "UPDATE report_versions SET outcome = 'pending', reviewed_at = NULL",
        "UPDATE report_versions SET comment = 'Khác'",
    ] {
        assert!(conn.batch_execute(broken).is_err(), "{broken}");
    }
    let content: serde_json::Value = hgcs_db::schema::report_versions::table
        .select(hgcs_db::schema::report_versions::content)
        .first(&mut conn)
        .unwrap();
    assert_eq!(content, serde_json::json!({"lines": [1]}));
}
