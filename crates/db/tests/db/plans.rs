//! A page's statements are prepared and planned once per connection, not
//! on every request: PostgreSQL keeps their generic plans.

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};
use hgcs_db::models::case_read::{self, Scope};
use hgcs_db::models::pay::{self, ClaimFilter};
use hgcs_db::models::question;
use hgcs_db::schema::units;
use hgcs_db::testing::TestDatabase;
use hgcs_domain::api::mediation::CaseQuery;
use hgcs_domain::api::questions::QuestionQuery;
use hgcs_domain::validation::PageLimit;
use hgcs_domain::{UnitId, UnitLevel};

use crate::fixtures::cases;

/// 2 000 cases of one ward, each with a pay claim, and 2 000 questions:
/// enough rows that a plan costed for a tenth of them is dearer than one
/// for 51.
fn records(conn: &mut PgConnection) {
    cases(conn, &["12436"], 2000);
    conn.batch_execute(
        "INSERT INTO pay_rates (unit_id, amount_vnd, effective_from, basis) \
             SELECT id, 100000, DATE '2019-01-01', 'Nghị quyết' FROM units WHERE seed_key = '34'; \
         INSERT INTO pay_claims (case_id, rate_id, amount_vnd, claimed_by, claimed_on, status) \
             SELECT c.id, r.id, 100000, c.created_by, c.received_on + 5, 'claimed' \
             FROM cases c, pay_rates r; \
         INSERT INTO questions (unit_id, title, facts, search_key, asked_by) \
             SELECT u.unit_id, 'Câu hỏi ' || n, 'Sự việc', 'cau hoi ' || n, u.id \
             FROM users u, generate_series(1, 2000) AS n WHERE u.username = 'counter'; \
         ANALYZE;",
    )
    .unwrap();
}

#[derive(QueryableByName)]
struct Prepared {
    #[diesel(sql_type = Text)]
    statement: String,
    #[diesel(sql_type = BigInt)]
    generic_plans: i64,
    #[diesel(sql_type = BigInt)]
    custom_plans: i64,
}

/// This connection's prepared statements whose text holds `part`.
fn prepared(conn: &mut PgConnection, part: &str) -> Vec<Prepared> {
    diesel::sql_query(
        "SELECT statement, generic_plans, custom_plans FROM pg_prepared_statements \
         WHERE strpos(statement, $1) > 0",
    )
    .bind::<Text, _>(part)
    .load(conn)
    .unwrap()
}

#[test]
fn the_lists_of_cases_claims_and_questions_keep_their_plans() {
    let db = TestDatabase::new();
    let mut conn = db.connect();
    records(&mut conn);
    let ward: i64 = units::table
        .filter(units::seed_key.eq("12436"))
        .select(units::id)
        .first(&mut conn)
        .unwrap();
    let scope = Scope::Under(UnitId(ward), UnitLevel::Commune);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    // A page of the default size, as the API asks for it.
    let fetch = PageLimit::from_query(None).unwrap().fetch();
    for _ in 0..8 {
        let cases = case_read::list(
            &mut conn,
            &CaseQuery::default(),
            scope.clone(),
            None,
            fetch,
            today,
        )
        .unwrap();
        assert_eq!(cases.len(), 51);
        let claims = pay::claims(
            &mut conn,
            scope.clone(),
            ClaimFilter::default(),
            None,
            fetch,
        )
        .unwrap();
        assert_eq!(claims.len(), 51);
        let query = QuestionQuery::default();
        let questions =
            question::list(&mut conn, &query, scope.clone(), None, None, fetch).unwrap();
        assert_eq!(questions.len(), 51);
        let ids: Vec<i64> = questions.iter().map(|row| row.id).collect();
        assert_eq!(question::threads(&mut conn, &ids).unwrap().len(), 51);
    }
    let lists = [
        r#"ORDER BY "cases"."#,
        r#"ORDER BY "pay_claims"."#,
        r#"ORDER BY "questions"."#,
        "FROM question_answers",
    ];
    for part in lists {
        let found = prepared(&mut conn, part);
        assert_eq!(found.len(), 1, "{part}: one prepared statement");
        let list = &found[0];
        assert!(
            list.generic_plans >= 3 && list.custom_plans <= 5,
            "{part} is planned on every request ({} generic plans, {} custom): {}",
            list.generic_plans,
            list.custom_plans,
            list.statement
        );
    }
}
